import { analyzeSheet, liveRules, LIVE_RULE_STYLES } from '../../src/roadmap';
import { applyHighlighting } from '../../src/excel/applyHighlighting';
import { findRoadmap } from '../../src/excel/findRoadmap';
import { highlightPlan } from '../../src/host/plans';
import { createMockExcel, type MockSheetSpec, type MockWorkbookSpec } from './mockExcel';
import { largePilotSheet, pilotSheet, typedSheet } from './fixtures';

async function highlight(spec: MockWorkbookSpec) {
  const reading = createMockExcel(spec);
  const source = await findRoadmap(reading.context);
  if (!source) throw new Error('no roadmap');
  const roadmap = analyzeSheet(source.sheet, { today: '2021-09-01' }, source.layout);
  if (!roadmap) throw new Error('no roadmap');
  const plan = highlightPlan(source, roadmap, 14);
  const writing = createMockExcel(spec);
  await applyHighlighting(writing.context, plan);
  return { plan, roadmap, source, recorder: writing.recorder };
}

describe('live highlighting in the sheet', () => {
  test('adds exactly the engine’s live rules: same ranges, formulas and colours, missing cells on top', async () => {
    const { recorder, roadmap, plan } = await highlight({ sheets: [pilotSheet()] });
    const expected = liveRules(roadmap, { plannedDateColumn: 7, dueSoonDays: 14 });
    expect(plan.plannedColumn).toBe(7);
    const added = recorder.addedFormats.map(({ address, type, format }) => ({
      address,
      type,
      formula: format.custom.rule.formula,
      fill: format.custom.format.fill.color,
      font: format.custom.format.font.color,
      priority: format.priority,
    }));
    expect(added).toHaveLength(expected.length);
    for (const rule of expected) {
      expect(added).toContainEqual({ address: rule.range, type: 'Custom', formula: `=${rule.formula}`, fill: rule.style.fill, font: rule.style.font, priority: 0 });
    }
    // Each rule is added at the top, so the last one added ends up first: it must be a "missing" rule.
    expect(added[added.length - 1].fill).toBe(LIVE_RULE_STYLES.missing.fill);
    expect(added[0].fill).toBe(LIVE_RULE_STYLES['due-soon'].fill);
  });

  test('fills «Плановая дата» with real dates right of the table, header included', async () => {
    const { recorder } = await highlight({ sheets: [pilotSheet()] });
    const header = recorder.ranges.find((entry) => entry.address === 'G4');
    expect(header?.range.values).toEqual([['Плановая дата']]);
    // One block over the item span, row 7 to the last item: section rows inside it are left empty.
    const block = recorder.ranges.find((entry) => entry.address.startsWith('G7:'));
    // 1.1 is due 31.07.2021 (serial 44408); 1.5 and 1.6 run "throughout the period": no single date, «—».
    expect(block?.range.values.slice(0, 9)).toEqual([[44408], [44424], [44424], [44424], ['—'], ['—'], [44491], [44501], ['']]);
    expect(block?.range.numberFormat[0]).toEqual(['dd.mm.yyyy']);
  });

  test('the same number of rules whatever the number of sections: 10,000 items with a section every 8 rows', async () => {
    const { recorder, roadmap } = await highlight({ sheets: [largePilotSheet(10_000)] });
    expect(roadmap.items).toHaveLength(10_000);
    const small = await highlight({ sheets: [pilotSheet()] });
    expect(recorder.addedFormats).toHaveLength(small.recorder.addedFormats.length);
    expect(recorder.addedFormats.length).toBeLessThanOrEqual(7);
    // Every rule asks for the row's «Плановая дата», which only item rows have: section rows stay uncoloured.
    for (const { format } of recorder.addedFormats) expect(format.custom.rule.formula).toMatch(/\$[A-Z]+7\b/);
  }, 60_000);

  test('replaces the rules it wrote before and keeps the user’s own', async () => {
    const sheet: MockSheetSpec = {
      ...pilotSheet(),
      conditionalFormats: [
        { type: 'Custom', formula: '=AND(N("roadmap-monitor:overdue")=0,ISNUMBER($G7))' },
        { type: 'Custom', formula: '=$E7="срочно"' },
        { type: 'ColorScale', formula: null },
      ],
    };
    const { recorder } = await highlight({ sheets: [sheet] });
    expect(recorder.deletedFormulas).toEqual(['=AND(N("roadmap-monitor:overdue")=0,ISNUMBER($G7))']);
  });

  test('a roadmap in an Excel table gets «Плановая дата» as a new table column', async () => {
    const typed = typedSheet(3);
    typed.tables = [{ name: 'Roadmap', address: 'A1:F4' }];
    const { recorder, plan } = await highlight({ sheets: [typed] });
    expect(plan.plannedColumn).toBe(7);
    expect(recorder.addedTableColumns).toEqual([{ table: 'Roadmap', name: 'Плановая дата' }]);
    expect(recorder.ranges.find((entry) => entry.address === 'G2:G4')?.range.values).toEqual([[44379], [44380], [44381]]);
  });

  test('an existing «Плановая дата» column is refilled, not duplicated', async () => {
    const typed = typedSheet(2);
    typed.rows[0].push('Плановая дата');
    const { recorder, plan } = await highlight({ sheets: [typed] });
    expect(plan).toMatchObject({ plannedColumn: 7, addHeader: false });
    expect(recorder.ranges.some((entry) => entry.address === 'G1')).toBe(false);
    expect(recorder.ranges.find((entry) => entry.address === 'G2:G3')?.range.values).toEqual([[44379], [44380]]);
  });

  test.each([10, 10_000])('two syncs for %i rows', async (rows) => {
    const { recorder, roadmap } = await highlight({ sheets: [typedSheet(rows)] });
    expect(roadmap.items).toHaveLength(rows);
    expect(recorder.syncs).toBe(2);
  });
});
