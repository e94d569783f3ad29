import { spawn } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/roadmap.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The environment (default: this process's), e.g. a PATH without LibreOffice. */
  env?: NodeJS.ProcessEnv;
  /** Run as this user id (root only): root reads any file, so permission errors need another user. */
  uid?: number;
}

/** Runs `roadmap …` as a separate process (the compiled CLI in lib/, built by `npm run build:cli`). */
export function runCli(args: readonly string[], cwd: string, options: RunOptions = {}): Promise<CliResult> {
  if (!existsSync(path.join(ROOT, 'lib/cli/main.js'))) throw new Error('lib/ is missing: run `npm run build:cli` (npm install runs it)');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: options.env ?? process.env,
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
