import { main } from '../../src/cli/main';

/** What a `roadmap` run in this process printed, and its exit status. */
export interface InProcessRun {
  status: number;
  out: string;
  err: string;
}

/**
 * Runs `roadmap ARGS…` through main() in this process, stdout and stderr caught as text: faster than a child process,
 * for tests that run the commands many times (test/cli/workbooks.ts runCli spawns the built CLI instead).
 */
export async function roadmapInProcess(...args: string[]): Promise<InProcessRun> {
  let out = '';
  let err = '';
  const status = await main(['node', 'roadmap', ...args], { out: (text) => { out += text; }, err: (text) => { err += text; } });
  return { status, out, err };
}
