import ExcelJS from 'exceljs';
import { consolidationSheets } from '../../consolidate/sheets';
import type { Consolidation } from '../../consolidate/types';
import type { Lang } from '../../roadmap/types';
import { addNativeCharts, type SheetChart } from '../charts';
import { applyLiveRules } from '../liveFormatting';
import { renderReportSheet } from '../renderReportSheet';

/** The consolidated report as an .xlsx file: «Свод» with its live highlighting and native chart, then the lists. */
export async function consolidationReport(consolidation: Consolidation, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Roadmap Monitor';
  const charts: SheetChart[] = [];
  for (const { sheet, rules } of consolidationSheets(consolidation, lang)) {
    charts.push(...renderReportSheet(workbook, sheet));
    const worksheet = workbook.getWorksheet(sheet.name);
    if (worksheet && rules.length > 0) applyLiveRules(worksheet, rules);
  }
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  return addNativeCharts(xlsx, charts);
}
