import fs from 'fs';
import http from 'http';
import path from 'path';
import ts from 'typescript';
import { chromium, type Browser, type Page } from 'playwright-core';
import { messageUrl } from '../../src/commands/messageQuery';
import { problemMessage } from '../../src/commands/messages';
import { HostProblem } from '../../src/host/problems';
import { UI_TEXT } from '../../src/i18n/ui';
import { analyzeSheet, liveRules } from '../../src/roadmap';
import { pilotRoadmapRows, sheetFromRows } from '../../src/roadmap/template/pilotGrid';
import { OFFICE_HOST_TEXT } from '../../src/i18n/officeHost';
import { locateTable } from '../../src/roadmap/layout';
import { ieLikeSandbox, MISSING_GLOBALS } from './legacySandbox';
import { builtScripts, parseAtLevel, shippedScripts } from './shippedScripts';
import { CHROMIUM, CHROMIUM_ARGS, OFFICE_HOST_FILE, productionBuild, scriptSizes, serveDirectory } from './productionBuild';

/**
 * End to end in real Chromium: the production build of the task pane, served from localhost, with office.js
 * replaced by a scripted host holding seed 003's roadmap in an in-memory workbook.
 */

const root = path.resolve(__dirname, '../..');
const TASKPANE_BUDGET_BYTES = 200 * 1024; // the build's budget (webpack.config.js), issue 13's goal

interface HostCell {
  value: string | number | boolean;
  formula?: string;
  format?: string;
}
interface HostWorkbook {
  state: { syncs: number; selected: { sheet: string; address: string } | null };
  dialogMessages: string[];
  sheetNames(): string[];
  cell(sheet: string, address: string): HostCell | null;
  cells(sheet: string): HostCell[];
  formats(sheet: string): { range: string; type: string; custom: { rule: { formula: string }; format: { fill: { color?: string }; font: { color?: string } } } }[];
  charts(sheet: string): { type: string; source: string; title: { text?: string } }[];
  pageLayout(sheet: string): Record<string, unknown> | null;
  printing(sheet: string): { titleRows: string | null; breaksBefore: string[] } | null;
  names(): Record<string, string>;
}
declare const __workbook: HostWorkbook;

function officeHostScript(): string {
  const source = fs.readFileSync(path.join(__dirname, 'officeHost.ts'), 'utf8');
  // The host is also a module for the unit tests: its `export` needs an `exports` object in a plain script.
  const script = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS } }).outputText;
  return `(function () { var exports = {}; ${script}\n})();`;
}

