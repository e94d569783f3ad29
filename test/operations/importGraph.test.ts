import { builtinModules } from 'module';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import ts from 'typescript';

/**
 * The browser page bundles src/xlsx/operations and the fflate zip backend: nothing they import, at any depth, may be
 * a Node built-in (fs, path, zlib, stream, worker_threads, child_process, os…) or yauzl (which needs them). Type-only
 * imports are left out: they vanish when compiled.
 */

const ROOT = path.resolve(__dirname, '../..');
const FORBIDDEN_PACKAGES = new Set(['yauzl']);
const BUILTINS = new Set(builtinModules);

function isForbidden(specifier: string): boolean {
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  return specifier.startsWith('node:') || BUILTINS.has(bare) || BUILTINS.has(bare.split('/')[0]) || FORBIDDEN_PACKAGES.has(bare.split('/')[0]);
}

/** The runtime imports of a module: import and export declarations that are not type-only, require() and import(). */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((element) => element.isTypeOnly));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function resolveLocal(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/** Every forbidden import reachable from `entry`, as «chain of files → specifier». */
function forbiddenImports(entry: string, forbidden: (specifier: string) => boolean = isForbidden): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) walk(resolveLocal(file, specifier), [...chain, path.relative(ROOT, file)]);
      else if (forbidden(specifier)) problems.push(`${[...chain, path.relative(ROOT, file)].join(' → ')} → ${specifier}`);
    }
  };
  walk(entry, []);
  return problems;
}

describe('what the browser page bundles imports no Node built-in and no yauzl', () => {
  it.each(['src/xlsx/operations/index.ts', 'src/xlsx/zip/useBrowserZip.ts'])('%s', (entry) => {
    expect(forbiddenImports(path.join(ROOT, entry))).toEqual([]);
  });

  // A reader worker runs these for each of hundreds of files: ExcelJS and docx (about 1 MB) are loaded only for copies.
  it.each(['src/xlsx/operations/readOutcome.ts', 'src/xlsx/operations/check.ts', 'src/xlsx/operations/input.ts'])('%s reaches neither ExcelJS nor docx', (entry) => {
    const heavy = (specifier: string): boolean => isForbidden(specifier) || ['exceljs', 'docx'].includes(specifier.split('/')[0]);
    expect(forbiddenImports(path.join(ROOT, entry), heavy)).toEqual([]);
    expect(forbiddenImports(path.join(ROOT, 'src/xlsx/operations/consolidate.ts'), heavy)).toContain(
      'src/xlsx/operations/consolidate.ts → src/xlsx/consolidate/writeReport.ts → exceljs',
    );
  });

  it('the check finds a built-in or yauzl however deep, and passes over type-only imports', () => {
    // The CLI's side of the port: yauzl and zlib, two files down.
    expect(forbiddenImports(path.join(ROOT, 'src/xlsx/zip/useNodeZip.ts'))).toEqual([
      'src/xlsx/zip/useNodeZip.ts → src/xlsx/zip/nodeZip.ts → zlib',
      'src/xlsx/zip/useNodeZip.ts → src/xlsx/zip/nodeZip.ts → yauzl',
    ]);
    // The file readers: fs, through the Node backend they set.
    expect(forbiddenImports(path.join(ROOT, 'src/xlsx/workbookFile.ts'))).toContain('src/xlsx/workbookFile.ts → fs');
    // summaryWorkbook.ts imports RoadmapWorkbook as a type only: no runtime edge.
    expect(runtimeImports(path.join(ROOT, 'src/xlsx/summaryWorkbook.ts'))).not.toContain('./roadmapWorkbook');
  });
});
