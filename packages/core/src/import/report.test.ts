import { describe, expect, it } from 'vitest';
import { issue, warning } from '../issues/index.js';
import {
  addImportIssues,
  addImportRow,
  combineImportReports,
  createImportReport,
  importReportHasErrors,
  summarizeImportReport,
} from './index.js';

const required = { id: 'Nama wajib diisi', en: 'Name is required' };
const kept = { id: 'Kolom "Catatan" disimpan', en: 'Column "Catatan" kept' };

describe('createImportReport', () => {
  it('starts empty', () => {
    expect(createImportReport({ file: 'kpi.csv', format: 'csv' })).toEqual({
      source: { file: 'kpi.csv', format: 'csv' },
      counts: { read: 0, mapped: 0, extension: 0, rejected: 0 },
      rows: [],
      issues: [],
    });
  });

  it('counts rows and locates their issues', () => {
    const report = createImportReport(
      { file: 'inovasi.xlsx', kind: 'workspace', format: 'xlsx' },
      {
        rows: [
          { source: { sheet: 'Inovasi', row: 2 }, status: 'mapped' },
          {
            source: { sheet: 'Inovasi', row: 3 },
            status: 'rejected',
            issues: [issue(['name'], 'required', required, { source: { column: 'B' } })],
          },
          {
            source: { sheet: 'Inovasi', row: 4 },
            status: 'extension',
            issues: [warning([], 'custom', kept)],
          },
        ],
        issues: [warning([], 'custom', kept)],
      },
    );
    expect(report.counts).toEqual({ read: 3, mapped: 1, extension: 1, rejected: 1 });
    expect(report.rows?.[1]).toEqual({
      source: { file: 'inovasi.xlsx', sheet: 'Inovasi', row: 3 },
      status: 'rejected',
      issues: [
        {
          path: ['name'],
          code: 'required',
          message: required,
          source: { file: 'inovasi.xlsx', sheet: 'Inovasi', row: 3, column: 'B' },
        },
      ],
    });
    expect(report.issues.map((i) => i.source)).toEqual([
      { file: 'inovasi.xlsx' },
      { file: 'inovasi.xlsx', sheet: 'Inovasi', row: 3, column: 'B' },
      { file: 'inovasi.xlsx', sheet: 'Inovasi', row: 4 },
    ]);
    expect(importReportHasErrors(report)).toBe(true);
  });

  it('can leave the rows out', () => {
    const report = createImportReport(
      {},
      { rows: [{ source: { row: 1 }, status: 'mapped' }], keepRows: false },
    );
    expect(report.rows).toBeUndefined();
    expect(report.counts.read).toBe(1);
  });

  it('counts an unknown status as rejected and ignores unknown source fields', () => {
    const report = createImportReport({ file: 7, extra: 1 } as never, {
      rows: [{ source: {}, status: 'weird' as never }],
    });
    expect(report.source).toEqual({});
    expect(report.counts).toEqual({ read: 1, mapped: 0, extension: 0, rejected: 1 });
  });
});

describe('addImportRow and addImportIssues', () => {
  it('return new reports and leave the old one alone', () => {
    const empty = createImportReport({ file: 'kpi.csv' });
    const one = addImportRow(empty, {
      source: { row: 2 },
      status: 'extension',
      issues: [warning([], 'x', kept)],
    });
    expect(empty.counts.read).toBe(0);
    expect(empty.rows).toEqual([]);
    expect(one.counts).toEqual({ read: 1, mapped: 0, extension: 1, rejected: 0 });
    expect(one.issues[0]!.source).toEqual({ file: 'kpi.csv', row: 2 });
    const two = addImportIssues(one, [issue([], 'unreadable_input', required)]);
    expect(one.issues).toHaveLength(1);
    expect(two.issues).toHaveLength(2);
    expect(two.issues[1]!.source).toEqual({ file: 'kpi.csv' });
    expect(importReportHasErrors(one)).toBe(false);
    expect(importReportHasErrors(two)).toBe(true);
  });
});

describe('combineImportReports', () => {
  it('adds up counts and joins files', () => {
    const a = createImportReport(
      { file: 'a.csv', kind: 'spbe' },
      { rows: [{ source: {}, status: 'mapped' }] },
    );
    const b = createImportReport(
      { file: 'b.csv' },
      { rows: [{ source: {}, status: 'rejected' }], keepRows: false },
    );
    const all = combineImportReports([a, b]);
    expect(all.source).toEqual({ file: 'a.csv, b.csv', kind: 'spbe' });
    expect(all.counts).toEqual({ read: 2, mapped: 1, extension: 0, rejected: 1 });
    expect(all.rows).toHaveLength(1);
    expect(combineImportReports([])).toEqual({
      source: {},
      counts: { read: 0, mapped: 0, extension: 0, rejected: 0 },
      issues: [],
    });
  });
});

describe('summarizeImportReport', () => {
  const report = createImportReport(
    { file: 'inovasi.xlsx' },
    {
      rows: [
        { source: { row: 2 }, status: 'mapped' },
        { source: { row: 3 }, status: 'mapped', issues: [warning([], 'x', kept)] },
        { source: { row: 4 }, status: 'rejected', issues: [issue([], 'required', required)] },
      ],
    },
  );

  it('writes one paragraph in Bahasa Indonesia', () => {
    expect(summarizeImportReport(report, 'id')).toBe(
      'inovasi.xlsx: 3 baris dibaca — 2 dipetakan, 0 disimpan sebagai data tambahan (extensions), 1 ditolak. 1 galat, 1 peringatan.',
    );
  });

  it('writes one paragraph in English', () => {
    expect(summarizeImportReport(report, 'en')).toBe(
      'inovasi.xlsx: 3 rows read — 2 mapped, 0 kept as extension data, 1 rejected. 1 error, 1 warning.',
    );
    expect(summarizeImportReport(createImportReport({}), 'en')).toBe(
      '0 rows read — 0 mapped, 0 kept as extension data, 0 rejected. No errors or warnings.',
    );
    expect(summarizeImportReport(createImportReport({}))).toBe(
      '0 baris dibaca — 0 dipetakan, 0 disimpan sebagai data tambahan (extensions), 0 ditolak. Tidak ada galat atau peringatan.',
    );
  });
});
