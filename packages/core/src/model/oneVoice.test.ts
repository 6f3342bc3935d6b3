import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../calendar/civilDate.js';
import { parseCalendarOverrides } from '../calendar/config.js';
import type { Issue, IssuePath, Result } from '../issues/index.js';
import { createWorkspace } from './create.js';
import { fullInnovation, fullWorkspace, minimalInput } from './fixtures.testutil.js';
import { parseEntity, parseWorkspace } from './parse.js';

// "One validation voice" (issue 8): the same bad value gets the same issue code and the same bilingual message
// from every entry point that takes it, with the did-you-mean hint wherever there is one.

type EntryPoint =
  | 'parseWorkspace'
  | 'parseEntity'
  | 'parseCivilDate'
  | 'parseCalendarOverrides'
  | 'createWorkspace';

interface Site {
  entry: EntryPoint;
  run: () => Result<unknown>;
  /** Where the issue must be, as that entry point reports paths. */
  path: IssuePath;
}

const municipality = (): Record<string, unknown> => ({ ...minimalInput().municipality });
const withInnovation = (patch: Record<string, unknown>) => {
  const ws = JSON.parse(JSON.stringify(fullWorkspace()));
  Object.assign(ws.innovations[0], patch);
  return ws;
};

/** A bad date value, wherever a date is taken. */
function dateSites(value: unknown): Site[] {
  return [
    { entry: 'parseCivilDate', run: () => parseCivilDate(value), path: [] },
    {
      entry: 'parseWorkspace',
      run: () => parseWorkspace(withInnovation({ startDate: value })),
      path: ['innovations', 0, 'startDate'],
    },
    {
      entry: 'parseEntity',
      run: () => parseEntity('innovations', { ...fullInnovation(), startDate: value }),
      path: ['startDate'],
    },
    {
      entry: 'parseCalendarOverrides',
      run: () => parseCalendarOverrides({ years: { '2025': { bimtekStart: value } } }),
      path: ['years', '2025', 'bimtekStart'],
    },
    {
      entry: 'parseWorkspace',
      run: () =>
        parseWorkspace({ ...minimalInput(), calendar: { years: { '2025': { bimtekStart: value } } } }),
      path: ['calendar', 'years', '2025', 'bimtekStart'],
    },
  ];
}

/** A bad value of a municipality field, wherever a municipality is taken. */
function municipalitySites(key: string, value: unknown, drop?: string): Site[] {
  const m = () => {
    const out = { ...municipality(), [key]: value };
    if (drop !== undefined) delete out[drop];
    return out;
  };
  return [
    {
      entry: 'parseWorkspace',
      run: () => parseWorkspace({ ...minimalInput(), municipality: m() }),
      path: ['municipality', key],
    },
    { entry: 'parseEntity', run: () => parseEntity('municipality', m()), path: [key] },
    {
      entry: 'createWorkspace',
      run: () => createWorkspace({ municipality: m() as never }),
      path: ['municipality', key],
    },
  ];
}

/** A bad agency id, in a workspace and alone. */
function idSites(value: unknown): Site[] {
  const agency = { id: value, name: 'Dinas Kesehatan', abbreviation: 'Dinkes' };
  return [
    {
      entry: 'parseWorkspace',
      run: () => parseWorkspace({ ...minimalInput(), agencies: [agency] }),
      path: ['agencies', 0, 'id'],
    },
    { entry: 'parseEntity', run: () => parseEntity('agencies', agency), path: ['id'] },
  ];
}

const polluted = (base: Record<string, unknown>) => ({ ...base, ...JSON.parse('{"__proto__":{"x":1}}') });

