/**
 * Array helpers that take any number of elements. `Math.max(...rows)` and `list.push(...rows)` pass one argument per
 * element, and engines cap the number of arguments (a RangeError on big sheets; IE11's cap is lower still).
 */

/** The largest of `values`, or `floor` when there are none or all are smaller. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of `values`, or `ceiling` when there are none or all are larger. */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}

/** Appends every item of `items` to `target` (in place) and returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
