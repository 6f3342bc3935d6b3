import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  formatIssue,
  formatSourceLocation,
  type Issue,
  isError,
  issue,
  issueSeverity,
  locateIssues,
  warning,
} from './index.js';

const message = { id: 'Wajib diisi', en: 'Required' };

describe('severity', () => {
  it('treats an issue without severity as an error', () => {
    const plain = issue(['name'], 'required', message);
    expect(plain).toEqual({ path: ['name'], code: 'required', message });
    expect(issueSeverity(plain)).toBe('error');
    expect(isError(plain)).toBe(true);
  });

  it('builds warnings', () => {
    const w = warning([], 'custom', message, { source: { row: 3 } });
    expect(w).toEqual({ path: [], code: 'custom', message, severity: 'warning', source: { row: 3 } });
    expect(issueSeverity(w)).toBe('warning');
    expect(isError(w)).toBe(false);
    expect(isError({ ...w, severity: 'error' })).toBe(true);
  });

  it('treats an unknown severity value as an error', () => {
    expect(issueSeverity({ ...issue([], 'x', message), severity: 'info' as never })).toBe('error');
  });
});

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [28, 'AB'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('%i → %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('%s → empty', (n) => {
    expect(columnLetter(n)).toBe('');
  });
});

describe('formatSourceLocation', () => {
  it('writes every part in both languages', () => {
    const loc = {
      file: 'inovasi.xlsx',
      sheet: 'Inovasi',
      row: 12,
      column: 3,
      header: 'Status',
      value: 'jalan',
    };
    expect(formatSourceLocation(loc, 'id')).toBe(
      'inovasi.xlsx › Inovasi › baris 12 › kolom C (Status) › nilai "jalan"',
    );
    expect(formatSourceLocation(loc, 'en')).toBe(
      'inovasi.xlsx › Inovasi › row 12 › column C (Status) › value "jalan"',
    );
  });

  it('leaves out missing parts', () => {
    expect(formatSourceLocation({}, 'id')).toBe('');
    expect(formatSourceLocation({ file: 'kpi.csv', row: 4, header: 'Target' }, 'en')).toBe(
      'kpi.csv › row 4 › column "Target"',
    );
    expect(formatSourceLocation({ sheet: 'KPI', column: 'AA' }, 'id')).toBe('KPI › kolom AA');
  });

  it('shows values of every type on one short line', () => {
    expect(formatSourceLocation({ value: 12.5 }, 'en')).toBe('value 12.5');
    expect(formatSourceLocation({ value: null }, 'en')).toBe('value null');
    expect(formatSourceLocation({ value: false }, 'id')).toBe('nilai false');
    expect(formatSourceLocation({ value: { a: 1 } }, 'en')).toBe('value {…}');
    expect(formatSourceLocation({ value: [1] }, 'en')).toBe('value […]');
    expect(formatSourceLocation({ value: 'a\nb' }, 'en')).toBe('value "a b"');
    const long = formatSourceLocation({ value: 'x'.repeat(100) }, 'en');
    expect(long).toBe(`value "${'x'.repeat(39)}…"`);
  });

  it('never throws on hostile input', () => {
    expect(formatSourceLocation(null as never, 'id')).toBe('');
    expect(formatSourceLocation({ row: Number.NaN, column: {} as never, header: 7 as never }, 'id')).toBe('');
    expect(formatSourceLocation({ value: Symbol('s') }, 'en')).toBe('value {…}');
  });
});

describe('formatIssue', () => {
  it('keeps the path form without a source', () => {
    expect(formatIssue(issue(['innovations', 0, 'name'], 'required', message), 'en')).toBe(
      'innovations[0].name: Required',
    );
    expect(formatIssue(issue([], 'required', message))).toBe('(root): Wajib diisi');
  });

  it('starts with the source location when there is one', () => {
    const located: Issue = issue(['innovations', 10, 'status'], 'invalid_value', message, {
      source: { file: 'inovasi.xlsx', sheet: 'Inovasi', row: 12, column: 'C', header: 'Status' },
    });
    expect(formatIssue(located, 'id')).toBe(
      'inovasi.xlsx › Inovasi › baris 12 › kolom C (Status) (innovations[10].status): Wajib diisi',
    );
    expect(formatIssue({ ...located, path: [] }, 'en')).toBe(
      'inovasi.xlsx › Inovasi › row 12 › column C (Status): Required',
    );
  });
});

describe('locateIssues', () => {
  it('adds the location and keeps more precise parts', () => {
    const items = [issue([], 'a', message), issue([], 'b', message, { source: { column: 'D' } })];
    const located = locateIssues(items, { file: 'a.xlsx', row: 5, column: 'B' });
    expect(located.map((i) => i.source)).toEqual([
      { file: 'a.xlsx', row: 5, column: 'B' },
      { file: 'a.xlsx', row: 5, column: 'D' },
    ]);
    expect(items[0]!.source).toBeUndefined();
  });
});
