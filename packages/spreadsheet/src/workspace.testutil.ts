// Random valid workspaces for the property tests: the sample's municipality with random agencies, stakeholders,
// innovations (budget lines, KPIs, measurements), evaluations with findings and risks; texts full of delimiters,
// quotes, line breaks, emoji, Indonesian words and formula triggers.
import {
  BUDGET_SOURCES,
  INNOVATION_STATUSES,
  PILLARS,
  parseWorkspace,
  RISK_STATUSES,
  type Workspace,
} from '@smartcity/core';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import fc from 'fast-check';
import { INJECTION_CORPUS } from './injection.testutil.js';

const HORIZONS = ['quick-win', 'short', 'medium', 'long'] as const;
const ELEMENTS = PILLARS.flatMap((p) => p.elements.map((e) => ({ pillarId: p.id, elementId: e.id })));

const SPECIAL = [
  'a,b;c',
  'kutip "ganda" dan \'tunggal\'',
  'baris\r\nbaru',
  'baris\nbaru',
  'cr\rsaja',
  '🚦 Lalu lintas 🚌',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Penghijauan di TPA Batulayang.',
  'Rp 1.500.000,00',
  '_x000D_ literal',
  'kontrol\u0001\u001f',
  '  spasi di tepi  ',
  'Ümlaut é ñ',
  '0123',
  '1,5',
  'TRUE',
  '2025-08-17',
  ...INJECTION_CORPUS,
];

export const textArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...SPECIAL), fc.string({ unit: 'grapheme', maxLength: 10 }))
        .map(([a, b]) => a + b),
    },
  )
  .filter((s) => s.length > 0);

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/);

function uniqueIds(min: number, max: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(idArb, { minLength: min, maxLength: max });
}

const dateArb = fc
  .date({ min: new Date(Date.UTC(1850, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const numberArb = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 100),
  fc.double({ min: -1e25, max: 1e25, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
);

export const workspaceArb: fc.Arbitrary<Workspace> = fc
  .record({
    agencyIds: uniqueIds(1, 4),
    agencyNames: fc.array(textArb, { minLength: 4, maxLength: 4 }),
    stakeholderIds: uniqueIds(0, 3),
    innovations: fc.array(
      fc.record({
        name: textArb,
        description: fc.option(textArb, { nil: undefined }),
        element: fc.constantFrom(...ELEMENTS),
        agency: fc.nat(),
        partners: fc.array(fc.nat(), { maxLength: 2 }),
        horizon: fc.constantFrom(...HORIZONS),
        status: fc.constantFrom(...INNOVATION_STATUSES),
        startDate: fc.option(dateArb, { nil: undefined }),
        budget: fc.array(
          fc.record({
            year: fc.integer({ min: 2015, max: 2030 }),
            amount: fc.oneof(fc.integer({ min: 0, max: 2_000_000_000 }), fc.constant(1_000_000_000_000)),
            source: fc.constantFrom(...BUDGET_SOURCES),
            note: fc.option(textArb, { nil: undefined }),
          }),
          { maxLength: 2 },
        ),
        kpis: fc.array(
          fc.record({
            name: textArb,
            unit: fc.constantFrom('%', 'layanan', 'orang'),
            baseline: fc.option(numberArb, { nil: null }),
            target: numberArb,
            weight: fc.option(
              fc.integer({ min: 0, max: 100 }).map((n) => n / 10),
              { nil: undefined },
            ),
            measurements: fc.uniqueArray(
              fc.record({ date: dateArb, value: numberArb, note: fc.option(textArb, { nil: undefined }) }),
              {
                maxLength: 3,
                selector: (m) => m.date,
              },
            ),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 5 },
    ),
    risks: fc.array(
      fc.record({
        title: textArb,
        mitigation: textArb,
        likelihood: fc.integer({ min: 1, max: 5 }),
        impact: fc.integer({ min: 1, max: 5 }),
        status: fc.constantFrom(...RISK_STATUSES),
        identifiedOn: fc.option(dateArb, { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
  })
  .map((g) => {
    const sample = SAMPLE_WORKSPACES['pontianak-2023'];
    const input = {
      schemaVersion: sample.schemaVersion,
      municipality: sample.municipality,
      agencies: g.agencyIds.map((id, i) => ({
        id,
        name: g.agencyNames[i % g.agencyNames.length]!,
        abbreviation: g.agencyNames[(i + 1) % g.agencyNames.length]!,
        kind: 'dinas',
      })),
      stakeholders: g.stakeholderIds.map((id) => ({ id: `s-${id}`, name: `Mitra ${id}`, role: 'business' })),
      innovations: g.innovations.map((inv, i) => ({
        id: `inv-${i}`,
        name: inv.name,
        ...(inv.description === undefined ? {} : { description: inv.description }),
        pillarId: inv.element.pillarId,
        elementId: inv.element.elementId,
        agencyId: g.agencyIds[inv.agency % g.agencyIds.length]!,
        partnerIds:
          g.stakeholderIds.length === 0
            ? []
            : [...new Set(inv.partners.map((p) => `s-${g.stakeholderIds[p % g.stakeholderIds.length]}`))],
        horizon: inv.horizon,
        status: inv.status,
        ...(inv.startDate === undefined ? {} : { startDate: inv.startDate }),
        budget: inv.budget.map((b, j) => ({
          id: `b-${j}`,
          year:
            inv.startDate === undefined
              ? b.year
              : Math.min(2100, Math.max(1900, Number(inv.startDate.slice(0, 4)) + (b.year % 3))),
          amount: b.amount,
          source: b.source,
          ...(b.note === undefined ? {} : { note: b.note }),
        })),
        kpis: inv.kpis.map((k, j) => ({
          id: `k-${j}`,
          name: k.name,
          unit: k.unit,
          baseline: k.baseline,
          target: { value: k.target },
          ...(k.weight === undefined ? {} : { weight: k.weight }),
          measurements: k.measurements.map((m, n) => ({
            id: `m-${n}`,
            date: m.date,
            value: m.value,
            ...(m.note === undefined ? {} : { note: m.note }),
          })),
        })),
      })),
      risks: g.risks.map((r, i) => ({
        id: `r-${i}`,
        title: r.title,
        likelihood: r.likelihood,
        impact: r.impact,
        ownerAgencyId: g.agencyIds[i % g.agencyIds.length]!,
        mitigation: r.mitigation,
        innovationId: g.innovations.length > 0 ? `inv-${i % g.innovations.length}` : undefined,
        status: r.status,
        ...(r.identifiedOn === undefined ? {} : { identifiedOn: r.identifiedOn }),
      })),
    };
    const parsed = parseWorkspace(input);
    return parsed.success ? parsed.data : ({ invalid: parsed.issues } as unknown as Workspace);
  });

/** The workspace with every collection emptied (the municipality kept): a base an import must fill completely. */
export function emptied(ws: Workspace): Workspace {
  return { schemaVersion: ws.schemaVersion, municipality: ws.municipality } as Workspace;
}
