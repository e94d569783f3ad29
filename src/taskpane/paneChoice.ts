/**
 * Which pane a webview runs. The page names both scripts: the React pane as a module, the simple pane (ES5) with
 * `nomodule`, so Internet Explorer 11 runs the simple one by itself. EdgeHTML 18 (Edge Legacy, some retail Office)
 * runs modules but lacks built-ins that React 19 and Fluent UI v9 rely on; the module sends it to the simple pane too.
 */

/** True when the webview has the ES2019 built-ins the React pane's polyfill targets assume (Chrome 73, Safari 12.1). */
export function runsReactPane(win: { Object: ObjectConstructor; Array: ArrayConstructor }): boolean {
  return typeof win.Object.fromEntries === 'function' && typeof win.Array.prototype.flat === 'function';
}

/** Runs the page's own `nomodule` script (the simple pane) in a webview that skipped it; false when the page has none. */
export function loadSimplePane(doc: Document): boolean {
  const named = doc.querySelector('script[nomodule]');
  const src = named && named.getAttribute('src');
  if (!src) return false;
  const script = doc.createElement('script');
  script.src = src;
  doc.head.appendChild(script);
  return true;
}
