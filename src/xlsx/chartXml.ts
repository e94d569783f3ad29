import type { ChartSpec } from '../roadmap/report/reportSheet';
import { absoluteRef, type RangeRef } from '../roadmap/a1';
import { isDateFormat, serialDateText } from './cellFormats';
import { NS } from './packageParts';
import type { SheetValue } from './sheetValues';

/** DrawingML for one native chart (xl/charts/chartN.xml): series refer to the sheet's cells and cache their values. */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] as string)
    // Characters XML 1.0 cannot hold at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** A cell's value as text, the way the cell shows it where that matters to a label: a date as DD.MM.YYYY, not its serial. */
function displayed(value: SheetValue, format: string): string {
  if (value === null) return '';
  return typeof value === 'number' && isDateFormat(format) ? serialDateText(value) : String(value);
}

function strCache(values: SheetValue[], formats: string[]): string {
  const points = values
    .map((value, index) => `<c:pt idx="${index}"><c:v>${escapeXml(displayed(value, formats[index]))}</c:v></c:pt>`)
    .join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

/** The series' numbers, with the format of their cells (so a percentage column caches as one). */
function numCache(values: SheetValue[], formats: string[]): string {
  const points = values
    .map((value, index) => (typeof value === 'number' ? `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>` : ''))
    .join('');
  const formatCode = formats[values.findIndex((value) => typeof value === 'number')] ?? 'General';
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

export interface ChartData {
  sheetName: string;
  range: RangeRef;
  /** The source range's values: row 0 = series names, column 0 = categories. */
  values: SheetValue[][];
  /** The number format of each of those cells (same shape); General where not given. */
  formats?: string[][];
}

function formatAt(data: ChartData, row: number, column: number): string {
  return data.formats?.[row]?.[column] ?? 'General';
}

const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;
/** The second pair of axes, for series with a measure of their own (ChartSpec.secondaryAxisSeries). */
const SECONDARY_CATEGORY_AXIS = 500000003;
const SECONDARY_VALUE_AXIS = 500000004;

function seriesXml(spec: ChartSpec, data: ChartData, index: number): string {
  const { sheetName, range, values } = data;
  const column = range.left + 1 + index;
  const firstDataRow = range.top + 1;
  const dataRows = values.slice(1).map((_, offset) => offset + 1);
  const name = `<c:tx><c:strRef><c:f>${escapeXml(absoluteRef(sheetName, range.top, column, range.top, column))}</c:f>${strCache([values[0][index + 1]], [formatAt(data, 0, index + 1)])}</c:strRef></c:tx>`;
  const categories = strCache(dataRows.map((row) => values[row][0]), dataRows.map((row) => formatAt(data, row, 0)));
  const numbers = numCache(dataRows.map((row) => values[row][index + 1]), dataRows.map((row) => formatAt(data, row, index + 1)));
  const cat = `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(sheetName, firstDataRow, range.left, range.bottom, range.left))}</c:f>${categories}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(sheetName, firstDataRow, column, range.bottom, column))}</c:f>${numbers}</c:numRef></c:val>`;
  const head = `<c:idx val="${index}"/><c:order val="${index}"/>${name}`;
  switch (spec.type) {
    case 'pie':
      return `<c:ser>${head}${cat}${val}</c:ser>`;
    case 'line':
      return `<c:ser>${head}<c:marker><c:symbol val="circle"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`;
    default:
      return `<c:ser>${head}<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
  }
}

/**
 * A text category axis (auto 0) labelled in the categories' format, given outright: left to decide, viewers turn a column
 * of dates into a date axis ticking on the 1st of each month, and LibreOffice labels linked dates as serial numbers.
 */
const AXES =
  `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="AXPOS_CAT"/><c:numFmt formatCode="CATEGORY_FORMAT" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
  `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="0"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
  `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="AXPOS_VAL"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>` +
  `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;

function axes(spec: ChartSpec, data: ChartData): string {
  const horizontal = spec.type === 'bar';
  return AXES.replace('AXPOS_CAT', horizontal ? 'l' : 'b')
    .replace('AXPOS_VAL', horizontal ? 'b' : 'l')
    .replace('CATEGORY_FORMAT', () => escapeXml(formatAt(data, 1, 0)));
}

/**
 * The second pair of axes: a hidden category axis shared in place with the first, and a value axis on the other side
 * that crosses at the maximum, labelled in its series' own format.
 */
function secondaryAxes(spec: ChartSpec): string {
  const horizontal = spec.type === 'bar';
  return (
    `<c:catAx><c:axId val="${SECONDARY_CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="1"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:tickLblPos val="nextTo"/><c:crossAx val="${SECONDARY_VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="0"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="${SECONDARY_VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 't' : 'r'}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${SECONDARY_CATEGORY_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** One chart group (a lineChart or barChart element) of the given series on the given pair of axes. */
function groupXml(spec: ChartSpec, series: string, categoryAxis: number, valueAxis: number): string {
  const axisIds = `<c:axId val="${categoryAxis}"/><c:axId val="${valueAxis}"/>`;
  if (spec.type === 'line') return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>`;
  const direction = spec.type === 'bar' ? 'bar' : 'col';
  return `<c:barChart><c:barDir val="${direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axisIds}</c:barChart>`;
}

function plotXml(spec: ChartSpec, data: ChartData): string {
  const seriesCount = data.values[0].length - 1;
  const indices = Array.from({ length: seriesCount }, (_, index) => index);
  if (spec.type === 'pie') {
    return `<c:pieChart><c:varyColors val="1"/>${indices.map((index) => seriesXml(spec, data, index)).join('')}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
  const secondary = new Set((spec.secondaryAxisSeries ?? []).filter((index) => index < seriesCount));
  const primary = indices.filter((index) => !secondary.has(index));
  const xml = (list: number[]) => list.map((index) => seriesXml(spec, data, index)).join('');
  if (secondary.size === 0 || primary.length === 0) return `${groupXml(spec, xml(indices), CATEGORY_AXIS, VALUE_AXIS)}${axes(spec, data)}`;
  return (
    groupXml(spec, xml(primary), CATEGORY_AXIS, VALUE_AXIS) +
    groupXml(spec, xml([...secondary]), SECONDARY_CATEGORY_AXIS, SECONDARY_VALUE_AXIS) +
    axes(spec, data) +
    secondaryAxes(spec)
  );
}

function titleXml(title: string): string {
  if (title === '') return '<c:autoTitleDeleted val="1"/>';
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="ru-RU" b="1"/>` +
    `<a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

export function chartSpaceXml(spec: ChartSpec, data: ChartData): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.rel}">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(spec.title)}<c:plotArea><c:layout/>${plotXml(spec, data)}</c:plotArea>` +
    `<c:legend><c:legendPos val="${spec.type === 'pie' ? 'r' : 'b'}"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
