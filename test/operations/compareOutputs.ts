import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * What a person sees of a workbook, to compare two outputs cell by cell rather than byte by byte (their timestamps
 * differ): per sheet its name, state, frozen rows, autofilter, print setup (print titles, area), merges, column
 * widths, row heights, conditional rules, and every cell's value and style; then the package's chart and drawing
 * parts and its custom properties (the tool's mark), as text.
 */
export async function workbookView(bytes: Uint8Array): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((sheet) => {
    const cells: unknown[] = [];
    const heights: unknown[] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (row.height !== undefined) heights.push([row.number, row.height]);
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { font, fill, alignment, border, numFmt } = cell.style;
        cells.push({ address: cell.address, value: cell.value, type: cell.type, style: { font, fill, alignment, border, numFmt } });
      });
    });
    const merges = Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges).sort();
    return {
      name: sheet.name,
      state: sheet.state,
      views: (sheet.views ?? []).map((view) => ({ state: view.state, ...(view as { ySplit?: number; xSplit?: number }) })),
      autoFilter: sheet.autoFilter,
      pageSetup: sheet.pageSetup,
      merges,
      columns: (sheet.columns ?? []).map((column) => column.width),
      conditionalFormattings: (sheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
      heights,
      cells,
    };
  });
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (/^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name) || name === 'docProps/custom.xml') parts[name] = await zip.file(name)!.async('string');
  }
  return JSON.parse(JSON.stringify({ sheets, parts }));
}

/** The text of a .docx's body (word/document.xml), what its reader sees; ids the library draws at random left out. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}
