/** @jest-environment jsdom */
import { parseTypedDate } from '../../src/taskpane/legacy/controller';
import { whenInExcel } from '../../src/taskpane/officeCheck';
import { loadSimplePane, runsReactPane } from '../../src/taskpane/paneChoice';

describe('which pane a webview runs', () => {
  test('EdgeHTML 18 (modules, but no ES2019 built-ins) is sent to the simple pane the page names as nomodule', () => {
    expect(runsReactPane(window)).toBe(true);
    const edge18 = { Object: { ...Object, fromEntries: undefined } as unknown as ObjectConstructor, Array };
    expect(runsReactPane(edge18)).toBe(false);
    document.head.innerHTML = '<script type="module" src="taskpane.1234abcd.js"></script><script defer nomodule src="taskpane-legacy.5678ef90.js"></script>';
    expect(loadSimplePane(document)).toBe(true);
    const added = document.head.querySelectorAll('script:not([type]):not([nomodule])');
    expect(Array.from(added).map((script) => script.getAttribute('src'))).toEqual(['taskpane-legacy.5678ef90.js']);
    document.head.innerHTML = '';
    expect(loadSimplePane(document)).toBe(false);
  });

  test('without office.js, or outside Excel, the page is told why; inside Excel it starts', async () => {
    const seen: string[] = [];
    whenInExcel(() => seen.push('start'), (problem) => seen.push(problem), undefined);
    const office = (host: string | null) =>
      ({ onReady: (callback: (info: { host: string | null }) => void) => Promise.resolve(callback({ host })) }) as unknown as typeof Office;
    whenInExcel(() => seen.push('start'), (problem) => seen.push(problem), office(null));
    whenInExcel(() => seen.push('start'), (problem) => seen.push(problem), office('Excel'));
    await Promise.resolve();
    expect(seen).toEqual(['office-js-missing', 'outside-office', 'start']);
  });

  test('the simple pane reads a report date typed as people type it (IE11 has no date picker)', () => {
    expect(parseTypedDate('01.09.2021')).toBe('2021-09-01');
    expect(parseTypedDate(' 1.9.2021 ')).toBe('2021-09-01');
    expect(parseTypedDate('2021-09-01')).toBe('2021-09-01');
    expect(parseTypedDate('31.02.2021')).toBeNull();
    expect(parseTypedDate('сентябрь')).toBeNull();
    expect(parseTypedDate('01.09.21')).toBeNull();
  });
});
