import { execFileSync } from 'child_process';
import { readdirSync, statSync } from 'fs';
import path from 'path';

/**
 * Jest global setup: the CLI tests run `node bin/roadmap.js`, which loads the compiled lib/. Rebuild it when any
 * source it compiles from is newer (a clean clone has it from `npm ci`'s prepare script; a working tree may not).
 */
const ROOT = path.join(__dirname, '..', '..');
const SOURCES = ['src/roadmap', 'src/xlsx', 'src/cli', 'src/i18n', 'src/consolidate'];
const BUILT = path.join(ROOT, 'lib', 'cli', 'main.js');

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export default function buildCli(): void {
  const built = (() => {
    try {
      return statSync(BUILT).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const newest = Math.max(...SOURCES.map((source) => newestSource(path.join(ROOT, source))));
  if (built >= newest) return;
  try {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    // tsc still writes lib/ when some file has type errors; the CLI tests then show what is actually broken.
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
    process.stderr.write(`\nbuild:cli reported errors:\n${output}\n`);
  }
}