const TABLE: { name: string; sites: Site[]; hint?: string }[] = [
  { name: 'date 2023-02-30 (no such day)', sites: dateSites('2023-02-30') },
  { name: 'date 2023-02-29 (not a leap year)', sites: dateSites('2023-02-29') },
  { name: 'date 30/07/2025 (day first)', sites: dateSites('30/07/2025') },
  { name: 'date 2025-7-30 (no padding)', sites: dateSites('2025-7-30') },
  { name: 'date 2025-13-01 (month 13)', sites: dateSites('2025-13-01') },
  { name: 'date "" (empty)', sites: dateSites('') },
  { name: 'date with a leading space', sites: dateSites(' 2025-07-30') },
  { name: 'date-time instead of a date', sites: dateSites('2025-07-30T00:00:00Z') },
  { name: 'date as a number', sites: dateSites(20250730) },
  { name: 'date null', sites: dateSites(null) },
  { name: 'date as a list', sites: dateSites(['2025-07-30']) },
  { name: 'time zone WIB', sites: municipalitySites('timeZone', 'WIB'), hint: 'Asia/Pontianak' },
  { name: 'time zone UTC+8', sites: municipalitySites('timeZone', 'UTC+8'), hint: 'Asia/Makassar' },
  {
    name: 'time zone in lower case',
    sites: municipalitySites('timeZone', 'asia/jakarta'),
    hint: 'Asia/Jakarta',
  },
  {
    name: 'time zone Asia/Ujung_Pandang (legacy alias)',
    sites: municipalitySites('timeZone', 'Asia/Ujung_Pandang'),
    hint: 'Asia/Makassar',
  },
  { name: 'time zone missing', sites: municipalitySites('timeZone', undefined) },
  { name: 'region code 6171 (BPS form)', sites: municipalitySites('regionCode', '6171') },
  { name: 'kind "city"', sites: municipalitySites('kind', 'city') },
  { name: 'kind "Kota" (case)', sites: municipalitySites('kind', 'Kota'), hint: 'kota' },
  {
    name: 'unknown field "timezone"',
    sites: municipalitySites('timezone', 'Asia/Pontianak').map((s) => ({ ...s })),
    hint: 'timeZone',
  },
  { name: 'id with spaces and capitals', sites: idSites('Dinas Kesehatan') },
  { name: 'id starting with a hyphen', sites: idSites('-dinkes') },
  { name: 'id as a number', sites: idSites(42) },
  {
    name: 'status "in progress"',
    sites: [
      {
        entry: 'parseWorkspace',
        run: () => parseWorkspace(withInnovation({ status: 'in progress' })),
        path: ['innovations', 0, 'status'],
      },
      {
        entry: 'parseEntity',
        run: () => parseEntity('innovations', { ...fullInnovation(), status: 'in progress' }),
        path: ['status'],
      },
    ],
    hint: 'in-progress',
  },
  {
    name: 'unknown calendar field "bimtekStrat"',
    sites: [
      {
        entry: 'parseCalendarOverrides',
        run: () => parseCalendarOverrides({ bimtekStrat: '07-01' }),
        path: ['bimtekStrat'],
      },
      {
        entry: 'parseWorkspace',
        run: () => parseWorkspace({ ...minimalInput(), calendar: { bimtekStrat: '07-01' } }),
        path: ['calendar', 'bimtekStrat'],
      },
    ],
    hint: 'bimtekStart',
  },
  {
    name: 'forbidden key __proto__',
    sites: [
      {
        entry: 'parseWorkspace',
        run: () => parseWorkspace({ ...minimalInput(), municipality: polluted(municipality()) }),
        path: ['municipality', '__proto__'],
      },
      {
        entry: 'parseEntity',
        run: () => parseEntity('municipality', polluted(municipality())),
        path: ['__proto__'],
      },
      {
        entry: 'createWorkspace',
        run: () => createWorkspace({ municipality: polluted(municipality()) as never }),
        path: ['municipality', '__proto__'],
      },
      {
        entry: 'parseCalendarOverrides',
        run: () => parseCalendarOverrides(polluted({ bimtekStart: '07-01' })),
        path: ['__proto__'],
      },
    ],
  },
];

/** The issues an entry point reports at the site (anything elsewhere would be a different problem). */
function issuesAt(site: Site): Issue[] {
  const r = site.run();
  expect(r.success, `${site.entry} accepted the bad value`).toBe(false);
  if (r.success) return [];
  const key = JSON.stringify(site.path);
  return r.issues.filter((i) => JSON.stringify(i.path) === key);
}

describe('one validation voice', () => {
  it('has a table of at least 15 bad values covering every entry point', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(15);
    const entries = new Set(TABLE.flatMap((row) => row.sites.map((s) => s.entry)));
    expect([...entries].sort()).toEqual(
      ['createWorkspace', 'parseCalendarOverrides', 'parseCivilDate', 'parseEntity', 'parseWorkspace'].sort(),
    );
  });

  it.each(TABLE)('$name: one code and one message from every entry point', ({ sites, hint }) => {
    const seen = sites.map((site) => {
      const issues = issuesAt(site);
      expect(issues, `${site.entry} at ${site.path.join('.')}`).toHaveLength(1);
      const [only] = issues;
      return { entry: site.entry, code: only?.code, message: only?.message };
    });
    const [first] = seen;
    for (const other of seen) {
      expect({ code: other.code, message: other.message }, other.entry).toEqual({
        code: first!.code,
        message: first!.message,
      });
    }
    // our own words in both languages, never zod's English default
    expect(first!.message!.id).not.toBe(first!.message!.en);
    expect(first!.message!.en).not.toMatch(/^Invalid input|^Invalid string|^Unrecognized key/);
    if (hint !== undefined) {
      expect(first!.message!.en).toContain(`"${hint}"`);
      expect(first!.message!.id).toContain(`"${hint}"`);
    }
  });
});
