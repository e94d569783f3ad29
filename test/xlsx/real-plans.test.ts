/**
 * Real published plans (test/fixtures/real-plans/plans.ts, sources listed there) rebuilt as the workbooks people
 * keep and read through the .xlsx path: the table is found, every item has the published due date, the sections
 * are found, and the only findings are the ones true of the source.
 */
import { buildPlanWorkbook } from '../fixtures/real-plans/build';
import { REAL_PLANS } from '../fixtures/real-plans/plans';
import { loadWorkbook } from '../../src/xlsx/open';
import { readRoadmapWorkbook } from '../../src/xlsx/readRoadmap';
import { analyzeSheet } from '../../src/roadmap';
import type { SheetData } from '../../src/roadmap';

describe.each(REAL_PLANS.map((plan) => [plan.id, plan] as const))('real plan %s', (_id, plan) => {
  it(`reads «${plan.title}» (${plan.shape}) as published`, async () => {
    const built = await buildPlanWorkbook(plan);
    const workbook = await loadWorkbook(Buffer.from(await built.xlsx.writeBuffer()), `${plan.id}.xlsx`);
    const { roadmap } = readRoadmapWorkbook(workbook, `${plan.id}.xlsx`, { today: plan.today });
    expect(roadmap.items.map((item) => [item.no, item.deadline.due])).toEqual(plan.expect.items);
    expect(roadmap.sections).toHaveLength(plan.expect.sections);
    expect(roadmap.findings.filter((finding) => finding.code !== 'overdue').map((finding) => finding.code)).toEqual(plan.expect.findings);
  });
});

/** The plans read as the add-in reads them on Excel 2016/2019, which reports no merges: content alone. */
describe('real plans without merge information (the add-in on older Excel)', () => {
  it('reads every plan the same, except a Word paste whose continuation rows repeat all three columns', async () => {
    const differing: string[] = [];
    for (const plan of REAL_PLANS) {
      const built = await buildPlanWorkbook(plan);
      const workbook = await loadWorkbook(Buffer.from(await built.xlsx.writeBuffer()), `${plan.id}.xlsx`);
      const { sheet } = readRoadmapWorkbook(workbook, `${plan.id}.xlsx`, { today: plan.today });
      const withoutMerges: SheetData = { ...sheet, cells: sheet.cells.map((row) => row.map(({ value, text }) => (text === undefined ? { value } : { value, text }))) };
      const roadmap = analyzeSheet(withoutMerges, { today: plan.today });
      const items = roadmap?.items.map((item) => [item.no, item.deadline.due]);
      if (JSON.stringify(items) !== JSON.stringify(plan.expect.items)) differing.push(plan.id);
    }
    // Tula, item 7: «Подготовка торжественной части праздника ⏎ Подготовка выступающих», two deadlines and three
    // responsibles; its second row has an activity, a deadline and a responsible of its own, so without the merged
    // number cell it reads as an item whose number is missing.
    expect(differing).toEqual(['tula-victory-evening-2006']);
  });
});
