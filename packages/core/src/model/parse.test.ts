import { afterEach, describe, expect, it } from 'vitest';
import type { Issue } from '../issues/index.js';
import { AgencySchema } from './agency.js';
import { fullInnovation, fullWorkspace, minimalInput, viaJson } from './fixtures.testutil.js';
import {
  type InvalidJsonIssue,
  parseEntity,
  parseInnovation,
  parseWorkspace,
  parseWorkspaceJson,
} from './parse.js';

function issuesOf(input: unknown): Issue[] {
  const r = parseWorkspace(input);
  return r.success ? [] : r.issues;
}

function pick(issues: Issue[]): [string, (string | number)[]][] {
  return issues.map((i) => [i.code, i.path]);
}

/** Every message is ours: bilingual, non-empty, never zod's English defaults. */
function expectOurMessages(issues: Issue[]): void {
  for (const i of issues) {
    expect(i.message.id.length, JSON.stringify(i)).toBeGreaterThan(0);
    expect(i.message.en.length, JSON.stringify(i)).toBeGreaterThan(0);
    expect(i.message.id).not.toBe(i.message.en);
    for (const text of [i.message.id, i.message.en]) {
      expect(text).not.toMatch(
        /Invalid input|Invalid option|Too small:|Too big:|Unrecognized key|@smartcity\//,
      );
    }
    expect(Array.isArray(i.path)).toBe(true);
  }
}

function withMunicipality(patch: Record<string, unknown>): unknown {
  const ws = minimalInput();
  return { ...ws, municipality: { ...ws.municipality, ...patch } };
}

describe('parseWorkspace: valid input', () => {
  it('returns the parsed workspace with defaults filled in', () => {
    const r = parseWorkspace(minimalInput());
    expect(r.success).toBe(true);
    expect(r.success && r.data.innovations).toEqual([]);
  });
  it('returns the full fixture unchanged, and a copy rather than the input', () => {
    const input = viaJson(fullWorkspace());
    const r = parseWorkspace(input);
    expect(r).toEqual({ success: true, data: fullWorkspace() });
    expect(r.success && r.data).not.toBe(input);
    expect(r.success && r.data.innovations).not.toBe(input.innovations);
  });
  it('keeps extensions as they are', () => {
    const input = { ...minimalInput(), extensions: { a: { b: [1, { c: null }] }, 'x.y': 'z' } };
    const r = parseWorkspace(input);
    expect(r.success && r.data.extensions).toEqual({ a: { b: [1, { c: null }] }, 'x.y': 'z' });
  });
});

describe('parseWorkspace: never throws', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'workspace'],
    ['an array', [minimalInput()]],
    ['a function', () => 1],
    ['a Map', new Map([['schemaVersion', 1]])],
    ['a Date', new Date(0)],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
  ])('%s gives issues, not an exception', (_, input) => {
    const r = parseWorkspace(input);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.length).toBeGreaterThan(0);
      expectOurMessages(r.issues);
    }
  });
  it('turns a throwing getter or proxy into an unreadable_input issue', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('nope');
        },
      },
    );
    expect(pick(issuesOf(hostile))).toEqual([['unreadable_input', []]]);
  });
  it('reports nesting deeper than 64 levels instead of overflowing the stack', () => {
    let deep: unknown = { end: true };
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    const issues = issuesOf({ ...minimalInput(), extensions: { deep } });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('too_deep');
    expect(issues[0]!.path.length).toBe(65);
    expect(issues[0]!.path.slice(0, 3)).toEqual(['extensions', 'deep', 'd']);
  });
  it('reports a circular reference as too deep', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(issuesOf({ ...minimalInput(), extensions: { loop } }).map((i) => i.code)).toEqual(['too_deep']);
  });
  it('enforces the container limit (shared references cannot explode the walk)', () => {
    let shared: unknown = [1];
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    const r = parseWorkspace(
      { ...minimalInput(), extensions: { shared } },
      { limits: { maxContainers: 10_000 } },
    );
    expect(!r.success && pick(r.issues)).toEqual([['too_big', []]]);
  });
  it('handles a large flat input', () => {
    const big = {
      ...minimalInput(),
      extensions: { list: Array.from({ length: 200_000 }, (_, i) => ({ i })) },
    };
    expect(parseWorkspace(big).success).toBe(true);
  });
});

