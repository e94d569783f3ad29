import { toHostProblem } from './errors';

/** Runs one batch; an Excel refusal becomes a HostProblem the pane can explain. */
export async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toHostProblem(error);
  }
}

/** Office's own requirement check (Office.context.requirements.isSetSupported). */
export function officeIsSetSupported(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}
