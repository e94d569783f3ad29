/**
 * The text a number cell shows when that text matters to the engine: a fixed-decimals format (`0.00`) shows 1.1 as
 * «1.10», an item number that is not 1.1. Undefined otherwise: the number's own value is read. Both readers (the
 * .xlsx reader and the add-in) use this rule and never the host's display text, which in Russian Excel is «1,1».
 */
export function displayedNumber(value: number, numberFormat: unknown): string | undefined {
  const fixed = typeof numberFormat === 'string' ? /^0\.(0+)$/.exec(numberFormat) : null;
  return fixed ? value.toFixed(fixed[1].length) : undefined;
}