describe('parseWorkspace: prototype pollution', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).y).toBeUndefined();
  });
  const payload = '{"__proto__":{"x":1},"constructor":{"prototype":{"y":1}}}';

  it('rejects forbidden keys at the root', () => {
    const input = { ...minimalInput(), ...JSON.parse(payload) };
    const issues = issuesOf(input);
    expect(pick(issues)).toEqual([
      ['forbidden_key', ['__proto__']],
      ['forbidden_key', ['constructor']],
      ['forbidden_key', ['constructor', 'prototype']],
    ]);
    expectOurMessages(issues);
  });
  it('rejects them inside entities, records and extensions, and reports other issues too', () => {
    const ws = viaJson(fullWorkspace());
    const polluted = (): Record<string, unknown> => JSON.parse(payload);
    // spread keeps "__proto__" as an own key, as JSON.parse does (Object.assign would not)
    ws.agencies[0] = { ...ws.agencies[0]!, ...polluted() };
    ws.innovations[0]!.extensions = polluted();
    ws.innovations[0]!.name = '';
    ws.evaluations[0]!.scores.spbe!.indicators = JSON.parse('{"1":{"self":3},"__proto__":4}');
    ws.extensions = { nested: { deeper: polluted() } };
    const issues = issuesOf(ws);
    expect(pick(issues)).toEqual([
      ['forbidden_key', ['agencies', 0, '__proto__']],
      ['forbidden_key', ['agencies', 0, 'constructor']],
      ['forbidden_key', ['agencies', 0, 'constructor', 'prototype']],
      ['forbidden_key', ['innovations', 0, 'extensions', '__proto__']],
      ['forbidden_key', ['innovations', 0, 'extensions', 'constructor']],
      ['forbidden_key', ['innovations', 0, 'extensions', 'constructor', 'prototype']],
      ['forbidden_key', ['evaluations', 0, 'scores', 'spbe', 'indicators', '__proto__']],
      ['forbidden_key', ['extensions', 'nested', 'deeper', '__proto__']],
      ['forbidden_key', ['extensions', 'nested', 'deeper', 'constructor']],
      ['forbidden_key', ['extensions', 'nested', 'deeper', 'constructor', 'prototype']],
      ['too_small', ['innovations', 0, 'name']],
    ]);
    expectOurMessages(issues);
  });
  it('rejects them inside extensions even when everything else is valid', () => {
    const ws = { ...minimalInput(), extensions: JSON.parse(`{"ok":1,"inner":${payload}}`) };
    expect(pick(issuesOf(ws))).toEqual([
      ['forbidden_key', ['extensions', 'inner', '__proto__']],
      ['forbidden_key', ['extensions', 'inner', 'constructor']],
      ['forbidden_key', ['extensions', 'inner', 'constructor', 'prototype']],
    ]);
  });
  it('parseWorkspaceJson rejects them too and pollutes nothing', () => {
    const text = JSON.stringify(minimalInput()).replace(/}$/, `,"extensions":${payload}}`);
    const r = parseWorkspaceJson(text);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual([
      'forbidden_key',
      'forbidden_key',
      'forbidden_key',
    ]);
  });
  it('never returns data containing them', () => {
    const r = parseEntity(
      AgencySchema,
      JSON.parse('{"id":"a","name":"A","abbreviation":"A","__proto__":{"x":1}}'),
    );
    expect(r.success).toBe(false);
  });
});

