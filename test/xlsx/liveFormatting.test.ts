import ExcelJS from 'exceljs';
import { LIVE_RULE_STYLES, type LiveRule } from '../../src/roadmap';
import { applyLiveRules } from '../../src/xlsx/liveFormatting';

const RULES: LiveRule[] = [
  { kind: 'overdue', range: 'A7:G14', formula: 'AND(N("roadmap-monitor:overdue")=0,ISNUMBER($G7),$G7<TODAY())', style: LIVE_RULE_STYLES.overdue, priority: 2 },
  { kind: 'missing', range: 'B7:B14', formula: 'AND(N("roadmap-monitor:missing")=0,LEN(TRIM(B7))=0)', style: LIVE_RULE_STYLES.missing, priority: 1 },
];

const USER_RULE: ExcelJS.ConditionalFormattingOptions = {
  ref: 'D2:D20',
  rules: [{ type: 'expression', priority: 1, formulae: ['$D2="срочно"'], style: { font: { bold: true } } }],
};

type Formats = { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };

function formats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as Formats).conditionalFormattings;
}

function describeFormats(sheet: ExcelJS.Worksheet): string[] {
  return formats(sheet).flatMap((format) =>
    format.rules.map((rule) => `${format.ref} ${rule.priority} ${'formulae' in rule ? String(rule.formulae?.[0]) : rule.type}`),
  );
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return back.worksheets[0];
}

describe('applyLiveRules', () => {
  it('adds our rules first, keeps the user rule, and a second pass after a save changes nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Программа');
    sheet.addConditionalFormatting(USER_RULE);
    applyLiveRules(sheet, RULES);
    expect(describeFormats(sheet)).toEqual([
      'B7:B14 1 AND(N("roadmap-monitor:missing")=0,LEN(TRIM(B7))=0)',
      'A7:G14 2 AND(N("roadmap-monitor:overdue")=0,ISNUMBER($G7),$G7<TODAY())',
      'D2:D20 3 $D2="срочно"',
    ]);

    const reread = await roundTrip(workbook);
    const afterSave = describeFormats(reread);
    expect(afterSave).toEqual(describeFormats(sheet));
    applyLiveRules(reread, RULES);
    expect(describeFormats(reread)).toEqual(afterSave);
  });

  it('colours with a solid fill and a font colour from the engine', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Программа');
    applyLiveRules(sheet, RULES.slice(0, 1));
    expect(formats(sheet)[0].rules[0].style).toEqual({
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } },
      font: { color: { argb: 'FF9C0006' } },
    });
  });

  it('removes rules from an earlier run that no longer apply', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('Программа');
    applyLiveRules(sheet, RULES);
    applyLiveRules(sheet, []);
    expect(formats(sheet)).toEqual([]);
  });
});