describe('the add-in in Chromium with a scripted Excel', () => {
  let outputDir: string;
  let sizes: Record<string, { raw: number; gzip: number }>;
  let server: http.Server;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  /** Clicks a button and waits until its action has finished, having synced exactly `syncs` times. */
  async function runAndWait(button: string, syncs: number): Promise<void> {
    const before = await page.evaluate(() => __workbook.state.syncs);
    await page.getByRole('button', { name: button }).click();
    await page.waitForFunction((count) => __workbook.state.syncs >= count, before + syncs);
    await page.locator('[aria-busy="false"]').first().waitFor();
    expect(await page.evaluate(() => __workbook.state.syncs)).toBe(before + syncs);
  }

  interface OpenOptions {
    /** The simple pane as Internet Explorer 11 chooses it: the module script dropped, the nomodule one run. */
    legacy?: boolean;
    /** office.js unreachable (a blocked CDN): its request fails. */
    blockOfficeJs?: boolean;
    /** The page opened in a browser: Office reports no host. */
    outsideOffice?: boolean;
  }

  /** A page of the build in a fresh tab over the scripted host; script errors and CSP violations go to `problems`. */
  async function openPage(file: string, viewport: { width: number; height: number }, options: OpenOptions = {}): Promise<Page> {
    const opened = await browser.newPage({ viewport, locale: 'ru-RU' });
    opened.on('pageerror', (error) => problems.push(`${file}: page error: ${error.message}`));
    opened.on('console', (message) => {
      // A blocked office.js is what that test is about; any other error is a problem.
      const expected = options.blockOfficeJs && /Failed to load resource/.test(message.text());
      if (message.type() === 'error' && !expected) problems.push(`${file}: console: ${message.text()}`);
    });
    if (options.blockOfficeJs) await opened.route(`**/${OFFICE_HOST_FILE}`, (route) => route.abort('blockedbyclient'));
    if (options.legacy) {
      await opened.route(`**/${file.split('?')[0]}`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<script type="?module\b[^>]*><\/script>/g, '').replace(/\snomodule(="")?/g, '');
        await route.fulfill({ response, body: html });
      });
    }
    const seed = {
      sheets: [{ name: 'Программа', rows: pilotRoadmapRows() }],
      displayLanguage: 'ru-RU',
      // The report date the working group set, kept in the workbook: 1 September 2021.
      settings: { roadmapMonitor: { reportDate: '2021-09-01', dueSoonDays: 14, periodEnd: null } },
      ...(options.outsideOffice ? { host: null } : {}),
    };
    await opened.addInitScript((value) => {
      (window as unknown as { __E2E_SEED__: unknown }).__E2E_SEED__ = value;
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP blocked ${event.violatedDirective}: ${event.blockedURI}`));
    }, seed);
    await opened.goto(`${origin}/${file}`);
    return opened;
  }

  /** axe-core's serious and critical findings on a page. */
  async function seriousViolations(target: Page) {
    await target.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await target.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }> } }).axe;
      // Fluent's TabList keeps focus sentinels (tabster's <i data-tabster-dummy aria-hidden tabindex=0>) that only pass
      // focus on; axe reports them as aria-hidden-focus, a false positive Fluent closed as by design (fluentui#27517).
      const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
      return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => (node as { html: string; failureSummary: string }).html + ' ' + (node as { failureSummary: string }).failureSummary) }));
    });
    return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  }

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: the end-to-end test needs it. Run ./install.sh (apt-get install chromium) or set CHROMIUM_PATH.`);
    }
    // The build is shared with the browser page's test (test/e2e/productionBuild.ts): never deleted here.
    outputDir = await productionBuild();
    sizes = scriptSizes(outputDir);
    ({ server, origin } = await serveDirectory(outputDir, { [OFFICE_HOST_FILE]: officeHostScript() }));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await openPage('taskpane.html', { width: 360, height: 900 });
  }, 900_000); // two Babel builds of the same sources (ES2017 module, ES5): minutes on a busy machine

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  test('the build keeps the task pane within its budget', () => {
    console.log(`gzipped: ${Object.entries(sizes).map(([name, size]) => `${name} ${(size.gzip / 1024).toFixed(1)} KB`).join(', ')}`);
    expect(sizes.taskpane.gzip).toBeLessThanOrEqual(TASKPANE_BUDGET_BYTES);
    for (const page of ['taskpane.html', 'commands.html', 'message.html', 'help.html']) {
      expect(fs.readFileSync(path.join(outputDir, page), 'utf8')).toMatch(/http-equiv="?Content-Security-Policy"? content="default-src 'self'/);
    }
  });

  test('on opening, the pane finds the seed roadmap and lists its findings', async () => {
    await page.getByText('Лист «Программа»: 15 мероприятий.').waitFor();
    await page.getByRole('list', { name: 'Предупреждения (6)' }).waitFor();
    expect(await page.evaluate(() => __workbook.formats('Программа').length)).toBe(0);
  });

  test('Проверить: planned dates and exactly the engine’s live rules in the workbook', async () => {
    await page.getByRole('button', { name: 'Проверить и подсветить' }).click();
    await page.getByText(/Подсветка в таблице обновлена/).waitFor();
    const roadmap = analyzeSheet(sheetFromRows('Программа', pilotRoadmapRows()), { today: '2021-09-01' });
    expect(roadmap?.counts.overdue).toBe(5);
    if (!roadmap) throw new Error('no roadmap');
    const expected = liveRules(roadmap, { plannedDateColumn: 7, dueSoonDays: 14 });
    const written = await page.evaluate(() => __workbook.formats('Программа'));
    expect(written.map((format) => [format.range, format.custom.rule.formula, format.custom.format.fill.color]).sort()).toEqual(
      expected.map((rule) => [rule.range, `=${rule.formula}`, rule.style.fill]).sort(),
    );
    expect(await page.evaluate(() => __workbook.cell('Программа', 'G4'))).toMatchObject({ value: 'Плановая дата' });
    expect(await page.evaluate(() => __workbook.cell('Программа', 'G7'))).toEqual({ value: 44408, format: 'dd.mm.yyyy' });

    // A second run changes nothing more; it takes the same 7 syncs (5 to find and read, 2 to write).
    await runAndWait('Проверить и подсветить', 7);
    expect(await page.evaluate(() => __workbook.formats('Программа').length)).toBe(expected.length);
  });

  test('a click on a finding selects its cell', async () => {
    await page.getByRole('button', { name: /^Строка 7 \(п\. 1\.1\)/ }).click();
    await page.waitForFunction(() => __workbook.state.selected !== null);
    expect(await page.evaluate(() => __workbook.state.selected)).toEqual({ sheet: 'Программа', address: 'C7' });
  });

  test('Сводка: the «Мониторинг» sheet with plain values, text kept as text, a native chart, marked as the add-in’s', async () => {
    await page.getByRole('button', { name: 'Записать лист «Мониторинг»' }).click();
    await page.getByText('Лист «Мониторинг» с итогами мониторинга обновлён.').waitFor();
    expect(await page.evaluate(() => __workbook.sheetNames())).toEqual(['Программа', 'Мониторинг']);
    const cells = await page.evaluate(() => __workbook.cells('Мониторинг'));
    expect(cells.some((cell) => cell.formula !== undefined)).toBe(false);
    expect(cells).toContainEqual({ value: '1.1', format: '@' });
    expect(cells.some((cell) => typeof cell.value === 'string' && cell.value.startsWith('Организация и проведение установочного вебинара'))).toBe(true);
    expect((await page.evaluate(() => __workbook.charts('Мониторинг'))).length).toBeGreaterThan(0);
    // Printed or saved as PDF, the report keeps its columns on one page width.
    expect(await page.evaluate(() => __workbook.pageLayout('Мониторинг'))).toEqual({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    // Tables are kept with their headings: a page break, if any, starts at a heading in column A.
    const printing = await page.evaluate(() => __workbook.printing('Мониторинг'));
    expect(printing?.breaksBefore.every((address) => /^A\d+$/.test(address))).toBe(true);
    expect(await page.evaluate(() => __workbook.names())).toEqual({ RoadmapMonitor_Summary: '=Мониторинг!$A$1' });

    // Again: the add-in's own sheet is replaced, not duplicated (10 syncs: find and read 5, highlight 2, look 2, write 1).
    await runAndWait('Записать лист «Мониторинг»', 10);
    expect(await page.evaluate(() => __workbook.sheetNames())).toEqual(['Программа', 'Мониторинг']);
  });

  test('screenshot, and no serious or critical accessibility violations (axe-core)', async () => {
    fs.mkdirSync(path.join(root, 'test-output'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'test-output', 'taskpane.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // The other two tabs, looked at and checked the same way.
    for (const [tab, file] of [['Рабочая группа', 'taskpane-group.png'], ['Параметры', 'taskpane-settings.png']]) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator('[aria-busy="false"]').first().waitFor();
      // The tab's code is fetched on first opening, then the workbook read: its buttons are enabled once both are done.
      if (tab === 'Рабочая группа') await page.getByRole('button', { name: 'Зафиксировать срез', disabled: false }).waitFor();
      await page.screenshot({ path: path.join(root, 'test-output', file), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Проверка' }).click();
  });

  test('the ribbon commands’ message dialog: Excel’s refusal in plain words, markup kept as text, Close messages the command', async () => {
    const message = problemMessage(new HostProblem('protected', 'AccessDenied: <b>Лист</b> защищён'), 'ru');
    const dialog = await openPage(new URL(messageUrl(`${origin}/commands.html`, message)).href.slice(origin.length + 1), { width: 480, height: 320 });
    await dialog.getByRole('heading', { name: 'Excel не выполнил действие' }).waitFor();
    expect(await dialog.locator('#message-body').textContent()).toBe(UI_TEXT.ru.problem.protected);
    expect(await dialog.locator('#message-detail').textContent()).toBe('Сообщение Excel: AccessDenied: <b>Лист</b> защищён');
    expect(await dialog.locator('main b').count()).toBe(0);
    fs.mkdirSync(path.join(root, 'test-output'), { recursive: true });
    await dialog.screenshot({ path: path.join(root, 'test-output', 'message-dialog.png') });
    expect(await seriousViolations(dialog)).toEqual([]);
    await dialog.getByRole('button', { name: 'Закрыть' }).click();
    expect(await dialog.evaluate(() => __workbook.dialogMessages)).toEqual(['close']);
    await dialog.close();
  });

  test('every script a page loads parses at its level: classic scripts ES5 (IE11), modules ES2017; no other script is shipped but the modules’ own chunks', () => {
    const scripts = shippedScripts(outputDir, (src) => src === OFFICE_HOST_FILE);
    const levels = Object.fromEntries(scripts.map(({ page, src, level }) => [`${page} ${src.replace(/\.[0-9a-f]{8}\.js$/, '.js')}`, level]));
    expect(levels).toEqual({
      'taskpane.html taskpane.js': 2017,
      'taskpane.html taskpane-legacy.js': 5,
      'commands.html commands.js': 5,
      'message.html message.js': 5,
      // The browser page (src/app): a module, for modern browsers only.
      'app.html app.js': 2017,
    });
    for (const { src, level } of scripts) expect(() => parseAtLevel(fs.readFileSync(path.join(outputDir, src), 'utf8'), level)).not.toThrow();
    // Besides the pages' scripts, only the chunks the modules fetch on demand (the module pane's `docx`; the browser
    // page's ExcelJS, docx and its Web Worker with the worker's own chunks): each is named in the chunk map of a
    // module or of a chunk so loaded, and parses at its level, ES2017.
    const named = new Set(scripts.map((script) => script.src));
    const loaders = scripts.filter((script) => script.level === 2017).map((script) => fs.readFileSync(path.join(outputDir, script.src), 'utf8'));
    // The browser page's service worker, registered by the page's module: ES2017 too.
    const serviceWorker = 'app-sw.js';
    expect(loaders.some((loader) => loader.includes(`"${serviceWorker}"`))).toBe(true);
    expect(() => parseAtLevel(fs.readFileSync(path.join(outputDir, serviceWorker), 'utf8'), 2017)).not.toThrow();
    const chunks = builtScripts(outputDir).filter((file) => !named.has(file) && file !== serviceWorker);
    expect(chunks.length).toBeGreaterThan(0);
    const loaded = new Set<string>();
    for (let grew = true; grew; ) {
      grew = false;
      for (const chunk of chunks) {
        if (loaded.has(chunk)) continue;
        const [, id, hash] = /^([\w-]+)\.([0-9a-f]{8})\.js$/.exec(chunk) ?? [];
        if (loaders.some((loader) => loader.includes(`:"${hash}"`) && (loader.includes(`${id}:"${hash}"`) || loader.includes(`"${id}"`)))) {
          loaded.add(chunk);
          loaders.push(fs.readFileSync(path.join(outputDir, chunk), 'utf8'));
          grew = true;
        }
      }
    }
    for (const chunk of chunks) {
      expect({ chunk, loadedByAModule: loaded.has(chunk) }).toEqual({ chunk, loadedByAModule: true });
      expect(() => parseAtLevel(fs.readFileSync(path.join(outputDir, chunk), 'utf8'), 2017)).not.toThrow();
    }
    // The check has teeth: what IE11 cannot parse fails it.
    expect(() => parseAtLevel('var f = (a) => a?.b;', 5)).toThrow();
    expect(() => parseAtLevel('var r = /(?<!\\d)1/;', 5)).toThrow();
    expect(() => parseAtLevel('const { a, ...rest } = {};', 2017)).toThrow();
  });

  test('the simple pane’s ES5 bundle runs in an IE11-like sandbox: core-js fills the gaps, the engine needs no modern RegExp', async () => {
    const html = fs.readFileSync(path.join(outputDir, 'taskpane.html'), 'utf8').replace(/<script[^>]*><\/script>/g, '');
    const sandbox = ieLikeSandbox(html, `${origin}/taskpane.html`);
    for (const name of [...MISSING_GLOBALS, 'Array.from', 'Object.assign', 'String.prototype.includes']) expect(sandbox.typeOf(name)).toBe('undefined');
    expect(() => sandbox.run('new RegExp("(?<!a)b")')).toThrow(/lookbehind/);
    expect(() => sandbox.run('new RegExp("a", "u")')).toThrow(/flags/);

    const legacy = shippedScripts(outputDir, (src) => src === OFFICE_HOST_FILE).find((script) => script.src.startsWith('taskpane-legacy.'));
    if (!legacy) throw new Error('no simple pane in the build');
    sandbox.run(fs.readFileSync(path.join(outputDir, legacy.src), 'utf8'));
    const root = sandbox.window.document.getElementById('root');
    if (!root) throw new Error('no #root');
    // No office.js in the sandbox: the pane says so instead of staying blank (in the browser's language: jsdom's is en-US).
    expect(root.textContent).toContain(OFFICE_HOST_TEXT.en.officeJsMissingTitle);
    for (const name of ['Promise', 'Map', 'Set', 'Symbol', 'Array.from', 'Object.assign', 'String.prototype.includes']) expect(sandbox.typeOf(name)).toBe('function');

    // The pane over a scripted workbook holding seed 003, everything built inside the sandbox's own realm.
    const sheet = JSON.stringify(sheetFromRows('Программа', pilotRoadmapRows()));
    sandbox.run(`(function () {
      var calls = window.__calls = [];
      var sheet = JSON.parse(${JSON.stringify(sheet)});
      var source = null;
      function done(name, args, value) { calls.push({ name: name, args: JSON.parse(JSON.stringify(args)) }); return Promise.resolve(value); }
      var port = {
        findRoadmap: function () { calls.push({ name: 'findRoadmap' }); return Promise.resolve(window.__source); },
        applyHighlighting: function (plan) { return done('applyHighlighting', plan); },
        writeSummarySheet: function (report) { return done('writeSummarySheet', { name: report.name, rows: report.rows ? report.rows.length : null }, { name: 'Мониторинг' }); },
        createRoadmap: function (options) { return done('createRoadmap', options, { name: 'Дорожная карта' }); },
        addMonitoringColumns: function (plan) { return done('addMonitoringColumns', plan, { added: [], dropDown: false }); },
        selectCell: function (name, address) { return done('selectCell', [name, address]); }
      };
      var historyPort = {
        readHistory: function () { return Promise.resolve({ sheet: null, marked: false }); },
        writeHistory: function (layout) { return done('writeHistory', { snapshots: layout.snapshots ? layout.snapshots.length : null }, { name: 'История' }); },
        writeBriefSheet: function () { return Promise.resolve({ name: 'Справка к заседанию' }); }
      };
      var settings = { reportDate: '2021-09-01', dueSoonDays: 14, periodEnd: null };
      var store = { load: function () { return settings; }, save: function (value) { settings = value; return done('saveSettings', value); } };
      window.__setRoadmap = function (present) { window.__source = present ? { sheet: sheet, layout: window.__layout, table: null } : null; };
      window.__start = function (root) {
        return RoadmapMonitorPane.startLegacyPane(root, { port: port, historyPort: historyPort, settingsStore: store, lang: 'ru', today: function () { return '2021-09-01'; } });
      };
    })();`);
    expect(sandbox.typeOf('RoadmapMonitorPane.startLegacyPane')).toBe('function');
    const roadmap = analyzeSheet(sheetFromRows('Программа', pilotRoadmapRows()), { today: '2021-09-01' });
    if (!roadmap) throw new Error('no roadmap');
    const layout = locateTable(sheetFromRows('Программа', pilotRoadmapRows()));
    sandbox.run(`window.__layout = JSON.parse(${JSON.stringify(JSON.stringify(layout))}); window.__setRoadmap(true);`);
    sandbox.run('window.__start(document.getElementById("root"))');
    const text = () => root.textContent ?? '';
    const calls = () => JSON.parse(String(sandbox.run('JSON.stringify(window.__calls)'))) as { name: string; args?: unknown }[];
    const until = async (ready: () => boolean) => {
      for (let tries = 0; tries < 400 && !ready(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(ready()).toBe(true);
    };
    const click = (label: string) => {
      const target = Array.from(root.querySelectorAll('button')).find((candidate) => candidate.textContent === label);
      if (!target) throw new Error(`no button ${label}: ${text()}`);
      target.click();
    };

    // The engine ran in the sandbox: seed 003 on 1 September 2021, 15 items, 5 overdue, 5 warnings.
    await until(() => text().includes('Лист «Программа»: 15 мероприятий.'));
    expect(text()).toContain(UI_TEXT.ru.counts(roadmap.counts));
    expect(root.querySelectorAll('.rm-findings li').length).toBe(roadmap.findings.length);
    expect(text()).toContain('Рабочая группа');

    click('Проверить');
    await until(() => calls().some((call) => call.name === 'applyHighlighting'));
    const plan = calls().find((call) => call.name === 'applyHighlighting')?.args as { rules: unknown[] };
    expect(plan.rules).toHaveLength(liveRules(roadmap, { plannedDateColumn: 7, dueSoonDays: 14 }).length);
    await until(() => text().includes(UI_TEXT.ru.highlighted));

    const first = root.querySelector('.rm-findings button') as HTMLButtonElement;
    first.click();
    await until(() => calls().some((call) => call.name === 'selectCell'));
    expect(calls().find((call) => call.name === 'selectCell')?.args).toEqual(['Программа', 'C7']);

    click('Сводка');
    await until(() => text().includes(UI_TEXT.ru.summaryWritten('Мониторинг')));
    click('Зафиксировать срез');
    await until(() => calls().some((call) => call.name === 'writeHistory'));
    await until(() => text().includes('записан на лист «История»'));

    (root.querySelector('#rm-report-date') as HTMLInputElement).value = '15.10.2021';
    click(OFFICE_HOST_TEXT.ru.applyReportDate);
    await until(() => calls().some((call) => call.name === 'saveSettings'));
    expect(calls().find((call) => call.name === 'saveSettings')?.args).toEqual({ reportDate: '2021-10-15', dueSoonDays: 14, periodEnd: null });

    // No roadmap: Новая дорожная карта (a second pane in its own element: the first one still redraws after its date change).
    sandbox.run('window.__setRoadmap(false); var second = document.createElement("div"); second.id = "second"; document.body.appendChild(second); window.__start(second)');
    const second = sandbox.window.document.getElementById('second') as HTMLElement;
    await until(() => (second.textContent ?? '').includes(UI_TEXT.ru.noRoadmapTitle));
    const create = Array.from(second.querySelectorAll('button')).find((candidate) => candidate.textContent === UI_TEXT.ru.createFromTemplate);
    if (!create) throw new Error(`no ${UI_TEXT.ru.createFromTemplate}: ${second.textContent}`);
    create.click();
    await until(() => calls().some((call) => call.name === 'createRoadmap'));
    expect(calls().find((call) => call.name === 'createRoadmap')?.args).toEqual({ template: true, lang: 'ru' });
  });

  test('the simple pane in Chromium (as IE11 picks it: nomodule) over the scripted Excel: findings, Проверить, a click selects the cell', async () => {
    const legacy = await openPage('taskpane.html', { width: 360, height: 900 }, { legacy: true });
    await legacy.getByText('Лист «Программа»: 15 мероприятий.').waitFor();
    expect(await legacy.locator('.rm-pane').count()).toBe(1);
    expect(await legacy.locator('#root .fui-FluentProvider').count()).toBe(0);
    await legacy.getByText('Рабочая группа').first().waitFor();
    await legacy.getByRole('button', { name: 'Проверить' }).click();
    await legacy.getByText(/Подсветка в таблице обновлена/).waitFor();
    expect(await legacy.evaluate(() => __workbook.formats('Программа').length)).toBeGreaterThan(0);
    await legacy.getByRole('button', { name: /^Строка 7 \(п\. 1\.1\)/ }).click();
    await legacy.waitForFunction(() => __workbook.state.selected !== null);
    expect(await legacy.evaluate(() => __workbook.state.selected)).toEqual({ sheet: 'Программа', address: 'C7' });
    fs.mkdirSync(path.join(root, 'test-output'), { recursive: true });
    await legacy.screenshot({ path: path.join(root, 'test-output', 'taskpane-legacy.png'), fullPage: true });
    expect(await seriousViolations(legacy)).toEqual([]);
    await legacy.close();
  });

  test.each([
    ['the React pane', false],
    ['the simple pane', true],
  ])('%s with office.js blocked, or opened outside Excel, says so instead of a blank page', async (_name, legacy) => {
    const blocked = await openPage('taskpane.html', { width: 360, height: 600 }, { legacy, blockOfficeJs: true });
    await blocked.getByRole('alert').getByText(OFFICE_HOST_TEXT.ru.officeJsMissingTitle).waitFor();
    expect(await blocked.getByRole('alert').textContent()).toContain('appsforoffice.microsoft.com');
    await blocked.screenshot({ path: path.join(root, 'test-output', `office-js-blocked${legacy ? '-legacy' : ''}.png`) });
    await blocked.close();
    const outside = await openPage('taskpane.html', { width: 360, height: 600 }, { legacy, outsideOffice: true });
    await outside.getByRole('alert').getByText(OFFICE_HOST_TEXT.ru.outsideOfficeTitle).waitFor();
    await outside.close();
  });

  test('no script errors and no Content-Security-Policy violations', () => {
    expect(problems).toEqual([]);
  });
});
