import crypto from 'crypto';
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { spawn } from 'child_process';
import zlib from 'zlib';

/**
 * One production build for every end-to-end test (the add-in's and the browser page's): webpack takes minutes on a
 * busy machine, so the first test file to ask builds into a folder named after a hash of what the build reads, and the
 * others (in other jest workers) wait for it and reuse it.
 */

const root = path.resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** The scripted Office host the add-in's test serves in place of office.js (test/e2e/officeHost.ts). */
export const OFFICE_HOST_FILE = 'office-host.js';

/** Every file the build reads from the repository (sources, config, lock), hashed: a change makes a new build. */
function inputsHash(): string {
  const hash = crypto.createHash('sha256');
  const add = (file: string): void => {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file).sort()) add(path.join(file, entry));
    } else {
      hash.update(path.relative(root, file));
      hash.update(fs.readFileSync(file));
    }
  };
  for (const input of ['src', 'assets', 'webpack.config.js', 'scripts/bundleSizePlugin.js', 'package-lock.json']) add(path.join(root, input));
  return hash.digest('hex').slice(0, 16);
}

function runWebpack(outputPath: string): Promise<void> {
  const args = [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', `outputPath=${outputPath}`, '--env', `OFFICE_JS_URL=${OFFICE_HOST_FILE}`, '--env', 'quiet'];
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`webpack failed (${code}):\n${output.slice(-4000)}`))));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The production build's folder (office.js replaced by OFFICE_HOST_FILE), built by webpack's own command in a child
 * process (Babel's loader does not run inside jest's module sandbox) unless a build of the same inputs is there.
 * Never delete the folder: another test file may be using it.
 */
export async function productionBuild(): Promise<string> {
  // One folder per checkout: a build of another clone's inputs is that clone's, in use by its own tests (two clones
  // sharing one folder deleted each other's builds under running pages).
  const checkout = crypto.createHash('sha256').update(root).digest('hex').slice(0, 8);
  const base = path.join(os.tmpdir(), `roadmap-e2e-build-${checkout}`);
  fs.mkdirSync(base, { recursive: true });
  const hash = inputsHash();
  const dir = path.join(base, hash);
  const complete = path.join(dir, '.complete');
  const lock = `${dir}.lock`;
  for (;;) {
    if (fs.existsSync(complete)) return dir;
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another jest worker is building the same inputs: wait for it (a lock older than 20 minutes is a dead build's).
      const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs;
      if (age > 20 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      await sleep(2000);
      continue;
    }
    try {
      // Builds of older inputs go: only the newest is ever reused.
      for (const entry of fs.readdirSync(base)) if (entry !== hash && entry !== `${hash}.lock`) fs.rmSync(path.join(base, entry), { recursive: true, force: true });
      fs.rmSync(dir, { recursive: true, force: true });
      await runWebpack(dir);
      fs.writeFileSync(complete, new Date().toISOString());
      return dir;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Raw and gzipped sizes of each named script of a build (`name.<hash>.js`), gzipped as scripts/bundleSizePlugin.js does. */
export function scriptSizes(dir: string): Record<string, { raw: number; gzip: number }> {
  const sizes: Record<string, { raw: number; gzip: number }> = {};
  for (const file of fs.readdirSync(dir)) {
    const entry = /^(.+)\.[0-9a-f]{8}\.js$/.exec(file);
    if (!entry) continue;
    const source = fs.readFileSync(path.join(dir, file));
    sizes[entry[1]] = { raw: source.length, gzip: zlib.gzipSync(source, { level: 9 }).length };
  }
  return sizes;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves a folder on loopback (and `extra` files by name, e.g. the scripted Office host); the origin is http://localhost:PORT. */
export function serveDirectory(directory: string, extra: Record<string, string> = {}): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((request, response) => {
    const file = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).replace(/^\/+/, '');
    if (extra[file] !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.js'] }).end(extra[file]);
      return;
    }
    const full = path.join(directory, file);
    if (!full.startsWith(directory) || !fs.existsSync(full) || fs.statSync(full).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(full)] ?? 'application/octet-stream' }).end(fs.readFileSync(full));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ server, origin: `http://localhost:${port}` });
    }),
  );
}
