import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS, getElement } from '../pillars/index.js';
import { PROVINCES } from '../regions/index.js';
import { compileFastParser, INVALID, runFastInPlace } from './fastPath.js';
import { BUDGET_SOURCES, INNOVATION_STATUSES, type InnovationStatus } from './innovation.js';
import { findJsonSyntaxError } from './jsonSyntax.js';
import { INNOVATION_TRANSITIONS } from './lifecycle.js';
import { parseWorkspace, parseWorkspaceJson } from './parse.js';
import { DEFAULT_INPUT_LIMITS } from './scan.js';
import { type Workspace, WorkspaceSchema } from './workspace.js';

// ─── a valid workspace, built from small pools of ids so that every reference resolves ─────────────────────────

const RUNS = 200;
/** Generous: the suite shares two cores with other work; 200 runs take about a second. */
const TIMEOUT = 30_000;

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const date = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
/** A finite double that survives JSON (no -0). */
const num = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
  .map((v) => (v === 0 ? 0 : v));
const score = fc.double({ noNaN: true, min: 0, max: 5 }).map((v) => (v === 0 ? 0 : v));
const year = fc.integer({ min: 2000, max: 2035 });

function isSafeKey(key: string): boolean {
  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';
}
function hasOnlySafeKeys(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(hasOnlySafeKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).every(([k, v]) => isSafeKey(k) && hasOnlySafeKeys(v));
  }
  return true;
}
const extensions = fc
  .dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
  .map((v) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>)
  .filter(hasOnlySafeKeys);

/** Picks from a pool: fc.constantFrom needs at least one value. */
function oneOf<T>(pool: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...pool);
}
function subset(pool: readonly string[]): fc.Arbitrary<string[]> {
  return pool.length === 0 ? fc.constant([]) : fc.uniqueArray(oneOf(pool), { maxLength: 3 });
}

const element = oneOf(ELEMENT_IDS).map((elementId) => ({
  elementId,
  pillarId: getElement(elementId)!.pillarId,
}));

// Region code, province and zone agree (the cross-record checks compare them with the province catalogue).
const regionCode = fc
  .record({
    kind: fc.constantFrom('kota', 'kabupaten'),
    province: fc.constantFrom(...PROVINCES),
    kota: fc.integer({ min: 71, max: 99 }),
    kabupaten: fc.integer({ min: 1, max: 69 }),
  })
  .map(({ kind, province, kota, kabupaten }) => ({
    kind,
    regionCode: `${province.code}.${String(kind === 'kota' ? kota : kabupaten).padStart(2, '0')}`,
    province: province.name,
    timeZone: province.timeZone,
  }));

const municipality = fc
  .record(
    {
      code: regionCode,
      name: text,
      bpsCode: fc.stringMatching(/^\d{4}$/),
      cohortYear: fc.integer({ min: 2017, max: 2030 }),
      extensions,
    },
    { requiredKeys: ['code', 'name'] },
  )
  .chain(({ code, ...rest }) =>
    fc
      .uniqueArray(
        fc.record(
          {
            kind: fc.constantFrom('perda', 'perwal', 'perbup', 'keputusan', 'other'),
            number: text,
            year,
            title: text,
            topic: fc.constantFrom('smart-city', 'spbe', 'masterplan', 'other'),
            url: fc.constant('https://jdih.example.go.id/x.pdf'),
          },
          { requiredKeys: ['kind', 'number', 'year', 'title'] },
        ),
        { maxLength: 3 },
      )
      .map((regs) => ({
        ...rest,
        ...code,
        regulations: regs.map((r, i) => ({ id: `reg-${i}`, ...r })),
      })),
  );

/** A history that follows the transition table with non-decreasing dates; the status is its last step. */
const lifecycle = fc
  .record({
    start: fc.constantFrom<InnovationStatus>(...INNOVATION_STATUSES),
    picks: fc.array(fc.nat(), { maxLength: 5 }),
    days: fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 6, maxLength: 6 }),
    first: date,
    recorded: fc.boolean(),
  })
  .map(({ start, picks, days, first, recorded }) => {
    if (!recorded) return { status: start, history: [] };
    const history: { from: InnovationStatus | null; to: InnovationStatus; date: string }[] = [];
    let at = Date.parse(first);
    history.push({ from: null, to: start, date: first });
    let status = start;
    picks.forEach((pick, i) => {
      const next = INNOVATION_TRANSITIONS[status];
      if (next.length === 0) return;
      at += days[i]! * 86_400_000;
      const to = next[pick % next.length]!;
      history.push({ from: status, to, date: new Date(at).toISOString().slice(0, 10) });
      status = to;
    });
    return { status, history };
  });

