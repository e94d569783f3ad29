import fs from 'fs';
import os from 'os';
import path from 'path';

// `npm run dev-server` as root on Debian: office-addin-dev-certs wants sudo, which root's shell usually lacks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { needsRootRoute, trustCa } = require('../../scripts/devCerts') as {
  needsRootRoute(options: { platform: string; uid: number }): boolean;
  trustCa(caPath: string, options: { systemDir: string; updateCa: string; log: (line: string) => void }): boolean;
};

describe('dev-server certificates without sudo', () => {
  test('root on Linux takes the route without sudo; other users and systems keep office-addin-dev-certs’ own', () => {
    expect(needsRootRoute({ platform: 'linux', uid: 0 })).toBe(true);
    expect(needsRootRoute({ platform: 'linux', uid: 1000 })).toBe(false);
    expect(needsRootRoute({ platform: 'win32', uid: -1 })).toBe(false);
    expect(needsRootRoute({ platform: 'darwin', uid: 0 })).toBe(false);
  });

  test('the CA is copied where update-ca-certificates reads it, and the store is rebuilt; without the tool, a message says what to do', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-certs-'));
    const ca = path.join(dir, 'ca.crt');
    fs.writeFileSync(ca, '-----BEGIN CERTIFICATE-----\n');
    const marker = path.join(dir, 'updated');
    const updateCa = path.join(dir, 'update-ca-certificates');
    fs.writeFileSync(updateCa, `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
    const lines: string[] = [];
    expect(trustCa(ca, { systemDir: path.join(dir, 'store'), updateCa, log: (line) => lines.push(line) })).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'store', 'ca.crt'), 'utf8')).toBe('-----BEGIN CERTIFICATE-----\n');
    expect(fs.existsSync(marker)).toBe(true);
    expect(trustCa(ca, { systemDir: path.join(dir, 'store2'), updateCa: path.join(dir, 'missing'), log: (line) => lines.push(line) })).toBe(false);
    expect(lines.join('\n')).toMatch(/apt-get install ca-certificates/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
