import { JSDOM } from 'jsdom';

/**
 * A window like Internet Explorer 11's where it matters to our scripts: its own JavaScript context (jsdom runs each
 * window in a `vm` context) without the ES2015+ built-ins IE11 lacks or has only in part, and with a RegExp that
 * throws on what IE11's throws on (lookbehind, named groups, the s/u/y flags). The shipped ES5 bundles are then
 * evaluated in it, so the test sees whether core-js, as the build includes it, covers what the code really uses.
 */

/** Globals IE11 lacks (Symbol, Promise, Reflect, Proxy) or implements only in part (Map, Set, WeakMap without iterables). */
export const MISSING_GLOBALS = ['Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Symbol', 'Reflect', 'Proxy', 'globalThis'];

/** Methods IE11 lacks, as `Owner.name` or `Owner.prototype.name`. */
export const MISSING_METHODS = [
  'Object.assign', 'Object.entries', 'Object.values', 'Object.fromEntries', 'Object.is',
  'Array.from', 'Array.of', 'Array.prototype.find', 'Array.prototype.findIndex', 'Array.prototype.includes', 'Array.prototype.fill',
  'Array.prototype.flat', 'Array.prototype.flatMap', 'Array.prototype.keys', 'Array.prototype.values', 'Array.prototype.entries',
  'String.prototype.includes', 'String.prototype.startsWith', 'String.prototype.endsWith', 'String.prototype.repeat',
  'String.prototype.padStart', 'String.prototype.padEnd', 'String.prototype.trimStart', 'String.prototype.trimEnd',
  'String.prototype.codePointAt', 'String.fromCodePoint',
  'Number.isInteger', 'Number.isFinite', 'Number.isNaN', 'Number.parseFloat', 'Math.trunc', 'Math.sign', 'Math.log10',
];

/** IE11's RegExp: the native one behind a constructor that refuses ES2015+ patterns and flags, as IE11 throws. */
const IE_REGEXP = `(function (global) {
  var Native = global.RegExp;
  function flagsOf(regex) { return (regex.global ? 'g' : '') + (regex.ignoreCase ? 'i' : '') + (regex.multiline ? 'm' : ''); }
  function IeRegExp(pattern, flags) {
    var isRegex = pattern instanceof Native;
    var source = isRegex ? pattern.source : pattern === undefined ? '' : String(pattern);
    var written = flags === undefined ? (isRegex ? flagsOf(pattern) : '') : String(flags);
    if (/[^gim]/.test(written)) throw new SyntaxError('IE11: invalid regular expression flags "' + written + '"');
    if (/\\(\\?<[=!]/.test(source)) throw new SyntaxError('IE11: lookbehind is not supported: /' + source + '/');
    if (/\\(\\?<[A-Za-z]/.test(source) || /\\\\k</.test(source)) throw new SyntaxError('IE11: named groups are not supported: /' + source + '/');
    return new Native(source, written);
  }
  IeRegExp.prototype = Native.prototype;
  global.RegExp = IeRegExp;
  global.__regexpCalls = 0;
})(this);`;

export interface Sandbox {
  window: JSDOM['window'];
  /** Evaluates a script in the sandbox, as a <script> would run it. */
  run(source: string): unknown;
  /** `typeof` of a global expression inside the sandbox, e.g. 'Promise' or 'Array.from'. */
  typeOf(expression: string): string;
}

/** A fresh IE11-like window holding `html`'s body. */
export function ieLikeSandbox(html: string, url: string): Sandbox {
  const dom = new JSDOM(html, { runScripts: 'outside-only', url, pretendToBeVisual: true });
  const { window } = dom;
  const run = (source: string) => window.eval(source);
  const removals = [
    ...MISSING_GLOBALS.map((name) => `delete this[${JSON.stringify(name)}];`),
    ...MISSING_METHODS.map((path) => `delete ${path};`),
  ].join('\n');
  run(removals);
  run(IE_REGEXP);
  return { window, run, typeOf: (expression) => String(run(`(function () { try { return typeof (${expression}); } catch (e) { return 'undefined'; } })()`)) };
}