describe('parseWorkspace: zod issues become bilingual issues', () => {
  it('missing required fields → required, naming the field and what it expects', () => {
    const issues = issuesOf({
      schemaVersion: 1,
      municipality: { name: 'X', kind: 'kota', regionCode: '61.71' },
    });
    expect(pick(issues)).toEqual([
      ['required', ['municipality', 'province']],
      ['required', ['municipality', 'timeZone']],
    ]);
    expect(issues[0]!.message.en).toBe('Field "province" is required (expected text).');
    expect(issues[0]!.message.id).toBe('Kolom "province" wajib diisi (harus berisi teks).');
    expect(issues[1]!.message.en).toContain('Asia/Jakarta');
    expectOurMessages(issues);
  });
  it('invalid_type names the expected and the received type', () => {
    const issues = issuesOf({ ...minimalInput(), agencies: [{ id: 7, name: null, abbreviation: ['x'] }] });
    expect(pick(issues)).toEqual([
      ['invalid_type', ['agencies', 0, 'id']],
      ['invalid_type', ['agencies', 0, 'name']],
      ['invalid_type', ['agencies', 0, 'abbreviation']],
    ]);
    expect(issues[0]!.message.en).toContain('Expected a lower-case id');
    expect(issues[0]!.message.en).toContain('received a whole number');
    expect(issues[1]!.message.en).toBe('Expected text, received null.');
    expect(issues[2]!.message.id).toBe('Diharapkan teks, tetapi diterima daftar (array).');
    expect(pick(issuesOf({ ...minimalInput(), agencies: {} }))).toEqual([['invalid_type', ['agencies']]]);
    expectOurMessages(issues);
  });
  it('too_small and too_big state the bound', () => {
    const issues = issuesOf({
      ...minimalInput(),
      municipality: { ...minimalInput().municipality, name: '', cohortYear: 2300 },
    });
    expect(pick(issues)).toEqual([
      ['too_small', ['municipality', 'name']],
      ['too_big', ['municipality', 'cohortYear']],
    ]);
    expect(issues[0]!.message.en).toBe('Text must not be empty.');
    expect(issues[1]!.message.en).toBe('Value must be ≤ 2100.');
    const money = issuesOf({
      ...viaJson(fullWorkspace()),
      innovations: [
        { ...fullInnovation(), budget: [{ id: 'apbd-2024', year: 2024, amount: 2 ** 60, source: 'APBD' }] },
      ],
    });
    expect(money[0]!.message.en).toContain('9007199254740991');
    expectOurMessages([...issues, ...money]);
  });
  it('invalid_format explains ids, dates, region codes, BPS codes and URLs', () => {
    const ws = viaJson(fullWorkspace());
    ws.agencies[0]!.id = 'Dinas Kominfo';
    ws.innovations[0]!.startDate = '2023-02-30';
    ws.innovations[0]!.evidence[0]!.url = 'javascript:alert(1)';
    ws.municipality.regionCode = '6171';
    ws.municipality.bpsCode = '61710';
    const issues = issuesOf(ws);
    expect(pick(issues)).toEqual([
      ['invalid_format', ['municipality', 'regionCode']],
      ['invalid_format', ['municipality', 'bpsCode']],
      ['invalid_format', ['agencies', 0, 'id']],
      ['invalid_format', ['innovations', 0, 'startDate']],
      ['invalid_format', ['innovations', 0, 'evidence', 0, 'url']],
    ]);
    expect(issues[0]!.message.en).toContain('PP.KK');
    expect(issues[1]!.message.en).toContain('4-digit');
    expect(issues[2]!.message.en).toBe(
      '"Dinas Kominfo" has the wrong format: expected a lower-case id: letters a–z, digits, ".", "_" or "-", starting with a letter or digit, at most 64 characters (e.g. "diskominfo").',
    );
    expect(issues[3]!.message.id).toContain('YYYY-MM-DD');
    expect(issues[4]!.message.en).toContain('http:// or https://');
    expectOurMessages(issues);
  });
  it('invalid_value lists the allowed values', () => {
    const issues = issuesOf({ ...minimalInput(), stakeholders: [{ id: 's', name: 'S', role: 'ngo' }] });
    expect(pick(issues)).toEqual([['invalid_value', ['stakeholders', 0, 'role']]]);
    expect(issues[0]!.message.en).toBe(
      'Unknown value "ngo"; allowed values: "academia", "business", "community", "government", "media".',
    );
    expectOurMessages(issues);
  });
  it.each([
    ['WIB', '"Asia/Jakarta" or "Asia/Pontianak"'],
    ['WITA', '"Asia/Makassar"'],
    ['WIT', '"Asia/Jayapura"'],
    ['UTC+7', '"Asia/Jakarta" or "Asia/Pontianak"'],
    ['GMT+7', '"Asia/Jakarta" or "Asia/Pontianak"'],
    ['Asia/Ujung_Pandang', '"Asia/Makassar"'],
  ])('time zone %s → invalid_time_zone naming %s', (tz, expected) => {
    const issues = issuesOf(withMunicipality({ timeZone: tz }));
    expect(pick(issues)).toEqual([['invalid_time_zone', ['municipality', 'timeZone']]]);
    expect(issues[0]!.message.en).toContain(`use ${expected}`);
    expect(issues[0]!.message.id).toContain(`gunakan ${expected.replace(' or ', ' atau ')}`);
  });
  it('an unknown time zone lists the four IANA zones', () => {
    const [only] = issuesOf(withMunicipality({ timeZone: 'Europe/Paris' }));
    expect(only?.code).toBe('invalid_time_zone');
    expect(only?.message.en).toContain(
      '"Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar" or "Asia/Jayapura"',
    );
  });
  it('unknown fields → one unrecognized_key per key, located at the key, with a suggestion', () => {
    const issues = issuesOf({
      ...minimalInput(),
      agencys: [],
      municipality: { ...minimalInput().municipality, RegionCode: 'x', foo: 1 },
    });
    expect(pick(issues)).toEqual([
      ['unrecognized_key', ['municipality', 'RegionCode']],
      ['unrecognized_key', ['municipality', 'foo']],
      ['unrecognized_key', ['agencys']],
    ]);
    expect(issues[0]!.message.en).toContain('Did you mean "regionCode"?');
    expect(issues[1]!.message.en).not.toContain('Did you mean');
    expect(issues[1]!.message.en).toContain('Put integrator data under "extensions".');
    expect(issues[2]!.message.en).toContain('Did you mean "agencies"?');
    expect(issues[2]!.message.id).toContain('Mungkin maksudnya "agencies"?');
    expectOurMessages(issues);
  });
  it('unknown keys of enum-keyed records and invalid record keys are located at the key', () => {
    const ws = viaJson(fullWorkspace());
    const scores = ws.evaluations[0]!.scores as Record<string, Record<string, Record<string, number>>>;
    scores.smartCityIndex!.pillars!.transport = 3;
    scores.spbe!.indicators!['48'] = 3;
    const issues = issuesOf(ws);
    expect(pick(issues)).toEqual([
      ['unrecognized_key', ['evaluations', 0, 'scores', 'smartCityIndex', 'pillars', 'transport']],
      ['invalid_key', ['evaluations', 0, 'scores', 'spbe', 'indicators', '48']],
    ]);
    expect(issues[0]!.message.en).toContain('"governance"');
    expect(issues[1]!.message.en).toBe(
      'Key "48" is not allowed: expected an SPBE indicator number "1" to "47" (PermenPANRB 59/2020).',
    );
    expectOurMessages(issues);
  });
  it('custom checks carry their own code and message (region code vs kind)', () => {
    const issues = issuesOf(withMunicipality({ kind: 'kabupaten' }));
    expect(pick(issues)).toEqual([['region_code_kind', ['municipality', 'regionCode']]]);
    expect(issues[0]!.message.en).toBe(
      'Region code "61.71" does not match kind "kabupaten": a kabupaten\'s KK code is in 01–69.',
    );
  });
  it('schemaVersion problems come from the migration step', () => {
    const { schemaVersion: _, ...rest } = minimalInput();
    expect(pick(issuesOf(rest))).toEqual([['required', ['schemaVersion']]]);
    expect(pick(issuesOf({ ...minimalInput(), schemaVersion: 7 }))).toEqual([
      ['unsupported_version', ['schemaVersion']],
    ]);
  });
  it('reports cross-record issues once the schema passes', () => {
    const ws = viaJson(fullWorkspace());
    ws.innovations[0]!.agencyId = 'nope';
    expect(pick(issuesOf(ws))).toEqual([['unknown_reference', ['innovations', 0, 'agencyId']]]);
  });
});

