import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli, STACK_TRACE } from './test-support.js';

const temp = makeTempDir();
const file = (name: string) => join(temp.dir, name);
const NOW = { SMARTCITY_NOW: '2025-03-10T02:00:00Z' };

beforeAll(() => {
  writeFileSync(file('pontianak.json'), JSON.stringify(SAMPLE_WORKSPACES['pontianak-2023']));
  writeFileSync(file('invalid.json'), JSON.stringify({ schemaVersion: 1, municipality: { name: 'X' } }));
  mkdirSync(file('dir.ics'));
});
afterAll(() => temp.remove());

describe('smartcity schedule', () => {
  it('prints the generic programme calendar of a year for a zone, in both languages', () => {
    const id = runCli(['schedule', '2025', '--tz', 'Asia/Jakarta']);
    expect(id.status, id.stderr).toBe(0);
    expect(id.stdout).toMatch(/^Kalender program 2025 \(Asia\/Jakarta\)\n/);
    expect(id.stdout).toMatch(/Tanggal\s+Jenis\s+Kegiatan/);
    expect(id.stdout).toMatch(/2025-01-01 – 2025-06-30\s+Semester\s+Semester I 2025 \(tahap I\)/);
    expect(id.stdout).toMatch(/2025-07-30\s+Batas laporan\s+Batas laporan realisasi APBD semester I/);
    const en = runCli(['schedule', '2025', '--tz', 'Asia/Jakarta', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Programme calendar 2025 \(Asia\/Jakarta\)\n/);
    expect(en.stdout).toMatch(/2025-01-01 – 2025-06-30\s+Semester\s+Semester I 2025 \(stage I\)/);
    expect(en.stdout).toContain('* estimated');
  });

  it("adds a workspace's own dates and takes its zone", () => {
    const run = runCli(['schedule', '2023', '--workspace', file('pontianak.json'), '--json', '--lang', 'en']);
    expect(run.status, run.stderr).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body).toMatchObject({
      command: 'schedule',
      ok: true,
      year: 2023,
      timeZone: 'Asia/Pontianak',
      municipality: { name: 'Pontianak' },
      ics: null,
    });
    expect(body.eventCount).toBe(body.events.length);
    const generic = JSON.parse(runCli(['schedule', '2023', '--tz', 'Asia/Pontianak', '--json']).stdout);
    expect(body.events.length).toBeGreaterThan(generic.events.length);
    for (const event of body.events) {
      expect(Object.keys(event).sort()).toEqual(
        [
          'allDay',
          'end',
          'estimated',
          'id',
          'kind',
          'kindLabel',
          'label',
          'labels',
          'source',
          'start',
          'when',
        ].sort(),
      );
      expect(event.label).toBe(event.labels.en);
    }
  });

  it('writes an iCalendar file with --ics', () => {
    const ics = file('kalender-2025.ics');
    const run = runCli(['schedule', '2025', '--tz', 'Asia/Makassar', '--ics', ics], { env: NOW });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`iCalendar ditulis ke ${ics}`);
    const text = readFileSync(ics, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text).toContain('DTSTAMP:20250310T020000Z');
    expect(text).toContain('SUMMARY:Semester I 2025 (tahap I)');
  });

  it('explains usage mistakes with exit 2', () => {
    const cases: [string[], string][] = [
      [['schedule', '2025'], 'give --workspace or --tz'],
      [
        ['schedule', '2025', '--tz', 'Asia/Jakarta', '--workspace', file('pontianak.json')],
        'cannot be used together',
      ],
      [['schedule', '25', '--tz', 'Asia/Jakarta'], 'invalid year "25"'],
      [['schedule', '2025', '--tz', 'WITA'], 'WITA is an abbreviation, not an IANA zone'],
      [['schedule', '2025', '--tz', 'UTC+7'], 'fixed offset'],
      [['schedule', '2025', '--workspace', file('missing.json')], 'file not found'],
      [['schedule', '2025', '--tz', 'Asia/Jakarta', '--ics', file('dir.ics')], 'directory'],
    ];
    for (const [args, message] of cases) {
      const run = runCli([...args, '--lang', 'en']);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it('stops on an invalid workspace with exit 1 and points to validate', () => {
    const run = runCli(['schedule', '2025', '--workspace', file('invalid.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^smartcity: workspace tidak valid: \d+ masalah — municipality\./);
    expect(run.stderr).toContain(
      `Jalankan "smartcity validate ${file('invalid.json')}" untuk melihat semua masalah.`,
    );
  });
});
