import { execFile } from 'child_process';
import { mkdtempSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';

/**
 * Headless LibreOffice as a second, real reader of what the tools write (install.sh installs libreoffice-calc-nogui).
 * A missing soffice is an error, never a skip: CI has it.
 */
export async function sofficeConvert(files: readonly string[], format: 'xlsx' | 'pdf', outdir: string): Promise<string[]> {
  // A private profile: a first start writes one, and two runs must not share it.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'soffice-profile-'));
  const target = format === 'xlsx' ? 'xlsx:Calc MS Excel 2007 XML' : 'pdf';
  await new Promise<void>((resolve, reject) => {
    execFile(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outdir, ...files],
      { timeout: 240_000 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`soffice failed (install libreoffice-calc-nogui: ./install.sh): ${error.message}\n${stderr}`));
        else resolve();
      },
    );
  });
  await fs.rm(profile, { recursive: true, force: true });
  const outputs = files.map((file) => path.join(outdir, `${path.basename(file, path.extname(file))}.${format}`));
  for (const output of outputs) await fs.access(output);
  return outputs;
}
