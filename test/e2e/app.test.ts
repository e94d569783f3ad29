import fs from 'fs';
import http from 'http';
import os from 'os';
import zlib from 'zlib';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { appText } from '../../src/i18n/app';
import { runCli, workbookSnapshot } from '../cli/workbooks';
import { CHROMIUM, CHROMIUM_ARGS, productionBuild, scriptSizes, serveDirectory } from './productionBuild';

/**
 * The browser page (dist/app.html) end to end in Chromium, served from loopback like any static host: what it shows
 * and writes must be what `roadmap` prints and writes for the same files and report date.
 */

const root = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(root, 'examples', 'pilot-roadmap.xlsx');
const TODAY = '2021-09-01';
const TODAY_RU = '01.09.2021';
const SCREENS = path.join(root, 'test-output', 'app');
const RU = appText('ru');
const EN = appText('en');

interface CheckJson {
  sheet: string;
  headerRow: number;
  findings: { row: number | null; message: string; severity: string }[];
  items: { row: number; status: string }[];
  summary: { items: number; done: number; overdue: number; dueSoon: number; undated: number; errors: number; warnings: number; completionPercent: number };
}

async function loadBytes(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  return loadBytes(fs.readFileSync(file));
}

function cli(...args: string[]): string {
  const run = runCli(...args);
  if (run.status !== 0 && run.status !== 1) throw new Error(`roadmap ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/** A workbook with no roadmap table in it. */
async function notARoadmap(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Письмо').getCell('A1').value = 'Направляем сведения о ходе исполнения';
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/**
 * An institution's inbox as a ministry clerk receives it: three roadmaps (one in a subfolder), a file that is no zip,
 * a password-protected one, an empty one, a workbook with no roadmap, a letter as .csv and an Excel lock file.
 */
async function inbox(dir: string): Promise<void> {
  fs.mkdirSync(path.join(dir, 'Колледжи'), { recursive: true });
  fs.copyFileSync(EXAMPLE, path.join(dir, '№ 2 Школа.xlsx'));
  fs.copyFileSync(path.join(root, 'examples', 'typed-roadmap.xlsx'), path.join(dir, '№ 10 Центр занятости.xlsx'));
  fs.copyFileSync(path.join(root, 'examples', 'typed-roadmap-en.xlsx'), path.join(dir, 'Колледжи', 'Колледж.xlsx'));
  fs.writeFileSync(path.join(dir, 'сломан.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]));
  fs.writeFileSync(path.join(dir, 'с паролем.xlsx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
  fs.writeFileSync(path.join(dir, 'пустой.xlsx'), Buffer.alloc(0));
  await notARoadmap(path.join(dir, 'письмо.xlsx'));
  fs.writeFileSync(path.join(dir, 'сведения.csv'), '№;Мероприятие;Срок\n1;Совещание;01.09.2021\n');
  fs.copyFileSync(EXAMPLE, path.join(dir, '~$№ 2 Школа.xlsx'));
}

describe('the browser page in Chromium', () => {
  let dist: string;
  let server: http.Server;
  let origin: string;
  let browser: Browser;
  let work: string;
  /** Every request any page or worker made, and every script error: both must stay clean. */
  const requests: string[] = [];
  const problems: string[] = [];

  async function open(locale = 'ru-RU'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale, acceptDownloads: true, viewport: { width: 1100, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on('worker', (worker) => worker.on('console', (message) => message.type() === 'error' && problems.push(`worker: ${message.text()}`)));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP blocked ${event.violatedDirective}: ${event.blockedURI}`));
    });
    await page.goto(`${origin}/app.html`);
    await page.locator('#report-date').waitFor();
    return { context, page };
  }

  async function setDate(page: Page, text: string): Promise<void> {
    await page.locator('#report-date').fill(text);
    await page.locator('#report-date').press('Tab');
  }

  /** Waits until every chosen workbook's line is read (none says «Читается…»). */
  async function allRead(page: Page, timeout = 30_000): Promise<void> {
    await page.waitForFunction(() => document.querySelectorAll('.workbook').length > 0 && document.querySelectorAll('.workbook .reading').length === 0, undefined, { timeout });
  }

  async function saved(download: Download, name: string): Promise<string> {
    const file = path.join(work, name);
    await download.saveAs(file);
    return file;
  }

  /** axe-core's serious and critical findings on the page as it is now, or on the part `within` selects. */
  async function seriousViolations(page: Page, within?: string): Promise<unknown[]> {
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async (selector) => {
      const axe = (window as unknown as { axe: { run(context?: unknown): Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe;
      return (await axe.run(selector ?? document)).violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map((node) => node.html).slice(0, 3) }));
    }, within);
    return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  }

  async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
    for (let step = 0; step < limit; step++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run ./install.sh or set CHROMIUM_PATH.`);
    dist = await productionBuild();
    ({ server, origin } = await serveDirectory(dist));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-app-'));
    fs.mkdirSync(SCREENS, { recursive: true });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  test('the first view is small: ExcelJS and docx are separate chunks, loaded later', () => {
    const sizes = scriptSizes(dist);
    const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
    // Every script of the page, as its service worker lists them: the first view, then what loads on demand.
    const listed = /ASSETS\s*=\s*(\[.*?\])/.exec(fs.readFileSync(path.join(dist, 'app-sw.js'), 'utf8'));
    const scripts = (JSON.parse(listed?.[1] ?? '[]') as string[]).filter((file) => file.endsWith('.js'));
    const gzip = (file: string): number => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
    console.log(`app gzipped: ${scripts.map((file) => `${file} ${kb(gzip(file))}`).join(', ')}`);
    expect(scripts.length).toBeGreaterThan(4);
    expect(sizes.app.gzip).toBeLessThan(60 * 1024);
    // ExcelJS (the largest script) is not in the first view.
    const largest = scripts.reduce((a, b) => (gzip(a) >= gzip(b) ? a : b));
    expect(fs.readFileSync(path.join(dist, largest), 'utf8')).toMatch(/ExcelJS|exceljs/);
    expect(largest).not.toMatch(/^app\./);
    // Each Web Worker loads its script and the chunks it names: the reader only, never ExcelJS or docx (~300 KB).
    const worker = scripts.find((file) => file.startsWith('roadmap-reader.')) ?? '';
    const workerChunks = [...fs.readFileSync(path.join(dist, worker), 'utf8').matchAll(/(\d+):"([0-9a-f]{8})"/g)].map(([, id, hash]) => `${id}.${hash}.js`);
    const workerBytes = [worker, ...workerChunks].reduce((sum, file) => sum + gzip(file), 0);
    console.log(`a worker loads ${kb(workerBytes)} gzipped (${[worker, ...workerChunks].join(', ')})`);
    expect(workerBytes).toBeLessThan(150 * 1024);
    const html = fs.readFileSync(path.join(dist, 'app.html'), 'utf8');
    expect(html).toMatch(/http-equiv="?Content-Security-Policy"? content="default-src 'self'; script-src 'self';/);
    expect(html).toMatch(/<script type="?module"? src="?app\.[0-9a-f]{8}\.js/);
  });

  test('empty view: Russian by default, accessible, the date today', async () => {
    const { context, page } = await open();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.getByRole('heading', { level: 1, name: RU.title }).waitFor();
    await page.getByText(RU.noWorkbooks).waitFor();
    const today = new Date();
    const expected = `${String(today.getDate()).padStart(2, '0')}.${String(today.getMonth() + 1).padStart(2, '0')}.${today.getFullYear()}`;
    expect(await page.getByLabel(RU.reportDate).inputValue()).toBe(expected);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, 'ru-empty.png'), fullPage: true });
    await context.close();
  });

  test('workbooks dropped on the drop zone are read like chosen ones, a broken one with its one line', async () => {
    const { context, page } = await open();
    await setDate(page, TODAY_RU);
    const example = fs.readFileSync(EXAMPLE).toString('base64');
    // A drag from the file manager, as the page receives it: dragover, then drop with the files in a DataTransfer.
    const transfer = await page.evaluateHandle((base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'pilot-roadmap.xlsx'));
      data.items.add(new File([new Uint8Array([1, 2, 3])], 'сломан.xlsx'));
      return data;
    }, example);
    await page.dispatchEvent('#drop', 'dragover', { dataTransfer: transfer });
    expect(await page.locator('#drop').getAttribute('class')).toContain('over');
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
    await allRead(page);
    expect(await page.locator('#drop').getAttribute('class')).not.toContain('over');
    const json = JSON.parse(cli('check', EXAMPLE, '--today', TODAY, '--json')) as CheckJson;
    expect(await page.locator('.workbook.read [data-count="items"] dd').textContent()).toBe(String(json.summary.items));
    expect(await page.locator('.workbook.read [data-count="overdue"] dd').textContent()).toBe(String(json.summary.overdue));
    const unread = await page.locator('.workbook.unread').allTextContents();
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatch(/^сломан\.xlsx/);
    await context.close();
  });

  test('two schools\' workbooks by the same name get a line each; the same file chosen again replaces its line', async () => {
    const { context, page } = await open();
    await setDate(page, TODAY_RU);
    const other = path.join(work, 'другая школа', 'pilot-roadmap.xlsx');
    fs.mkdirSync(path.dirname(other), { recursive: true });
    fs.copyFileSync(path.join(root, 'examples', 'typed-roadmap.xlsx'), other);
    await page.setInputFiles('#files', EXAMPLE);
    await allRead(page);
    await page.setInputFiles('#files', other);
    await allRead(page);
    await page.setInputFiles('#files', EXAMPLE);
    await allRead(page);
    const names = await page.locator('.workbook h3').allTextContents();
    expect(names).toEqual(['pilot-roadmap.xlsx', 'pilot-roadmap (2).xlsx']);
    const items = await page.locator('.workbook.read [data-count="items"] dd').allTextContents();
    const expected = [EXAMPLE, other].map((file) => String((JSON.parse(cli('check', file, '--today', TODAY, '--json')) as CheckJson).summary.items));
    expect(items).toEqual(expected);
    await context.close();
  });

  test('a date typed and then a card\'s button clicked: the click is not lost, and it uses that date', async () => {
    const { context, page } = await open();
    await setDate(page, TODAY_RU);
    await page.setInputFiles('#files', EXAMPLE);
    await allRead(page);
    await page.locator('#report-date').fill('15.08.2021');
    // No Tab, no Enter: the click itself takes the focus from the field, which applies the date.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.locator('[data-action="snapshot"]').click()]);
    expect(download.suggestedFilename()).toBe('pilot-roadmap-срез-2021-08-15.xlsx');
    await allRead(page);
    const json = JSON.parse(cli('check', EXAMPLE, '--today', '2021-08-15', '--json')) as CheckJson;
    expect(await page.locator('.workbook.read [data-count="overdue"] dd').textContent()).toBe(String(json.summary.overdue));

    // The same with «Собрать свод»: clicked straight after typing, it reads for the typed date, not the card's before.
    await page.locator('#report-date').fill('01.10.2021');
    const [report] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), page.getByRole('button', { name: RU.consolidate }).click()]);
    expect(report.suggestedFilename()).toBe('свод-2021-10-01.xlsx');
    const cliLine = cli('consolidate', EXAMPLE, '--today', '2021-10-01', '-o', path.join(work, 'cli-typed-date.xlsx')).trim();
    expect(await page.locator('#consolidate-status').textContent()).toContain(cliLine.replace(/ Отчёт: .*$/, ''));
    await context.close();
  });

  test('a date that is not ДД.ММ.ГГГГ gets a clear message and changes nothing', async () => {
    const { context, page } = await open();
    const before = await page.getByLabel(RU.reportDate).inputValue();
    await setDate(page, '31.02.2021');
    await page.getByRole('alert').getByText(RU.badDate('31.02.2021')).waitFor();
    expect(await page.getByLabel(RU.reportDate).getAttribute('aria-invalid')).toBe('true');
    await setDate(page, '1.9.2021');
    expect(await page.getByLabel(RU.reportDate).inputValue()).toBe(TODAY_RU);
    expect(await page.locator('#report-date-error').textContent()).toBe('');
    expect(before).not.toBe('');
    await context.close();
  });

  test('one workbook: the numbers, overdue items and findings of `roadmap check --json`, and the summary copy cell by cell as `roadmap summary` writes it', async () => {
    const { context, page } = await open();
    await setDate(page, TODAY_RU);
    await page.setInputFiles('#files', EXAMPLE);
    await allRead(page);
    const json = JSON.parse(cli('check', EXAMPLE, '--today', TODAY, '--json')) as CheckJson;
    const shown = await page.evaluate(() => {
      const counts: Record<string, string> = {};
      for (const figure of document.querySelectorAll<HTMLElement>('.workbook [data-count]')) counts[figure.dataset.count ?? ''] = figure.querySelector('dd')?.textContent ?? '';
      const rows = (selector: string): number[] => [...document.querySelectorAll<HTMLElement>(selector)].map((item) => Number(item.dataset.row));
      return {
        counts,
        overdueRows: rows('.items.overdue li'),
        dueSoonRows: rows('.items.due-soon li'),
        findings: [...document.querySelectorAll<HTMLElement>('.findings li')].map((item) => ({ row: item.dataset.row, text: item.textContent ?? '' })),
        sheet: document.querySelector('.workbook .sheet')?.textContent,
      };
    });
    const { summary } = json;
    expect(shown.counts).toEqual({
      items: String(summary.items),
      done: String(summary.done),
      overdue: String(summary.overdue),
      dueSoon: String(summary.dueSoon),
      undated: String(summary.undated),
      errors: String(summary.errors),
      warnings: String(summary.warnings),
      // The percent as `roadmap check` prints it for a person («0,0 %»).
      completion: /выполнение: (.+)$/m.exec(cli('check', EXAMPLE, '--today', TODAY))?.[1],
    });
    expect(summary.overdue).toBe(5);
    expect(shown.overdueRows).toEqual(json.items.filter((item) => item.status === 'overdue').map((item) => item.row));
    expect(shown.dueSoonRows).toEqual(json.items.filter((item) => item.status === 'due-soon').map((item) => item.row));
    expect(shown.findings.map((finding) => finding.row)).toEqual(json.findings.map((finding) => (finding.row === null ? '' : String(finding.row))));
    shown.findings.forEach((finding, index) => expect(finding.text.endsWith(json.findings[index].message)).toBe(true));
    expect(shown.sheet).toBe(RU.sheetLine(json.sheet, json.headerRow));
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, 'ru-one.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: RU.summary }).click()]);
    expect(download.suggestedFilename()).toBe('pilot-roadmap-сводка.xlsx');
    const fromPage = await saved(download, 'page-summary.xlsx');
    const fromCli = path.join(work, 'cli-summary.xlsx');
    cli('summary', EXAMPLE, '--today', TODAY, '-o', fromCli);
    expect(workbookSnapshot(await loadXlsx(fromPage))).toEqual(workbookSnapshot(await loadXlsx(fromCli)));
    expect((await loadXlsx(fromPage)).worksheets.map((sheet) => sheet.name)).toEqual(['Программа', 'Мониторинг']);
    await context.close();
  });

  test('snapshot copy, the working group documents and the requests are the CLI’s', async () => {
    const { context, page } = await open();
    await setDate(page, TODAY_RU);
    await page.setInputFiles('#files', EXAMPLE);
    await allRead(page);

    const [snapshot] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: RU.snapshot }).click()]);
    expect(snapshot.suggestedFilename()).toBe(`pilot-roadmap-срез-${TODAY}.xlsx`);
    const cliSnapshot = path.join(work, 'cli-snapshot.xlsx');
    cli('snapshot', EXAMPLE, '--today', TODAY, '-o', cliSnapshot);
    expect(workbookSnapshot(await loadXlsx(await saved(snapshot, 'page-snapshot.xlsx')))).toEqual(workbookSnapshot(await loadXlsx(cliSnapshot)));

    const documents: [string, string, string[]][] = [
      [RU.brief, 'pilot-roadmap-справка.docx', ['brief', '--docx']],
      [RU.disagreements, 'pilot-roadmap-разногласия.docx', ['disagreements', '--docx']],
      [RU.protocol, 'pilot-roadmap-протокол.docx', ['protocol', '--docx']],
    ];
    for (const [button, name, [command, option]] of documents) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      expect(download.suggestedFilename()).toBe(name);
      const cliFile = path.join(work, `cli-${command}.docx`);
      cli(command, EXAMPLE, '--today', TODAY, option, cliFile);
      const body = async (file: string): Promise<string | undefined> => (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')?.async('string');
      const pageBody = await body(await saved(download, `page-${command}.docx`));
      expect(pageBody).toContain('<w:body>');
      expect(pageBody).toBe(await body(cliFile));
    }

    await page.getByRole('button', { name: RU.requests }).click();
    const expected = (JSON.parse(cli('requests', EXAMPLE, '--today', TODAY, '--json')) as { requests: { name: string; text: string }[] }).requests;
    expect(expected.length).toBeGreaterThan(0);
    await page.locator('.letter textarea').first().waitFor();
    const letters = await page.locator('.letter').evaluateAll((blocks) =>
      blocks.map((block) => ({ name: block.querySelector('h5')?.textContent, text: block.querySelector('textarea')?.value })),
    );
    expect(letters).toEqual(expected.map((request) => ({ name: request.name, text: request.text })));
    await page.locator('.letter').first().getByRole('button', { name: RU.copy }).click();
    await page.locator('.letter').first().getByText(RU.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected[0].text);
    await context.close();
  });

  test('a folder with broken files: each gets one line, and «Свод» is `roadmap consolidate -o` cell by cell', async () => {
    const folder = path.join(work, 'Входящие');
    await inbox(folder);
    fs.writeFileSync(path.join(work, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const { context, page } = await open();
    await setDate(page, TODAY_RU);
    await page.setInputFiles('#folder', folder);
    await allRead(page);
    // An .xls chosen by itself: the browser cannot convert it, the line says what to do.
    await page.setInputFiles('#files', path.join(work, 'old.xls'));
    await allRead(page);
    const lines = await page.locator('.workbook').evaluateAll((items) => items.map((item) => (item.querySelector('h3, .unread-line strong')?.textContent ?? '')));
    expect(lines).toEqual(['Колледжи/Колледж.xlsx', 'письмо.xlsx', 'пустой.xlsx', 'с паролем.xlsx', 'сведения.csv', 'сломан.xlsx', '№ 2 Школа.xlsx', '№ 10 Центр занятости.xlsx', 'old.xls']);
    const unread = await page.locator('.workbook.unread').allTextContents();
    expect(unread).toHaveLength(6);
    expect(unread.find((line) => line.startsWith('old.xls'))).toContain('сохраните как .xlsx');
    expect(unread.find((line) => line.startsWith('с паролем.xlsx'))).toContain('защищён паролем');
    expect(await page.locator('.workbook.read').count()).toBe(3);
    expect(await seriousViolations(page)).toEqual([]);
    // Without the .xls, which the CLI would convert through LibreOffice when it is installed.
    await page.getByRole('button', { name: RU.clear }).click();
    await page.setInputFiles('#folder', folder);
    await allRead(page);

    // The list's reads serve «Свод» as they are: no workbook is read a second time, no worker started.
    let workersStarted = 0;
    page.on('worker', () => workersStarted++);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: RU.consolidate }).click()]);
    expect(download.suggestedFilename()).toBe(`свод-${TODAY}.xlsx`);
    expect(workersStarted).toBe(0);
    await page.getByRole('status').filter({ hasText: /Свод готов/ }).waitFor();
    expect(await page.locator('#progress').evaluate((bar) => [(bar as HTMLProgressElement).value, (bar as HTMLProgressElement).max])).toEqual([7, 7]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, 'ru-consolidated.png'), fullPage: true });
    const fromPage = await loadXlsx(await saved(download, 'page-svod.xlsx'));
    const cliFile = path.join(work, 'cli-svod.xlsx');
    const cliLine = cli('consolidate', folder, '--today', TODAY, '-o', cliFile).trim();
    // The page's status line is the CLI's closing line (lock file and .csv counted), less the report's path.
    const pageLine = await page.locator('#consolidate-status').textContent();
    expect(cliLine).toContain('файлов блокировки «~$» не учтено: 1');
    expect(pageLine).toContain(`Свод готов. ${cliLine.replace(/ Отчёт: .*$/, '')}`);
    const fromCli = await loadXlsx(cliFile);
    expect(fromPage.worksheets.map((sheet) => sheet.name)).toEqual(['Свод', 'Диаграмма', 'Просрочено', 'Замечания', 'Не прочитано']);
    // One difference, in the words of the zip readers: a file that is no zip is «повреждена» in both, but the detail
    // in brackets is yauzl's sentence in the CLI and fflate backend's (src/xlsx/zip/browserZip.ts) in the page.
    const damaged = /^(книга повреждена и не читается) \(.*\)$/;
    const pageCells = JSON.stringify(workbookSnapshot(fromPage));
    expect(pageCells).toMatch(/книга повреждена и не читается \(end of central directory record signature not found\)/);
    const withoutDetail = (snapshot: unknown): unknown => JSON.parse(JSON.stringify(snapshot), (_key, value: unknown) => (typeof value === 'string' && damaged.test(value) ? value.replace(damaged, '$1 (…)') : value));
    expect(withoutDetail(workbookSnapshot(fromPage))).toEqual(withoutDetail(workbookSnapshot(fromCli)));
    expect(fromPage.getWorksheet('Не прочитано')?.actualRowCount).toBeGreaterThan(5);

    // Another report date: the list is read again for it, and «Свод» is the CLI's for that date (not the reads before).
    // The report of the date before, its line and its link, are taken away at once.
    await setDate(page, '15.12.2021');
    expect(await page.locator('#consolidate-status').textContent()).toBe('');
    expect(await page.locator('#progress-block').isHidden()).toBe(true);
    await allRead(page);
    const [later] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: RU.consolidate }).click()]);
    expect(later.suggestedFilename()).toBe('свод-2021-12-15.xlsx');
    const laterCli = path.join(work, 'cli-svod-later.xlsx');
    cli('consolidate', folder, '--today', '2021-12-15', '-o', laterCli);
    const laterPage = workbookSnapshot(await loadXlsx(await saved(later, 'page-svod-later.xlsx')));
    expect(withoutDetail(laterPage)).toEqual(withoutDetail(workbookSnapshot(await loadXlsx(laterCli))));
    expect(JSON.stringify(laterPage)).not.toEqual(pageCells);
    // That «Свод» chosen next quarter among the roadmaps: the list says it is passed over, as «Свод» will (not a card
    // with its «Просрочено» sheet read as a roadmap).
    await page.setInputFiles('#files', path.join(work, 'page-svod.xlsx'));
    await allRead(page);
    const previous = page.locator('.workbook').filter({ hasText: 'page-svod.xlsx' });
    expect(await previous.getAttribute('class')).toContain('unread');
    expect(await previous.textContent()).toContain('прошлый свод');
    await context.close();
  });

  test('by keyboard alone: the file chooser, a download, «Собрать свод» and «Отменить», which stops the workers', async () => {
    const many = path.join(work, 'many');
    fs.mkdirSync(many, { recursive: true });
    const files = Array.from({ length: 240 }, (_, index) => path.join(many, `Учреждение ${index + 1}.xlsx`));
    for (const file of files) fs.copyFileSync(EXAMPLE, file);
    const { context, page } = await open();
    // Listening before the first Tab: Playwright turns on Chromium's file-chooser interception by a message it does not
    // wait for, so a Space pressed in the same tick can reach the page first and open a native dialog nobody sees.
    const chooserShown = page.waitForEvent('filechooser', { timeout: 120_000 });
    await tabTo(page, '#files');
    // Space, the key that opens a file input in every browser (Chromium ignores Enter on one).
    await page.keyboard.press('Space');
    const chooser = await chooserShown;
    await chooser.setFiles(EXAMPLE);
    await allRead(page);
    await tabTo(page, '[data-action="summary"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('pilot-roadmap-сводка.xlsx');

    // «Собрать свод» pressed while the list is still being read (240 workbooks take seconds, a few Tabs do not):
    // «Свод» takes the list's reading over, with the workers of its own.
    await page.setInputFiles('#files', files);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.locator('#report-date').focus();
    await tabTo(page, '#consolidate');
    await page.keyboard.press('Enter');
    // The bar starts at the workbooks the list had read; one more is a workbook «Свод» read in its own worker.
    const taken = await page.locator('#progress').evaluate((bar) => (bar as HTMLProgressElement).value);
    expect(taken).toBeLessThan(files.length);
    await page.waitForFunction((start) => (document.getElementById('progress') as HTMLProgressElement).value > start, taken);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cancel');
    // The «Свод» section while it reads (the 241 cards are checked in the other tests; axe over them all takes seconds,
    // in which «Свод» could finish before «Отменить»).
    expect(await seriousViolations(page, '.consolidate')).toEqual([]);
    expect(page.workers().length).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: RU.cancelled }).waitFor();
    // The bar goes with «Свод»: the list's own reading, which goes on, is not «Свод»'s progress.
    expect(await page.locator('#progress-block').isHidden()).toBe(true);
    const stopped = await page.locator('#progress').evaluate((bar) => (bar as HTMLProgressElement).value);
    expect(stopped).toBeLessThan(files.length + 1);
    await page.waitForTimeout(1500);
    expect(await page.locator('#progress').evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(stopped);
    expect(downloads).toBe(0);
    // The lines «Свод» had not read go back to the list's reading, which ends with every line read and no worker left.
    await allRead(page, 200_000);
    expect(await page.locator('.workbook.read').count()).toBe(files.length + 1);
    // Playwright drops a worker from page.workers() when Chromium reports its target gone, a moment after terminate().
    for (let waited = 0; page.workers().length > 0 && waited < 20_000; waited += 250) await page.waitForTimeout(250);
    expect(page.workers()).toEqual([]);
    await context.close();
  }, 300_000); // 240 workbooks read for the list first, on a busy machine

  test('the report date changed while «Свод» reads: that «Свод» stops, and the next one is for the new date', async () => {
    const folder = path.join(work, 'date-change');
    fs.mkdirSync(folder, { recursive: true });
    for (let index = 1; index <= 150; index++) fs.copyFileSync(EXAMPLE, path.join(folder, `Учреждение ${index}.xlsx`));
    const { context, page } = await open();
    await setDate(page, TODAY_RU);
    let downloads = 0;
    page.on('download', () => downloads++);
    // «Свод» pressed while the list is read (150 workbooks take seconds), then the date changed under it.
    await page.setInputFiles('#folder', folder);
    await page.getByRole('button', { name: RU.consolidate }).click();
    expect(await page.locator('#cancel').isVisible()).toBe(true);
    await setDate(page, '01.10.2021');
    await page.getByRole('status').filter({ hasText: RU.cancelledForDate }).waitFor();
    await allRead(page, 120_000);
    expect(downloads).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: RU.consolidate }).click()]);
    expect(download.suggestedFilename()).toBe('свод-2021-10-01.xlsx');
    await page.getByRole('status').filter({ hasText: /Свод готов/ }).waitFor();
    const cliLine = cli('consolidate', folder, '--today', '2021-10-01', '-o', path.join(work, 'cli-date-change.xlsx')).trim();
    expect(await page.locator('#consolidate-status').textContent()).toContain(cliLine.replace(/ Отчёт: .*$/, ''));
    await context.close();
  }, 180_000);

  test('offline once loaded: the writers are fetched in the background, and a summary is written with the network gone', async () => {
    const { context, page } = await open();
    await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true');
    await context.setOffline(true);
    await setDate(page, TODAY_RU);
    await page.setInputFiles('#files', EXAMPLE);
    await allRead(page);
    expect(await page.locator('.workbook.read').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: RU.summary }).click()]);
    expect(download.suggestedFilename()).toBe('pilot-roadmap-сводка.xlsx');
    await context.close();
  });

  test('an English-preferring browser gets the page in English, findings too', async () => {
    const { context, page } = await open('en-US');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('heading', { level: 1, name: EN.title }).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/[А-Яа-яЁё]/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENS, 'en-empty.png'), fullPage: true });
    await setDate(page, TODAY_RU);
    await page.setInputFiles('#files', EXAMPLE);
    await allRead(page);
    const json = JSON.parse(cli('check', EXAMPLE, '--today', TODAY, '--json', '--lang', 'en')) as CheckJson;
    expect(await page.locator('.findings li').allTextContents()).toEqual(
      // «Row 7 (1.1): …»: the row is in the message, not said twice.
      json.findings.map((finding) => `${EN.severity[finding.severity as 'warning']} ${finding.message}`),
    );
    await page.getByText(EN.summary).waitFor();
    await page.screenshot({ path: path.join(SCREENS, 'en-one.png'), fullPage: true });
    await page.setInputFiles('#folder', path.join(work, 'Входящие'));
    await allRead(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: EN.consolidate }).click()]);
    expect(download.suggestedFilename()).toBe(`consolidated-${TODAY}.xlsx`);
    await page.getByRole('status').filter({ hasText: /Report ready/ }).waitFor();
    await page.screenshot({ path: path.join(SCREENS, 'en-consolidated.png'), fullPage: true });
    const report = await loadBytes(fs.readFileSync(await download.path()));
    expect(report.worksheets[0].name).toBe('Summary');
    await context.close();
  }, 180_000);

  test('every request of every page and worker went to the page’s own origin', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.some((url) => /roadmap-reader\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  });
});
