#!/usr/bin/env node
'use strict';
/**
 * The two zip backends side by side on the lean reader: yauzl + zlib (Node, the CLI) and fflate (the browser page).
 * One large roadmap (50,000 rows: inflating one big sheet) and 300 small ones (per-file set-up: what consolidating an
 * inbox costs), read and checked; best of 3 runs each. Decides whether fflate could serve Node too (only with no loss).
 * Needs the compiled CLI (`npm run bench` builds it).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const lib = path.resolve(__dirname, '..', 'lib');
const { openLeanWorkbook } = require(path.join(lib, 'xlsx', 'lean', 'leanWorkbook.js'));
const { readLeanRoadmap } = require(path.join(lib, 'xlsx', 'lean', 'readLeanRoadmap.js'));
const { nodeZip } = require(path.join(lib, 'xlsx', 'zip', 'nodeZip.js'));
const { browserZip } = require(path.join(lib, 'xlsx', 'zip', 'browserZip.js'));
const { ZipPackage } = require(path.join(lib, 'xlsx', 'lean', 'zipPackage.js'));

const TODAY = '2021-09-01';
const ROWS = Number(process.env.BENCH_ROWS || 50000);
const SMALL = path.resolve(__dirname, '..', 'examples', 'pilot-roadmap.xlsx');

async function bigWorkbook() {
  const file = path.join(os.tmpdir(), `roadmap-bench-zip-${ROWS}.xlsx`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('План');
  sheet.addRow(['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат']);
  for (let n = 1; n <= ROWS; n++) {
    sheet.addRow([String(n), `Мероприятие ${n}: организация и проведение работ`, `до ${String((n % 28) + 1).padStart(2, '0')}.0${(n % 9) + 1}.2021 г.`, 'Минтруд России', 'Отчёт']);
  }
  await workbook.xlsx.writeFile(file);
  return fs.readFileSync(file);
}

async function best(runs, action) {
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    await action();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return fastest;
}

async function read(bytes, zip) {
  const { roadmap } = await readLeanRoadmap(await openLeanWorkbook(bytes, 'bench.xlsx', { zip }), { today: TODAY });
  return roadmap.items.length;
}

async function main() {
  const big = await bigWorkbook();
  const small = fs.readFileSync(SMALL);
  const rows = [];
  for (const zip of [nodeZip, browserZip]) {
    const bigSeconds = await best(3, () => read(big, zip));
    const smallSeconds = await best(3, async () => {
      for (let n = 0; n < 300; n++) await read(small, zip);
    });
    // Inflation alone: the large sheet's part, 5 times (the XML reading above dominates a whole read).
    const inflateSeconds = await best(3, async () => {
      const pkg = await ZipPackage.open(big, { file: 'bench.xlsx', zip });
      for (let n = 0; n < 5; n++) await pkg.text('xl/worksheets/sheet1.xml');
    });
    rows.push({ name: zip.name, bigSeconds, smallSeconds, inflateSeconds });
  }
  const [node, browser] = rows;
  console.log(`zip backends, lean read + check, best of 3 (${(big.length / 1e6).toFixed(1)} MB file of ${ROWS} rows; 300 × ${path.basename(SMALL)})`);
  for (const row of rows) {
    console.log(
      `  ${row.name.padEnd(7)} ${ROWS} rows ${row.bigSeconds.toFixed(2)} s (${(ROWS / row.bigSeconds).toFixed(0)} rows/s, ×${(row.bigSeconds / node.bigSeconds).toFixed(2)})` +
        `   300 files ${row.smallSeconds.toFixed(2)} s (${(300 / row.smallSeconds).toFixed(0)} files/s, ×${(row.smallSeconds / node.smallSeconds).toFixed(2)})` +
        `   inflating the sheet 5× ${row.inflateSeconds.toFixed(3)} s (×${(row.inflateSeconds / node.inflateSeconds).toFixed(2)})`,
    );
  }
  console.log(
    `  fflate / yauzl: ×${(browser.bigSeconds / node.bigSeconds).toFixed(2)} on one large sheet, ×${(browser.smallSeconds / node.smallSeconds).toFixed(2)} per small file, ` +
      `×${(browser.inflateSeconds / node.inflateSeconds).toFixed(2)} inflating alone`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
