#!/usr/bin/env node
'use strict';
/**
 * `roadmap consolidate` at the ministry's scale: 1,000 workbooks of 50 rows each (generated once, in a temp dir).
 * Side by side: reading the files one by one with bare ExcelJS (the yardstick), the reader pool and the whole
 * command (report included) on 1, 2 and all cores, as a ratio to the yardstick (goal ≤ 1.0×, aim 0.5×); and the
 * peak memory (RSS of the whole process: the main thread and every worker thread) for 200 vs 1,000 files (goal
 * ≤ 1.5×). Each run is a separate process, so peaks don't mix.
 * Needs the compiled CLI (`npm run build:cli`; `npm run bench` builds it).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILES = 1000;
const ROWS = 50;
const PER_FOLDER = 100;
const INBOX = path.join(os.tmpdir(), `roadmap-bench-consolidate-${FILES}x${ROWS}-v1`);
const ROOT = path.resolve(__dirname, '..');

const ORG_FORMS = ['КГКОУ ШИ', 'ГКУ ЦЗН', 'МБОУ СОШ', 'КГБУ ЦСОН', 'МАДОУ Детский сад'];
const DEADLINES = ['до 31.07.2021 г.', 'IV квартал 2021 г.', 'ежеквартально', 'декабрь 2021 г.', 'до 15.09.2021', 'на протяжении всего периода'];

/** Peak RSS of this process, i.e. the main thread plus every worker thread, sampled and from the OS's own count. */
function peakMemory() {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(sampler);
    return Math.max(peak, process.resourceUsage().maxRSS * 1024);
  };
}

/** In a child process: bare ExcelJS one file after another, the whole command, or the reader pool alone. */
async function childRun(mode, inboxes, threads) {
  const stop = peakMemory();
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let status = 0;
  if (mode === 'bare') {
    const ExcelJS = require('exceljs');
    const { discoverWorkbooks } = require(path.join(ROOT, 'lib/xlsx/consolidate/discover.js'));
    const { files } = await discoverWorkbooks(inboxes);
    for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
  } else if (mode === 'command') {
    const { main } = require(path.join(ROOT, 'lib/cli/main.js'));
    const output = path.join(os.tmpdir(), `roadmap-bench-consolidate-report-${process.pid}.xlsx`);
    status = await main(['node', 'roadmap', 'consolidate', ...inboxes, '-o', output, '--today', '2021-09-01', '--threads', String(threads)]);
    fs.rmSync(output, { force: true });
  } else {
    const { discoverWorkbooks } = require(path.join(ROOT, 'lib/xlsx/consolidate/discover.js'));
    const { readWorkbooksInParallel } = require(path.join(ROOT, 'lib/xlsx/consolidate/pool.js'));
    const { files } = await discoverWorkbooks(inboxes);
    await readWorkbooksInParallel(files, { today: '2021-09-01' }, { threads, onOutcome: () => undefined });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpuStart);
  // CPU seconds of every thread of the process: what the work costs, whatever else the machine is running.
  const cpu = (used.user + used.system) / 1e6;
  process.stdout.write(`\nBENCH ${JSON.stringify({ status, seconds, cpu, peakRss: stop() })}\n`);
}

async function generate() {
  const marker = path.join(INBOX, '.complete');
  if (fs.existsSync(marker)) return;
  const ExcelJS = require('exceljs');
  fs.rmSync(INBOX, { recursive: true, force: true });
  for (let index = 0; index < FILES; index++) {
    const folder = path.join(INBOX, `part-${String(Math.floor(index / PER_FOLDER)).padStart(2, '0')}`);
    fs.mkdirSync(folder, { recursive: true });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Дорожная карта');
    sheet.addRow([`${ORG_FORMS[index % ORG_FORMS.length]} № ${index + 1}`]);
    sheet.addRow(['План мероприятий («дорожная карта»)']);
    sheet.addRow(['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Дополнительные материалы', 'Статус']);
    for (let row = 0; row < ROWS; row++) {
      const deadline = row % 3 === 0 ? new Date(Date.UTC(2021, (row + index) % 12, 1 + (row % 28))) : DEADLINES[(row + index) % DEADLINES.length];
      sheet.addRow([
        `${1 + Math.floor(row / 10)}.${1 + (row % 10)}`,
        `Мероприятие ${row + 1} учреждения ${index + 1}: организация, проведение и отчёт`,
        deadline,
        row % 4 === 0 ? 'Директор,\nзаместитель директора' : 'Рабочая группа',
        row % 17 === 0 ? '' : 'Протокол, отчёт о проведении',
        '',
        row % 5 === 0 ? 'Выполнено' : '',
      ]);
    }
    await workbook.xlsx.writeFile(path.join(folder, `institution-${String(index + 1).padStart(4, '0')}.xlsx`));
  }
  fs.writeFileSync(marker, '');
}