const kpi = (id: string) =>
  fc
    .record({
      name: text,
      unit: fc.constantFrom('%', 'orang', 'layanan', 'ton'),
      baseline: fc.option(num, { nil: null }),
      value: num,
      withUnit: fc.boolean(),
      targetDate: fc.option(date, { nil: undefined }),
      weight: fc.option(
        fc.double({ noNaN: true, min: 0, max: 10 }).map((v) => (v === 0 ? 0 : v)),
        { nil: undefined },
      ),
      measurements: fc.uniqueArray(fc.record({ date, value: num, withUnit: fc.boolean() }), {
        selector: (m) => m.date,
        maxLength: 4,
      }),
    })
    .map(({ name, unit, baseline, value, withUnit, targetDate, weight, measurements }) => ({
      id,
      name,
      unit,
      baseline,
      target: { value, ...(withUnit ? { unit } : {}), ...(targetDate ? { date: targetDate } : {}) },
      ...(weight === undefined ? {} : { weight }),
      measurements: measurements.map((m) => ({
        id: m.date,
        date: m.date,
        value: m.value,
        ...(m.withUnit ? { unit } : {}),
      })),
    }));

interface Pools {
  agencies: string[];
  stakeholders: string[];
  applications: string[];
  programmes: string[];
  innovations: string[];
  regulations: string[];
}

const innovation = (id: string, pools: Pools) =>
  fc
    .record({
      name: text,
      description: fc.option(text, { nil: undefined }),
      element,
      agencyId: oneOf(pools.agencies),
      partnerIds: subset(pools.stakeholders),
      horizon: fc.constantFrom('quick-win', 'short', 'medium', 'long'),
      programmeId:
        pools.programmes.length > 0
          ? fc.option(oneOf(pools.programmes), { nil: undefined })
          : fc.constant(undefined),
      dates: fc.option(fc.tuple(date, date), { nil: undefined }),
      budget: fc.array(
        fc.record({ offset: fc.nat(), amount: fc.maxSafeNat(), source: fc.constantFrom(...BUDGET_SOURCES) }),
        {
          maxLength: 3,
        },
      ),
      kpiCount: fc.integer({ min: 0, max: 2 }),
      applicationIds: subset(pools.applications),
      lifecycle,
      extensions: fc.option(extensions, { nil: undefined }),
    })
    .chain((r) =>
      fc.tuple(fc.constant(r), fc.tuple(...Array.from({ length: r.kpiCount }, (_, k) => kpi(`kpi-${k}`)))),
    )
    .map(([r, kpis]) => {
      const [startDate, endDate] = r.dates ? [...r.dates].sort() : [undefined, undefined];
      const from = startDate ? Number(startDate.slice(0, 4)) : 2024;
      const to = endDate ? Number(endDate.slice(0, 4)) : from;
      return {
        id,
        name: r.name,
        ...(r.description === undefined ? {} : { description: r.description }),
        pillarId: r.element.pillarId,
        elementId: r.element.elementId,
        agencyId: r.agencyId,
        partnerIds: r.partnerIds,
        horizon: r.horizon,
        ...(r.programmeId === undefined ? {} : { programmeId: r.programmeId }),
        budget: r.budget.map((b, i) => ({
          id: `b-${i}`,
          year: from + (b.offset % (to - from + 1)),
          amount: b.amount,
          source: b.source,
        })),
        ...(startDate ? { startDate, endDate } : {}),
        kpis,
        evidence: [],
        applicationIds: r.applicationIds,
        status: r.lifecycle.status,
        history: r.lifecycle.history,
        ...(r.extensions === undefined ? {} : { extensions: r.extensions }),
      };
    });

