import fs from 'fs';
import path from 'path';
import { parse } from 'acorn';

/**
 * Every script a page of the build loads, at the level its webview must parse: a classic script (what Internet
 * Explorer 11 in Excel 2016/2019 runs) ES5, a `type="module"` script (EdgeHTML 18 and newer only) at most ES2017.
 */
export interface ShippedScript {
  page: string;
  src: string;
  level: 5 | 2017;
}

/** The <script> tags of every HTML page in `dir` (office.js, from another host, excepted: `external` names it). */
export function shippedScripts(dir: string, external: (src: string) => boolean): ShippedScript[] {
  const scripts: ShippedScript[] = [];
  for (const page of fs.readdirSync(dir).filter((file) => file.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(dir, page), 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      // The build minifies its HTML: attribute values may come without quotes.
      const found = /\bsrc=(?:"([^"]+)"|([^\s>"]+))/.exec(tag);
      const src = found ? (found[1] ?? found[2]) : undefined;
      if (!src) throw new Error(`${page}: an inline script, which the pages' CSP forbids: ${tag}`);
      if (external(src)) continue;
      scripts.push({ page, src, level: /\btype="?module\b/.test(tag) ? 2017 : 5 });
    }
  }
  return scripts;
}

/** Parses a script at its level; throws acorn's SyntaxError (with the line and column) when it does not parse. */
export function parseAtLevel(source: string, level: 5 | 2017): void {
  parse(source, { ecmaVersion: level, sourceType: level === 5 ? 'script' : 'module' });
}

/** Every .js file in the build (the office.js copy of OFFICE_JS=local excepted: Microsoft's, loaded as it is). */
export function builtScripts(dir: string): string[] {
  return fs.readdirSync(dir).filter((file) => file.endsWith('.js'));
}