describe('parseWorkspaceJson', () => {
  it('parses valid JSON, ignoring a leading byte-order mark', () => {
    const text = JSON.stringify(fullWorkspace());
    expect(parseWorkspaceJson(text)).toEqual({ success: true, data: fullWorkspace() });
    expect(parseWorkspaceJson(`\uFEFF${text}`).success).toBe(true);
  });
  it('turns a syntax error into one path-less invalid_json issue with line and column', () => {
    const r = parseWorkspaceJson('{\n  "schemaVersion": 1,\n  "municipality": }\n');
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    const only = r.issues[0] as InvalidJsonIssue;
    expect(only.path).toEqual([]);
    expect(only.code).toBe('invalid_json');
    expect([only.line, only.column]).toEqual([3, 19]);
    expect(only.message.en).toBe(
      'Invalid JSON at line 3, column 19: expected a value (object, list, string, number, true, false or null).',
    );
    expect(only.message.id).toContain('baris 3, kolom 19');
  });
  it('locates trailing commas, single quotes, truncation and empty text', () => {
    const cases: [string, number, number, string][] = [
      ['{"a": 1,}', 1, 9, 'trailing comma'],
      ["{'a': 1}", 1, 2, 'double quotes'],
      ['{"a": [1, 2', 1, 12, 'ends before'],
      ['', 1, 1, 'empty'],
    ];
    for (const [text, line, column, reason] of cases) {
      const r = parseWorkspaceJson(text);
      const only = (r.success ? undefined : r.issues[0]) as InvalidJsonIssue | undefined;
      expect([only?.line, only?.column], text).toEqual([line, column]);
      expect(only?.message.en, text).toContain(reason);
    }
  });
  it('rejects non-string input without throwing', () => {
    const r = parseWorkspaceJson(42 as unknown as string);
    expect(!r.success && r.issues[0]!.code).toBe('invalid_type');
  });
  it('survives deeply nested JSON arrays', () => {
    const text = `{"schemaVersion":1,"extensions":{"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`;
    const r = parseWorkspaceJson(text);
    expect(!r.success && r.issues.map((i) => i.code)).toEqual(['too_deep']);
  });
});

describe('parseEntity and parseInnovation', () => {
  it('parse one entity with bilingual issues', () => {
    expect(
      parseEntity(AgencySchema, { id: 'dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes' }).success,
    ).toBe(true);
    const r = parseEntity(AgencySchema, { id: 'dinkes', name: 'Dinas Kesehatan' });
    expect(!r.success && pick(r.issues)).toEqual([['required', ['abbreviation']]]);
  });
  it('parseInnovation adds the innovation’s own cross-field checks', () => {
    expect(parseInnovation(fullInnovation())).toEqual({ success: true, data: fullInnovation() });
    const r = parseInnovation({ ...fullInnovation(), elementId: 'living.health' });
    expect(!r.success && pick(r.issues)).toEqual([['element_not_in_pillar', ['elementId']]]);
    const bad = parseInnovation({ ...fullInnovation(), status: 'done' });
    expect(!bad.success && pick(bad.issues)).toEqual([['invalid_value', ['status']]]);
  });
});
