import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'fs';
import os from 'os';
import path from 'path';
import { TODAY } from './inbox';
import { runCli, type CliResult } from './runCli';
import { writeTypedTableWorkbook } from './workbooks';

/** Root reads every file and folder: the permission cases need the CLI to run as another user. */
const OTHER_USER = typeof process.getuid === 'function' && process.getuid() === 0 ? { uid: 65534 } : {};

let work: string;
let run: CliResult;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'roadmap-folders-'));
  chmodSync(work, 0o755);
  const inbox = path.join(work, 'inbox');
  const item = { no: '1', activity: 'Совещание', due: '2021-08-20', responsible: 'Директор', result: 'Протокол' };
  await writeTypedTableWorkbook(path.join(inbox, 'a.xlsx'), 'МБОУ СОШ № 1', [item]);
  await writeTypedTableWorkbook(path.join(work, 'outside', 'b.xlsx'), 'МБОУ СОШ № 2', [item]);
  await writeTypedTableWorkbook(path.join(inbox, 'locked', 'c.xlsx'), 'МБОУ СОШ № 3', [item]);
  await writeTypedTableWorkbook(path.join(inbox, 'secret.xlsx'), 'МБОУ СОШ № 4', [item]);
  symlinkSync(path.join(work, 'outside', 'b.xlsx'), path.join(inbox, 'linked.xlsx'));
  symlinkSync('a.xlsx', path.join(inbox, 'again.xlsx'));
  symlinkSync('.', path.join(inbox, 'loop'));
  symlinkSync('nowhere.xlsx', path.join(inbox, 'broken.xlsx'));
  symlinkSync('self.xlsx', path.join(inbox, 'self.xlsx'));
  mkdirSync(path.join(inbox, 'empty'));
  for (const folder of [inbox, path.join(work, 'outside')]) chmodSync(folder, 0o755);
  chmodSync(path.join(inbox, 'locked'), 0o000);
  chmodSync(path.join(inbox, 'secret.xlsx'), 0o000);
  run = await runCli(['consolidate', 'inbox', '--json', '--today', TODAY], work, OTHER_USER);
});
afterAll(() => {
  chmodSync(path.join(work, 'inbox', 'locked'), 0o755);
  rmSync(work, { recursive: true, force: true });
});

describe('consolidate reads on through folders it cannot open, links and files it may not read', () => {
  test('each becomes a row with its reason, and the run goes on to read the rest (exit 1)', () => {
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.workbooks.map((w: { file: string; institution: string }) => [w.file, w.institution])).toEqual([
      ['a.xlsx', 'МБОУ СОШ № 1'],
      ['linked.xlsx', 'МБОУ СОШ № 2'],
    ]);
    expect(json.unreadable.map((u: { file: string; reason: string }) => [u.file, u.reason])).toEqual([
      ['broken.xlsx', 'ссылка ведёт на файл, которого нет'],
      ['locked', 'папку не удалось открыть (нет прав на чтение)'],
      ['secret.xlsx', 'нет прав на чтение'],
    ]);
    expect(json.skipped.map((s: { file: string; code: string }) => [s.file, s.code])).toEqual([
      ['again.xlsx', 'same-file'],
      ['loop', 'link-loop'],
      ['self.xlsx', 'link-loop'],
    ]);
    expect(run.stderr).toBe(
      'Прочитано книг: 2 из 5, не прочитано: 3; пропущено файлов: 3 (петли ссылок: 2, повторы файла: 1); просрочено мероприятий: 2; ошибок: 0.\n',
    );
  });
});