const ids = (prefix: string, max: number) =>
  fc.integer({ min: 0, max }).map((n) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`));

const validWorkspace: fc.Arbitrary<Workspace> = fc
  .record({
    municipality,
    agencies: ids('opd', 4).filter((a) => a.length > 0),
    stakeholders: ids('sh', 3),
    applications: ids('app', 3),
    programmes: ids('prog', 2),
    innovations: ids('inv', 4),
  })
  .chain((p) => {
    const pools: Pools = { ...p, regulations: p.municipality.regulations.map((r) => r.id) };
    return fc.record(
      {
        schemaVersion: fc.constant(2 as const),
        municipality: fc.constant(p.municipality),
        agencies: fc.tuple(
          ...pools.agencies.map((id) =>
            fc.record(
              {
                id: fc.constant(id),
                name: text,
                abbreviation: text,
                kind: fc.constantFrom('dinas', 'badan', 'kecamatan'),
              },
              { requiredKeys: ['id', 'name', 'abbreviation'] },
            ),
          ),
        ),
        stakeholders: fc.tuple(
          ...pools.stakeholders.map((id) =>
            fc.record(
              {
                id: fc.constant(id),
                name: text,
                role: fc.constantFrom('academia', 'business', 'community', 'government', 'media'),
                agencyId: oneOf(pools.agencies),
              },
              { requiredKeys: ['id', 'name', 'role'] },
            ),
          ),
        ),
        bodies: fc.array(
          fc.record(
            {
              kind: fc.constantFrom('dewan', 'tim-pelaksana', 'tim-teknis', 'forum'),
              name: text,
              members: subset([...pools.agencies, ...pools.stakeholders]).map((list) =>
                list.map((memberId) => ({ id: memberId, memberId })),
              ),
              active: fc.boolean(),
              establishedOn: date,
              ...(pools.regulations.length > 0 ? { regulationId: oneOf(pools.regulations) } : {}),
            },
            { requiredKeys: ['kind', 'name', 'members', 'active'] },
          ),
          { maxLength: 2 },
        ),
        masterplan: fc
          .record({
            startYear: year,
            length: fc.integer({ min: 0, max: 10 }),
            mission: fc.array(text, { maxLength: 2 }),
          })
          .chain(({ startYear, length, mission }) =>
            fc
              .tuple(
                ...pools.programmes.map((id) =>
                  fc.record({
                    id: fc.constant(id),
                    name: text,
                    pillarId: fc.constant('living' as const),
                    elementId: fc.constant('living.health' as const),
                    horizon: fc.constantFrom('quick-win', 'short', 'medium', 'long'),
                    agencyId: oneOf(pools.agencies),
                    innovationIds: subset(pools.innovations),
                  }),
                ),
              )
              .map((programmes) => ({
                period: { startYear, endYear: startYear + length },
                mission,
                readiness: {
                  structure: { strengths: [], gaps: [] },
                  infrastructure: {
                    physical: { strengths: [], gaps: [] },
                    ict: { strengths: ['Pusat data'], gaps: [] },
                    social: { strengths: [], gaps: [] },
                  },
                  superstructure: { summary: 'ok', strengths: [], gaps: ['Perbup'] },
                },
                programmes,
              })),
          ),
        innovations: fc.tuple(...pools.innovations.map((id) => innovation(id, pools))),
        applications: fc.tuple(
          ...pools.applications.map((id) =>
            fc.record({
              id: fc.constant(id),
              name: text,
              agencyId: oneOf(pools.agencies),
              status: fc.constantFrom('active', 'inactive'),
            }),
          ),
        ),
        evaluations: fc.array(
          fc.record({
            kind: fc.constantFrom('self-assessment', 'internal', 'external'),
            cycle: fc.record({ year, stage: fc.constantFrom('I', 'II') }, { requiredKeys: ['year'] }),
            assessors: fc.array(fc.record({ name: text }), { maxLength: 2 }),
            scores: fc.record(
              {
                smartCityIndex: fc.record({
                  dimensions: fc.record(
                    { baseline: score, output: score, quickWin: score },
                    { requiredKeys: [] },
                  ),
                  pillars: fc.record({ governance: score, environment: score }, { requiredKeys: [] }),
                }),
                spbe: fc.record({
                  model: fc.constant('spbe-2020'),
                  indicators: fc.dictionary(
                    fc.integer({ min: 1, max: 47 }).map(String),
                    fc
                      .constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const)
                      .map((verified) => ({ verified })),
                    { maxKeys: 5 },
                  ),
                }),
              },
              { requiredKeys: [] },
            ),
            findings: fc.record({
              strengths: fc
                .array(text, { maxLength: 2 })
                .map((list) => list.map((text, i) => ({ id: `s-${i}`, text }))),
              weaknesses: fc.constant([]),
              recommendations: fc.constant([]),
            }),
            evidence: fc.array(
              fc.record({ label: text, url: fc.constant('https://example.go.id/bukti.pdf') }),
              { maxLength: 1 },
            ),
            innovationIds: subset(pools.innovations),
          }),
          { maxLength: 2 },
        ),
        risks: fc.array(
          fc.record(
            {
              title: text,
              likelihood: fc.integer({ min: 1, max: 5 }),
              impact: fc.integer({ min: 1, max: 5 }),
              ownerAgencyId: oneOf(pools.agencies),
              mitigation: text,
              status: fc.constantFrom('open', 'mitigating', 'closed', 'accepted'),
              ...(pools.innovations.length > 0 ? { innovationId: oneOf(pools.innovations) } : {}),
            },
            { requiredKeys: ['title', 'likelihood', 'impact', 'ownerAgencyId', 'mitigation', 'status'] },
          ),
          { maxLength: 2 },
        ),
        extensions,
      },
      {
        requiredKeys: [
          'schemaVersion',
          'municipality',
          'agencies',
          'stakeholders',
          'bodies',
          'innovations',
          'applications',
          'evaluations',
          'risks',
          // programmes (referenced by innovations) live in the masterplan
          ...(pools.programmes.length > 0 ? (['masterplan'] as const) : []),
        ],
      },
    );
  })
  .map((ws) => {
    // ids of array-built entities are their index
    const withIds = <T extends object>(prefix: string, list: readonly T[]) =>
      list.map((x, i) => ({ id: `${prefix}-${i}`, ...x }));
    return {
      ...ws,
      bodies: withIds('body', ws.bodies),
      evaluations: withIds('eval', ws.evaluations),
      risks: withIds('risk', ws.risks),
    } as unknown as Workspace;
  });

// ─── mutations that must make any valid workspace invalid ─────────────────────────────────────────────────────

type Path = (string | number)[];
type Json = Record<string | number, unknown>;

/** Keys that are required wherever they appear in the model. */
const REQUIRED_KEYS = new Set([
  'id',
  'name',
  'status',
  'label',
  'year',
  'amount',
  'source',
  'likelihood',
  'impact',
  'mitigation',
  'ownerAgencyId',
  'pillarId',
  'horizon',
  'value',
  'from',
  'to',
  'startYear',
  'endYear',
  'active',
  'municipality',
  'schemaVersion',
  'role',
  'abbreviation',
  'number',
  'province',
  'regionCode',
  'timeZone',
  'baseline',
  'target',
  'cycle',
  'readiness',
  'period',
  'model',
  'indicators',
  'dimensions',
  'title',
  'memberId',
  'text',
]);
/** Numbers without an upper bound: a huge value is still valid there. */
const UNBOUNDED_NUMBERS = new Set(['value', 'baseline', 'weight']);
/** Reference fields and what they point at. */
const REFERENCE_KEYS = new Set([
  'agencyId',
  'ownerAgencyId',
  'programmeId',
  'innovationId',
  'regulationId',
  'memberId',
]);
const REFERENCE_LISTS = new Set(['partnerIds', 'applicationIds', 'innovationIds']);

interface Site {
  path: Path;
  parent: Json;
  key: string | number;
  value: unknown;
}

/** Every value of the typed part of the workspace (extensions and calendar are free-form). */
function sites(ws: unknown): Site[] {
  const out: Site[] = [];
  const walk = (value: unknown, path: Path) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [k, v] of Object.entries(value)) {
      const key = Array.isArray(value) ? Number(k) : k;
      if (key === 'extensions' || key === 'calendar') continue;
      out.push({ path: [...path, key], parent: value as Json, key, value: v });
      walk(v, [...path, key]);
    }
  };
  walk(ws, []);
  return out;
}

function getIn(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Json)[key], root);
}

type Mutation = (ws: Json, pick: number) => boolean;

const at = <T>(list: readonly T[], pick: number): T | undefined =>
  list.length === 0 ? undefined : list[pick % list.length];

const MUTATIONS: Record<string, Mutation> = {
  deleteRequired(ws, pick) {
    const required = sites(ws).filter(
      // smartCityIndex.dimensions.baseline is optional, unlike a KPI's baseline
      (s) => typeof s.key === 'string' && REQUIRED_KEYS.has(s.key) && s.path.at(-2) !== 'dimensions',
    );
    const site = at(required, pick);
    if (!site) return false;
    delete site.parent[site.key];
    return true;
  },
  wrongType(ws, pick) {
    const site = at(
      sites(ws).filter((s) => typeof s.value !== 'object' || s.value === null),
      pick,
    );
    if (!site) return false;
    site.parent[site.key] =
      typeof site.value === 'string' ? 12345 : typeof site.value === 'number' ? '12' : [site.value];
    return true;
  },
  setNull(ws, pick) {
    const site = at(
      sites(ws).filter((s) => s.value !== null && s.key !== 'baseline' && s.key !== 'from'),
      pick,
    );
    if (!site) return false;
    site.parent[site.key] = null;
    return true;
  },
  hugeNumber(ws, pick) {
    const site = at(
      sites(ws).filter(
        (s) => typeof s.value !== 'object' && !(typeof s.key === 'string' && UNBOUNDED_NUMBERS.has(s.key)),
      ),
      pick,
    );
    if (!site) return false;
    site.parent[site.key] = 1e300;
    return true;
  },
  nanString(ws, pick) {
    const site = at(
      sites(ws).filter((s) => typeof s.value === 'number' || typeof s.value === 'boolean'),
      pick,
    );
    if (!site) return false;
    site.parent[site.key] = 'NaN';
    return true;
  },
  protoKey(ws, pick) {
    const objects = [{ path: [] as Path, value: ws as unknown }, ...sites(ws)].filter(
      (s) => typeof s.value === 'object' && s.value !== null && !Array.isArray(s.value),
    );
    const site = at(objects, pick)!;
    Object.defineProperty(site.value, pick % 2 === 0 ? '__proto__' : 'constructor', {
      value: { polluted: true },
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return true;
  },
  duplicateId(ws, pick) {
    const lists = sites(ws).filter(
      (s) =>
        Array.isArray(s.value) &&
        s.value.length > 0 &&
        typeof s.value[0] === 'object' &&
        s.value[0] !== null &&
        'id' in s.value[0],
    );
    const site = at(lists, pick);
    if (!site) return false;
    const list = site.value as Json[];
    list.push(structuredClone(list[pick % list.length]!));
    return true;
  },
  breakReference(ws, pick) {
    const refs = sites(ws).filter(
      (s) =>
        (typeof s.key === 'string' && REFERENCE_KEYS.has(s.key) && typeof s.value === 'string') ||
        (typeof s.key === 'number' && REFERENCE_LISTS.has(String(s.path.at(-2)))),
    );
    const site = at(refs, pick);
    if (!site) return false;
    site.parent[site.key] = 'zz-missing';
    return true;
  },
  swapDates(ws, pick) {
    const spans = sites(ws).filter((s) => {
      const v = s.value as Json | null;
      if (typeof v !== 'object' || v === null) return false;
      if (typeof v.startDate === 'string' && typeof v.endDate === 'string') return v.startDate !== v.endDate;
      if (s.key === 'period' || s.key === 'rpjmd') return v.startYear !== v.endYear;
      return false;
    });
    const site = at(spans, pick);
    if (!site) return false;
    const span = site.value as Json;
    if ('startDate' in span) [span.startDate, span.endDate] = [span.endDate, span.startDate];
    else [span.startYear, span.endYear] = [span.endYear, span.startYear];
    return true;
  },
};

const fastWorkspace = compileFastParser(WorkspaceSchema);
const inPlaceWorkspace = compileFastParser(WorkspaceSchema, { inPlace: true });

/** The same value with the keys of every object in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe('parseWorkspace properties', () => {
  it(
    '(a) a valid workspace survives JSON.stringify → parseWorkspaceJson unchanged, with no issues',
    () => {
      fc.assert(
        fc.property(validWorkspace, (ws) => {
          const r = parseWorkspaceJson(JSON.stringify(ws));
          if (!r.success) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
          expect(r.data).toEqual(ws);
          // strictly, too (fast-check builds some objects without a prototype; JSON gives them one)
          expect(r.data).toStrictEqual(JSON.parse(JSON.stringify(ws)));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    '(b) a mutated workspace fails with located issues and never throws',
    () => {
      fc.assert(
        fc.property(
          validWorkspace,
          fc.constantFrom(...Object.keys(MUTATIONS)),
          fc.nat(),
          (ws, name, pick) => {
            const mutated = structuredClone(ws) as unknown as Json;
            fc.pre(MUTATIONS[name]!(mutated, pick));
            let result: ReturnType<typeof parseWorkspace> | undefined;
            expect(() => {
              result = parseWorkspace(mutated);
            }).not.toThrow();
            expect(result!.success, name).toBe(false);
            if (result!.success) return;
            expect(result!.issues.length).toBeGreaterThan(0);
            for (const i of result!.issues) {
              expect(Array.isArray(i.path)).toBe(true);
              expect(typeof i.code).toBe('string');
              expect(i.message.id.length * i.message.en.length).toBeGreaterThan(0);
            }
            // the same through JSON text
            const viaText = parseWorkspaceJson(JSON.stringify(mutated));
            expect(viaText.success).toBe(false);
            expect(({} as Json).polluted).toBeUndefined();
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    '(c) the compiled fast path only accepts what zod accepts, with the same output (copying and in place)',
    () => {
      fc.assert(
        fc.property(
          validWorkspace,
          fc.constantFrom(...Object.keys(MUTATIONS)),
          fc.nat(),
          fc.boolean(),
          fc.boolean(),
          (ws, name, pick, mutate, reverse) => {
            const input = structuredClone(ws) as unknown as Json;
            if (mutate) MUTATIONS[name]!(input, pick);
            const fast = fastWorkspace(input, 0, { limits: DEFAULT_INPUT_LIMITS, containers: 0 });
            const slow = WorkspaceSchema.safeParse(input);
            if (fast !== INVALID) {
              expect(slow.success).toBe(true);
              expect(fast).toStrictEqual(slow.data);
            }
            if (!mutate) expect(fast).not.toBe(INVALID);
            // In place, on its own JSON.parse value (keys reversed or not): zod's output, key order included, or,
            // when it gives up, the value left exactly as it was for zod.
            const text = JSON.stringify(reverse ? reversed(input) : input);
            const owned = JSON.parse(text);
            const inPlace = runFastInPlace(inPlaceWorkspace, owned, DEFAULT_INPUT_LIMITS);
            const fromText = WorkspaceSchema.safeParse(JSON.parse(text));
            if (inPlace !== INVALID) {
              expect(fromText.success).toBe(true);
              expect(inPlace).toStrictEqual(fromText.data);
              expect(JSON.stringify(inPlace)).toBe(JSON.stringify(fromText.data));
            } else {
              // (as text: an own `constructor` key makes two equal parses unequal to toStrictEqual)
              expect(JSON.stringify(owned)).toBe(text);
            }
            if (!mutate) expect(inPlace).not.toBe(INVALID);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    '(d) the JSON syntax locator agrees with JSON.parse',
    () => {
      const almostJson = validWorkspace.chain((ws) => {
        const json = JSON.stringify(ws);
        return fc
          .tuple(fc.nat({ max: json.length }), fc.constantFrom('', ',', '}', '"', '[', 'x', '\n', "'"))
          .map(([i, insert]) => json.slice(0, i) + insert + json.slice(i + (insert === '' ? 1 : 0)));
      });
      fc.assert(
        fc.property(fc.oneof(almostJson, fc.string({ maxLength: 20 })), (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          const found = findJsonSyntaxError(text);
          expect(found === undefined, text).toBe(valid);
          if (found) expect(found.offset).toBeLessThanOrEqual(text.length);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('mutation helpers address real values', () => {
    const ws = { a: { b: [1, { c: 2 }] } };
    expect(getIn(ws, ['a', 'b', 1, 'c'])).toBe(2);
    expect(sites(ws).map((s) => s.path)).toEqual([
      ['a'],
      ['a', 'b'],
      ['a', 'b', 0],
      ['a', 'b', 1],
      ['a', 'b', 1, 'c'],
    ]);
  });
});
