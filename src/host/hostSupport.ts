/**
 * What the open Excel can do, by ExcelApi requirement set. The add-in installs on ExcelApi 1.1 (Excel 2016); each
 * feature above that is used only where Excel reports its set (`isSetSupported`), and the panes say what is missing.
 * Versions are from the Office.js reference (`[Api set: ExcelApi x.y]` on each member, @types/office-js).
 */

/** The features the add-in uses above ExcelApi 1.1, with the set each one needs. */
export const FEATURE_API_SETS = {
  /** Column widths and row heights of the sheets it writes (RangeFormat.columnWidth, rowHeight) and merged title cells (Range.merge). */
  sheetLayout: '1.2',
  /** Workbook names marking the tools' own sheets (NamedItemCollection.add, NamedItem.delete), so a rerun replaces them. */
  sheetMarkers: '1.4',
  /** A named column appended to an Excel table (TableColumnCollection.add with a name). */
  tableColumns: '1.4',
  /** Live highlighting: conditional formats driven by TODAY() (Range.conditionalFormats). */
  liveHighlighting: '1.6',
  /** The frozen header row (Worksheet.freezePanes). */
  frozenHeader: '1.7',
  /** The Статус drop-down (Range.dataValidation). */
  statusDropDown: '1.8',
  /** A chart series on a secondary axis (ChartSeries.axisGroup): «История»'s completion % beside the counts. */
  secondaryAxis: '1.8',
  /** Landscape, one page wide (Worksheet.pageLayout). */
  printLayout: '1.9',
} as const;

export type HostFeature = keyof typeof FEATURE_API_SETS;

/** The ExcelApi versions the add-in tells apart, oldest first. */
export const KNOWN_API_VERSIONS = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'] as const;

export interface HostSupport {
  /** The highest ExcelApi version of KNOWN_API_VERSIONS this Excel reports, e.g. "1.8" for Excel 2019. */
  apiVersion: string;
  features: Record<HostFeature, boolean>;
  /** The features this Excel lacks, each with the requirement set it would need, in FEATURE_API_SETS order. */
  missing: { feature: HostFeature; apiSet: string }[];
}

export type IsSetSupported = (name: string, version: string) => boolean;

/** Asks Excel about each set once. `isSetSupported` is Office.context.requirements.isSetSupported or a test's. */
export function hostSupport(isSetSupported: IsSetSupported): HostSupport {
  const supported = new Map(KNOWN_API_VERSIONS.map((version) => [version, isSetSupported('ExcelApi', version)]));
  let apiVersion = '1.1';
  for (const version of KNOWN_API_VERSIONS) if (supported.get(version)) apiVersion = version;
  const features = {} as Record<HostFeature, boolean>;
  const missing: HostSupport['missing'] = [];
  for (const feature of Object.keys(FEATURE_API_SETS) as HostFeature[]) {
    const apiSet = FEATURE_API_SETS[feature];
    features[feature] = supported.get(apiSet) === true;
    if (!features[feature]) missing.push({ feature, apiSet });
  }
  return { apiVersion, features, missing };
}

/** Every feature available: Excel on the web and Microsoft 365, and what a port that says nothing is taken to be. */
export const FULL_SUPPORT: HostSupport = hostSupport(() => true);
