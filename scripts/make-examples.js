#!/usr/bin/env node
'use strict';
// Writes examples/*.xlsx from the engine's template (seed 003). Run `npm run build:cli` first (npm run examples does).
const path = require('path');
const { pilotRoadmapWorkbook, typedRoadmapWorkbook } = require('../lib/xlsx/exampleWorkbooks.js');

const examples = path.join(__dirname, '..', 'examples');

async function main() {
  const outputs = [
    ['pilot-roadmap.xlsx', pilotRoadmapWorkbook()],
    ['typed-roadmap.xlsx', typedRoadmapWorkbook('ru')],
    ['typed-roadmap-en.xlsx', typedRoadmapWorkbook('en')],
  ];
  for (const [name, workbook] of outputs) {
    await workbook.xlsx.writeFile(path.join(examples, name));
    process.stdout.write(`examples/${name}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exitCode = 1;
});
