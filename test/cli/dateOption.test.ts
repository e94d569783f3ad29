import { parseDateOption } from '../../src/cli/dateOption';

test('a date option as people type it (ДД.ММ.ГГГГ) or as ISO', () => {
  expect(parseDateOption('01.09.2021')).toBe('2021-09-01');
  expect(parseDateOption('1.9.2021')).toBe('2021-09-01');
  expect(parseDateOption('2021-09-01')).toBe('2021-09-01');
  expect(parseDateOption('29.02.2024')).toBe('2024-02-29');
});

test('not a calendar date, or not a whole date: refused, never rolled over to another day', () => {
  for (const text of ['31.02.2021', '29.02.2023', '2021-13-01', '01.09.21', '09/01/2021', '2021-9-1', '', 'сегодня']) {
    expect(parseDateOption(text)).toBeNull();
  }
});
