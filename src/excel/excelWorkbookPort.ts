import { STATUS_CHOICES } from '../roadmap/status';
import type { WorkbookPort } from '../host/workbookPort';
import { addMonitoringColumns } from './addMonitoringColumns';
import { applyHighlighting } from './applyHighlighting';
import { createRoadmap } from './createRoadmap';
import { toHostProblem } from './errors';
import { findRoadmap } from './findRoadmap';
import { selectCell } from './selectCell';
import { writeSummarySheet } from './writeSummarySheet';

export interface ExcelPortOptions {
  /** The name of a new roadmap sheet, in the UI's language. */
  newSheetName: string;
  /** Whether Excel supports an API set, e.g. ("ExcelApi", "1.8"); defaults to Office's requirement check. */
  isSetSupported?: (name: string, version: string) => boolean;
}

/** Runs one batch; an Excel refusal becomes a HostProblem the pane can explain. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toHostProblem(error);
  }
}

/** The workbook port over Office.js: each call is one Excel.run with a constant number of syncs. */
export function excelWorkbookPort(options: ExcelPortOptions): WorkbookPort {
  const isSetSupported = options.isSetSupported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
  const dataValidation = () => isSetSupported('ExcelApi', '1.8');
  return {
    findRoadmap: () => run((context) => findRoadmap(context)),
    applyHighlighting: (plan) => run((context) => applyHighlighting(context, plan)),
    writeSummarySheet: (sheet) => run((context) => writeSummarySheet(context, sheet)),
    createRoadmap: ({ template, lang }) =>
      run((context) =>
        createRoadmap(context, { template, sheetName: options.newSheetName, statusChoices: STATUS_CHOICES[lang], dataValidation: dataValidation() }),
      ),
    addMonitoringColumns: (plan) => run((context) => addMonitoringColumns(context, plan, dataValidation())),
    selectCell: (sheet, address) => run((context) => selectCell(context, sheet, address)),
  };
}
