/**
 * Real published plans (test/fixtures/real-plans/plans.ts, sources listed there) rebuilt as the workbooks people
 * keep and read through the .xlsx path: the table is found, every item has the published due date, the sections
 * are found, and the only findings are the ones true of the source.
 */
import { buildPlanWorkbook } from '../fixtures/real-plans/build';
import { REAL_PLANS } from '../fixtures/real-plans/plans';
import { loadWorkbook } from '../../src/xlsx/open';
import { readRoadmapWorkbook } from '../../src/xlsx/readRoadmap';

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
