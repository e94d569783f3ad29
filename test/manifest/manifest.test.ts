/** @jest-environment jsdom */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { COMMAND_IDS } from '../../src/commands/commands';
import { messageUrl } from '../../src/commands/messageQuery';

const root = path.resolve(__dirname, '../..');
const manifestPath = path.join(root, 'manifest.xml');
const DEV_ORIGIN = 'https://localhost:3000/';

/**
 * office-addin-manifest's reader, run in plain Node: it pulls in an ES-module-only dependency that Node loads
 * but jest's CommonJS runtime cannot.
 */
function readManifestFile(file: string): Record<string, unknown> {
  const script = `require(${JSON.stringify(path.join(root, 'node_modules/office-addin-manifest/lib/main.js'))})
    .OfficeAddinManifest.readManifestFile(${JSON.stringify(file)})
    .then((info) => process.stdout.write(JSON.stringify(info)), (error) => { console.error(error); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

const xml = new DOMParser().parseFromString(fs.readFileSync(manifestPath, 'utf8'), 'application/xml');
const all = (name: string) => Array.from(xml.getElementsByTagName(name));

/** The pages the webpack build emits, read from its HtmlWebpackPlugin settings. */
function emittedPages(): string[] {
  const config = fs.readFileSync(path.join(root, 'webpack.config.js'), 'utf8');
  return Array.from(config.matchAll(/page\('(\w+)'/g), (match) => `${match[1]}.html`);
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('reads with office-addin-manifest as a Workbook task pane add-in with document write access', () => {
    const info = readManifestFile(manifestPath);
    expect(info).toMatchObject({
      officeAppType: 'TaskPaneApp',
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      defaultLocale: 'ru-RU',
      defaultSettings: { sourceLocation: `${DEV_ORIGIN}taskpane.html` },
    });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('is well-formed XML and asks only for ExcelApi 1.1, so Excel 2016 installs it', () => {
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    const sets = all('Set').map((set) => [set.getAttribute('Name'), set.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.1']]);
  });

  /**
   * Lengths the manifest schema allows (Office Add-ins manifest reference: Resources, DisplayName, Description,
   * ProviderName, Group and Control elements). Centralized deployment refuses a manifest that exceeds one.
   */
  test('every id and string is within its schema length', () => {
    const tooLong: string[] = [];
    const check = (what: string, text: string | null, limit: number) => {
      if (text !== null && text.length > limit) tooLong.push(`${what} (${text.length} > ${limit}): ${text}`);
    };
    const values = (element: Element) => [
      element.getAttribute('DefaultValue'),
      ...Array.from(element.getElementsByTagName('bt:Override'), (override) => override.getAttribute('Value')),
      ...Array.from(element.getElementsByTagName('Override'), (override) => override.getAttribute('Value')),
    ];
    for (const resource of all('bt:Image').concat(all('bt:Url'), all('bt:String')).filter((element) => element.hasAttribute('id'))) {
      check('resource id', resource.getAttribute('id'), 32);
    }
    for (const url of all('bt:Url')) for (const value of values(url)) check('url', value, 2048);
    const strings = (list: string) => Array.from(xml.getElementsByTagName(list)[0]?.getElementsByTagName('bt:String') ?? []);
    for (const text of strings('bt:ShortStrings')) for (const value of values(text)) check('short string', value, 125);
    for (const text of strings('bt:LongStrings')) for (const value of values(text)) check('long string', value, 250);
    for (const value of values(all('DisplayName')[0])) check('DisplayName', value, 125);
    for (const value of values(all('Description')[0])) check('Description', value, 250);
    check('ProviderName', all('ProviderName')[0].textContent, 125);
    for (const element of all('Group').concat(all('Control'))) check(`${element.tagName} id`, element.getAttribute('id'), 125);
    expect(tooLong).toEqual([]);
    expect(strings('bt:ShortStrings').length + strings('bt:LongStrings').length).toBeGreaterThan(8);
  });

  test('every resid resolves to a resource, and every resource is used', () => {
    const resources = all('bt:Image').concat(all('bt:Url'), all('bt:String')).filter((element) => element.hasAttribute('id'));
    const ids = resources.map((element) => element.getAttribute('id'));
    const used = new Set(Array.from(xml.querySelectorAll('[resid]'), (element) => element.getAttribute('resid')));
    for (const resid of used) expect(ids).toContain(resid);
    for (const id of ids) expect(used).toContain(id);
  });

  test('ids are unique', () => {
    const ids = Array.from(xml.querySelectorAll('[id]'), (element) => element.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every URL is https and points to a page or icon the build emits', () => {
    const urls = Array.from(xml.querySelectorAll('[DefaultValue]'), (element) => element.getAttribute('DefaultValue') ?? '').filter((value) =>
      /^\w+:\/\//.test(value),
    );
    expect(urls.length).toBeGreaterThan(5);
    const pages = emittedPages();
    for (const url of urls) {
      expect(url.startsWith(DEV_ORIGIN)).toBe(true);
      const file = url.slice(DEV_ORIGIN.length);
      if (file.startsWith('assets/')) expect(fs.existsSync(path.join(root, file))).toBe(true);
      else expect(pages).toContain(file);
    }
  });

  test('icons exist at 16, 32, 64 and 80 px', () => {
    for (const size of [16, 32, 64, 80]) expect(pngSize(path.join(root, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
    for (const image of all('bt:Image').filter((element) => element.hasAttribute('size'))) {
      const resource = all('bt:Image').find((element) => element.getAttribute('id') === image.getAttribute('resid'));
      expect(resource?.getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}assets/icon-${image.getAttribute('size')}.png`);
    }
    expect(xml.getElementsByTagName('IconUrl')[0].getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}assets/icon-32.png`);
    expect(xml.getElementsByTagName('HighResolutionIconUrl')[0].getAttribute('DefaultValue')).toBe(`${DEV_ORIGIN}assets/icon-64.png`);
  });

  test('the ribbon: Открыть панель, Проверить, Сводка, Зафиксировать срез on the Home tab; the functions exist in commands.ts', () => {
    expect(xml.getElementsByTagName('OfficeTab')[0].getAttribute('id')).toBe('TabHome');
    const label = (control: Element) => {
      const resid = control.getElementsByTagName('Label')[0].getAttribute('resid');
      return all('bt:String').find((element) => element.getAttribute('id') === resid);
    };
    const controls = all('Control');
    expect(controls.map((control) => label(control)?.getAttribute('DefaultValue'))).toEqual(['Открыть панель', 'Проверить', 'Сводка', 'Зафиксировать срез']);
    expect(controls.map((control) => label(control)?.getElementsByTagName('bt:Override')[0].getAttribute('Value'))).toEqual([
      'Open pane', 'Validate', 'Summary', 'Take snapshot',
    ]);
    expect(all('FunctionName').map((element) => element.textContent)).toEqual([COMMAND_IDS.validate, COMMAND_IDS.summary, COMMAND_IDS.snapshot]);
    expect(new Set(Object.values(COMMAND_IDS)).size).toBe(Object.keys(COMMAND_IDS).length);
  });

  test('every button has a tooltip and the 16, 32 and 80 px icons', () => {
    for (const control of all('Control')) {
      const tooltip = control.getElementsByTagName('Description')[0]?.getAttribute('resid');
      expect(all('bt:String').some((element) => element.getAttribute('id') === tooltip)).toBe(true);
      const sizes = Array.from(control.getElementsByTagName('bt:Image'), (image) => image.getAttribute('size'));
      expect(sizes).toEqual(['16', '32', '80']);
    }
  });

  test('the dialog the ribbon commands show their messages in is a page webpack emits, beside the function file', () => {
    const functionFile = all('FunctionFile')[0].getAttribute('resid');
    const commandsUrl = all('bt:Url').find((element) => element.getAttribute('id') === functionFile)?.getAttribute('DefaultValue') ?? '';
    const dialog = new URL(messageUrl(commandsUrl, { lang: 'ru', title: 'Заголовок', body: 'Текст' }));
    // Same https origin as the function file, so the dialog needs no AppDomains entry.
    expect(dialog.origin).toBe(new URL(DEV_ORIGIN).origin);
    expect(emittedPages()).toContain(dialog.pathname.slice(1));
  });

  test('every string has a Russian default and an English override', () => {
    for (const text of all('bt:String')) {
      expect(text.getAttribute('DefaultValue')).toMatch(/[А-Яа-яЁё]/);
      const overrides = Array.from(text.getElementsByTagName('bt:Override'), (override) => override.getAttribute('Locale'));
      expect(overrides).toEqual(['en-US']);
    }
  });
});