function measure(mode, inboxes, threads) {
  // stderr piped: the child's stderr is not a terminal, so the command draws no progress bar.
  const stdout = execFileSync(process.execPath, [__filename, '--child', mode, JSON.stringify(inboxes), String(threads)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const line = stdout.split('\n').find((text) => text.startsWith('BENCH '));
  if (!line) throw new Error(`the run printed no result:\n${stdout}`);
  return JSON.parse(line.slice('BENCH '.length));
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;

async function bench() {
  if (!fs.existsSync(path.join(ROOT, 'lib/cli/main.js'))) throw new Error('lib/ is missing: run `npm run build:cli` first');
  const started = Date.now();
  await generate();
  console.log(`roadmap consolidate: ${FILES} workbooks of ${ROWS} rows in ${INBOX} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`  load average at start: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (figures are for this machine as shared)`);
  const cores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  const threadCounts = [...new Set([1, 2, cores])];
  const bare = measure('bare', [INBOX], 1);
  console.log(`  bare ExcelJS, one file after another: ${(FILES / bare.seconds).toFixed(0)} files/s (${bare.seconds.toFixed(1)} s wall, ${bare.cpu.toFixed(1)} s CPU) — the yardstick`);
  console.log('  threads   reader pool             whole command, report included   × bare ExcelJS, wall (goal ≤ 1.0×, aim 0.5×; the issue measured 2.2×)   × in CPU time');
  for (const threads of threadCounts) {
    const read = measure('read', [INBOX], threads);
    const command = measure('command', [INBOX], threads);
    const ratio = command.seconds / bare.seconds;
    console.log(
      `  ${String(threads).padStart(7)}   ${`${(FILES / read.seconds).toFixed(0)} files/s (${read.seconds.toFixed(1)} s)`.padEnd(22)}  ` +
        `${`${(FILES / command.seconds).toFixed(0)} files/s (${command.seconds.toFixed(1)} s, exit ${command.status})`.padEnd(31)}  ` +
        `${ratio.toFixed(2)}×  [${ratio <= 0.5 ? 'aim met' : ratio <= 1 ? 'goal met' : 'MISSED'}]`.padEnd(72) +
        `${(command.cpu / bare.cpu).toFixed(2)}× (${command.cpu.toFixed(1)} s CPU)`,
    );
  }
  const small = [path.join(INBOX, 'part-00'), path.join(INBOX, 'part-01')];
  for (const mode of ['read', 'command']) {
    const few = measure(mode, small, cores);
    const many = measure(mode, [INBOX], cores);
    const ratio = many.peakRss / few.peakRss;
    const what = mode === 'read' ? 'reader pool alone' : 'whole command     ';
    console.log(`  peak memory, ${what}, ${cores} thread(s): ${mb(few.peakRss)} for ${2 * PER_FOLDER} files, ${mb(many.peakRss)} for ${FILES} files (×${ratio.toFixed(2)}) [goal ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'MISSED'}]`);
  }
}

if (process.argv[2] === '--child') {
  childRun(process.argv[3], JSON.parse(process.argv[4]), Number(process.argv[5])).catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  });
} else {
  bench().catch((error) => {
    process.stderr.write(`bench/consolidate: ${error.message}\n`);
    process.exitCode = 1;
  });
}
