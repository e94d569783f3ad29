#!/usr/bin/env node
'use strict';
/**
 * The browser page against the CLI on the same 300 workbooks: «Свод» in dist/app.html (Chromium, the folder chosen
 * through its file input, reading in the page's Web Workers, the report written in the page) and
 * `roadmap consolidate DIR -o OUT` (worker threads, streamed report), wall time each, side by side with the ratio.
 * The page, two ways a clerk uses it: the folder chosen and «Собрать свод» clicked at once (every file read by «Свод»,
 * from the choice to the download), and the click once the list is read (the list's reads serve «Свод»: only the
 * report is written), with the time the list took printed beside it.
 * Needs the build (`npm run build`; BENCH_DIST=folder to use another) and the compiled CLI (`npm run bench:app` builds it).
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..');
const FILES = Number(process.env.BENCH_FILES || 300);
const DIST = path.resolve(process.env.BENCH_DIST || path.join(ROOT, 'dist'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const TODAY = '2021-09-01';
const EXAMPLES = ['pilot-roadmap.xlsx', 'typed-roadmap.xlsx', 'typed-roadmap-en.xlsx'];

function inbox() {
  const dir = path.join(os.tmpdir(), `roadmap-bench-app-${FILES}-v1`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let index = 0; index < FILES; index++) {
    const example = EXAMPLES[index % EXAMPLES.length];
    fs.copyFileSync(path.join(ROOT, 'examples', example), path.join(dir, `Учреждение ${index + 1}.xlsx`));
  }
  fs.writeFileSync(path.join(dir, '.complete'), '');
  return dir;
}

function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };
  const server = http.createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://localhost:${server.address().port}` })));
}

async function openPage(browser, origin) {
  const context = await browser.newContext({ locale: 'ru-RU', acceptDownloads: true });
  const tab = await context.newPage();
  await tab.goto(`${origin}/app.html`);
  await tab.locator('#report-date').fill('01.09.2021');
  await tab.locator('#report-date').press('Tab');
  return { context, tab };
}

async function consolidated(tab) {
  const [download] = await Promise.all([tab.waitForEvent('download', { timeout: 0 }), tab.locator('#consolidate').click()]);
  await download.path();
}

async function page(dir) {
  const { server, origin } = await serve(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    // At once: «Свод» takes the list's reading over and reads every file.
    const first = await openPage(browser, origin);
    let started = Date.now();
    await first.tab.setInputFiles('#folder', dir);
    await consolidated(first.tab);
    const atOnce = (Date.now() - started) / 1000;
    const threads = await first.tab.evaluate(() => Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2)));
    await first.context.close();

    // After the list: every line read when chosen, then the click.
    const { tab } = await openPage(browser, origin);
    started = Date.now();
    await tab.setInputFiles('#folder', dir);
    await tab.waitForFunction((count) => document.querySelectorAll('.workbook').length === count && document.querySelectorAll('.workbook .reading').length === 0, FILES, { timeout: 0, polling: 100 });
    const listed = (Date.now() - started) / 1000;
    started = Date.now();
    await consolidated(tab);
    const afterList = (Date.now() - started) / 1000;
    return { atOnce, listed, afterList, threads };
  } finally {
    await browser.close();
    server.close();
  }
}

function cli(dir) {
  const output = path.join(os.tmpdir(), `roadmap-bench-app-report-${process.pid}.xlsx`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'roadmap.js'), 'consolidate', dir, '-o', output, '--today', TODAY], { encoding: 'utf8' });
  const seconds = (Date.now() - started) / 1000;
  fs.rmSync(output, { force: true });
  if (run.status === 2) throw new Error(run.stderr);
  return seconds;
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'app.html'))) throw new Error(`${DIST}/app.html not found: run npm run build first (or set BENCH_DIST)`);
  const dir = inbox();
  const cliSeconds = cli(dir);
  const result = await page(dir);
  const cores = os.cpus().length;
  console.log(`«Свод» of ${FILES} workbooks (examples/*.xlsx, 15–18 items each), ${cores} cores:`);
  const row = (label, seconds, note = '') => console.log(`  ${label.padEnd(52)}${seconds.toFixed(2).padStart(7)} s   ${(seconds / cliSeconds).toFixed(2).padStart(5)}×${note}`);
  console.log(`  ${''.padEnd(52)}${'time'.padStart(9)}   ${'/ CLI'.padStart(6)}`);
  row('CLI  roadmap consolidate -o', cliSeconds, '   (process start included)');
  row(`page, folder chosen and «Свод» at once (${result.threads} workers)`, result.atOnce);
  row('page, «Свод» once the list is read', result.afterList, `   (the list took ${result.listed.toFixed(2)} s)`);
}

main().catch((error) => {
  console.error(error.stack || String(error));
  process.exitCode = 1;
});
