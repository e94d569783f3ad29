import { hostSupport, type HostSupport, type IsSetSupported } from '../host/hostSupport';
import { STATUS_CHOICES } from '../roadmap/status';
import type { WorkbookPort } from '../host/workbookPort';
import { addMonitoringColumns } from './addMonitoringColumns';
import { applyHighlighting } from './applyHighlighting';
import { createRoadmap } from './createRoadmap';
import { officeIsSetSupported, run } from './excelRun';
import { findRoadmap } from './findRoadmap';
import { selectCell } from './selectCell';
import { writeSummarySheet } from './writeSummarySheet';

export interface ExcelPortOptions {
  /** The name of a new roadmap sheet, in the UI's language. */
  newSheetName: string;
  /** Whether Excel supports an API set, e.g. ("ExcelApi", "1.8"); defaults to Office's requirement check. */
  isSetSupported?: IsSetSupported;
}

/**
 * The workbook port over Office.js: each call is one Excel.run with a constant number of syncs (reads add one per
 * chunk of a table too large for one response). What this Excel supports is asked once, on first use.
 */
export function excelWorkbookPort(options: ExcelPortOptions): WorkbookPort & { readonly support: HostSupport } {
  let known: HostSupport | null = null;
  const support = () => (known ??= hostSupport(options.isSetSupported ?? officeIsSetSupported));
  const features = () => support().features;
  return {
    get support() {
      return support();
    },
    findRoadmap: () => run((context) => findRoadmap(context, features().sheetMarkers)),
    applyHighlighting: (plan) => run((context) => applyHighlighting(context, plan, features().liveHighlighting)),
    writeSummarySheet: (sheet) => run((context) => writeSummarySheet(context, sheet, features())),
    createRoadmap: ({ template, lang }) =>
      run((context) =>
        createRoadmap(context, {
          template,
          sheetName: options.newSheetName,
          statusChoices: STATUS_CHOICES[lang],
          dataValidation: features().statusDropDown,
          columnWidths: features().sheetLayout,
          frozenHeader: features().frozenHeader,
        }),
      ),
    addMonitoringColumns: (plan) => run((context) => addMonitoringColumns(context, plan, features().statusDropDown, features().tableColumns)),
    selectCell: (sheet, address) => run((context) => selectCell(context, sheet, address)),
  };
}
