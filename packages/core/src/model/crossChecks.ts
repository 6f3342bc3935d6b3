import type { LocalizedText } from '../i18n/index.js';
import type { Issue, IssuePath } from '../issues/index.js';
import { formatPath, issue } from '../issues/index.js';
import { getElement, getPillar } from '../pillars/index.js';
import type { Innovation } from './innovation.js';
import { checkInnovationHistory } from './lifecycle.js';
import {
  ambiguousMemberMessage,
  budgetYearOutOfRangeMessage,
  dateOrderMessage,
  duplicateIdMessage,
  duplicateMeasurementMessage,
  elementNotInPillarMessage,
  type ReferenceTarget,
  unitMismatchMessage,
  unknownReferenceMessage,
  unreadableInputMessage,
} from './messages.js';
import type { Workspace } from './workspace.js';

// Cross-record checks run in one linear pass: each collection is indexed once into a Map (id → first index), then
// every reference is a Map lookup. Nothing here re-walks the workspace or allocates per record unless an issue
// is found, because national-scale runs validate hundreds of workspaces at a time.

interface IdIndex extends ReferenceTarget {
  readonly ids: Map<string, number>;
  known?: string[];
}

function indexIds(
  records: readonly { id: string }[],
  collection: IssuePath,
  noun: LocalizedText,
  out: Issue[],
): IdIndex {
  const ids = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const id = records[i]!.id;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, i);
    else
      out.push(
        issue(
          [...collection, i, 'id'],
          'duplicate_id',
          duplicateIdMessage(id, formatPath(collection), first),
        ),
      );
  }
  return { ids, collection: formatPath(collection), noun };
}

// Callers test `target.ids.has(id)` first, so that the issue path is only built when there is an issue.
function reportUnknown(id: string, target: IdIndex, path: IssuePath, out: Issue[]): void {
  target.known ??= [...target.ids.keys()];
  out.push(issue(path, 'unknown_reference', unknownReferenceMessage(id, target, target.known)));
}

function checkRefs(
  ids: readonly string[],
  target: IdIndex,
  base: IssuePath,
  key: string,
  out: Issue[],
): void {
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (!target.ids.has(id)) reportUnknown(id, target, [...base, key, i], out);
  }
}

function checkElement(pillarId: string, elementId: string | undefined, base: IssuePath, out: Issue[]): void {
  if (elementId === undefined) return;
  const element = getElement(elementId);
  if (element === undefined || element.pillarId === pillarId) return;
  const elements = getPillar(pillarId)?.elements.map((e) => e.id) ?? [];
  out.push(
    issue(
      [...base, 'elementId'],
      'element_not_in_pillar',
      elementNotInPillarMessage(elementId, pillarId, elements),
    ),
  );
}

// Duplicate detection inside one record's small lists (KPIs, measurements) without allocating a Map per record:
// short lists are compared pairwise, long ones (rare) get a Map so the whole pass stays linear.
const SMALL_LIST = 16;

const kpiId = (kpi: { id: string }): string => kpi.id;
const measurementDate = (m: { date: string }): string => m.date;

/** First index of all items whose key is the same as the key at index `i`, in a Map built by {@link indexBy}. */
function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = items.length - 1; i >= 0; i--) index.set(key(items[i]!), i);
  return index;
}

/**
 * The index of the first earlier item with the same key as item `i`: ≥ 0 if there is one, -1 if not, -2 when the
 * list is long and no index was given yet (the caller builds one with {@link indexBy} and asks again).
 */
function firstIndex<T>(
  items: readonly T[],
  i: number,
  value: string,
  key: (item: T) => string,
  index: Map<string, number> | undefined,
): number {
  if (index !== undefined) {
    const first = index.get(value)!;
    return first < i ? first : -1;
  }
  if (items.length > SMALL_LIST) return -2;
  for (let j = 0; j < i; j++) if (key(items[j]!) === value) return j;
  return -1;
}

function checkInnovationRecord(innovation: Innovation, base: IssuePath, out: Issue[]): void {
  checkElement(innovation.pillarId, innovation.elementId, base, out);
  const { startDate, endDate } = innovation;
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
    out.push(
      issue([...base, 'endDate'], 'date_order', dateOrderMessage('endDate', endDate, 'startDate', startDate)),
    );
  }
  if (startDate !== undefined || endDate !== undefined) {
    const fromYear = startDate === undefined ? undefined : Number(startDate.slice(0, 4));
    const toYear = endDate === undefined ? undefined : Number(endDate.slice(0, 4));
    const budget = innovation.budget;
    for (let b = 0; b < budget.length; b++) {
      const year = budget[b]!.year;
      if ((fromYear !== undefined && year < fromYear) || (toYear !== undefined && year > toYear)) {
        out.push(
          issue(
            [...base, 'budget', b, 'year'],
            'out_of_range',
            budgetYearOutOfRangeMessage(year, fromYear, toYear),
          ),
        );
      }
    }
  }
  const kpis = innovation.kpis;
  let kpiIds: Map<string, number> | undefined;
  for (let k = 0; k < kpis.length; k++) {
    const kpi = kpis[k]!;
    let first = firstIndex(kpis, k, kpi.id, kpiId, kpiIds);
    if (first === -2) {
      kpiIds = indexBy(kpis, kpiId);
      first = firstIndex(kpis, k, kpi.id, kpiId, kpiIds);
    }
    if (first >= 0) {
      const collection = [...base, 'kpis'];
      out.push(
        issue(
          [...collection, k, 'id'],
          'duplicate_id',
          duplicateIdMessage(kpi.id, formatPath(collection), first),
        ),
      );
    }
    if (kpi.target.unit !== undefined && kpi.target.unit !== kpi.unit) {
      out.push(
        issue(
          [...base, 'kpis', k, 'target', 'unit'],
          'unit_mismatch',
          unitMismatchMessage(kpi.target.unit, kpi.unit),
        ),
      );
    }
    const measurements = kpi.measurements;
    let dates: Map<string, number> | undefined;
    for (let m = 0; m < measurements.length; m++) {
      const measurement = measurements[m]!;
      if (measurement.unit !== undefined && measurement.unit !== kpi.unit) {
        out.push(
          issue(
            [...base, 'kpis', k, 'measurements', m, 'unit'],
            'unit_mismatch',
            unitMismatchMessage(measurement.unit, kpi.unit),
          ),
        );
      }
      let first = firstIndex(measurements, m, measurement.date, measurementDate, dates);
      if (first === -2) {
        dates = indexBy(measurements, measurementDate);
        first = firstIndex(measurements, m, measurement.date, measurementDate, dates);
      }
      if (first >= 0) {
        out.push(
          issue(
            [...base, 'kpis', k, 'measurements', m, 'date'],
            'duplicate_date',
            duplicateMeasurementMessage(measurement.date, first),
          ),
        );
      }
    }
  }
  checkInnovationHistory(innovation, base, out);
}

/**
 * The checks of one innovation that need no other record: element within pillar, `endDate` not before
 * `startDate`, budget years within the running years, unique KPI ids, KPI target and measurement units equal to
 * the KPI unit, one measurement per date, and a history consistent with the lifecycle and the status. Paths are
 * relative to the innovation.
 *
 * @example
 * ```ts
 * validateInnovation({ ...innovation, pillarId: 'economy', elementId: 'living.health' });
 * // [{ path: ['elementId'], code: 'element_not_in_pillar', … }]
 * ```
 */
export function validateInnovation(innovation: Innovation): Issue[] {
  const out: Issue[] = [];
  try {
    checkInnovationRecord(innovation, [], out);
  } catch (error) {
    out.push(issue([], 'unreadable_input', unreadableInputMessage(describeError(error))));
  }
  return out;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

const NOUNS = {
  regulation: { id: 'Regulasi', en: 'Regulation' },
  agency: { id: 'Perangkat daerah', en: 'Agency' },
  stakeholder: { id: 'Pemangku kepentingan', en: 'Stakeholder' },
  member: {
    id: 'Anggota (perangkat daerah atau pemangku kepentingan)',
    en: 'Member (agency or stakeholder)',
  },
  body: { id: 'Lembaga', en: 'Body' },
  programme: { id: 'Program', en: 'Programme' },
  innovation: { id: 'Inovasi', en: 'Innovation' },
  application: { id: 'Aplikasi', en: 'Application' },
  evaluation: { id: 'Evaluasi', en: 'Evaluation' },
  risk: { id: 'Risiko', en: 'Risk' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The cross-record checks of a workspace that is already schema-valid (e.g. built or edited in code): duplicate
 * ids per collection (`duplicate_id`, at the duplicate's `id`, naming the first index), references to unknown
 * agencies, stakeholders, body members, regulations, programmes, innovations and applications
 * (`unknown_reference`), a body member id used by both an agency and a stakeholder (`ambiguous_reference`),
 * elements outside their pillar (`element_not_in_pillar`), ends before starts (`date_order`, also for the
 * masterplan and RPJMD periods), budget years outside an innovation's running years (`out_of_range`), KPI units
 * (`unit_mismatch`), duplicate measurement dates (`duplicate_date`) and innovation histories
 * (`invalid_transition`, `inconsistent_history`, `date_order`). Runs in time linear in the size of the workspace.
 *
 * @example
 * ```ts
 * const ws = createWorkspace({ municipality: { name: 'Pontianak', kind: 'kota', regionCode: '61.71',
 *   province: 'Kalimantan Barat', timeZone: 'Asia/Pontianak' } });
 * ws.stakeholders.push({ id: 'untan', name: 'Universitas Tanjungpura', role: 'academia', agencyId: 'bappeda' });
 * validateWorkspace(ws); // [{ path: ['stakeholders', 0, 'agencyId'], code: 'unknown_reference', … }]
 * ```
 */
export function validateWorkspace(ws: Workspace): Issue[] {
  const out: Issue[] = [];
  try {
    checkWorkspace(ws, out);
  } catch (error) {
    out.push(issue([], 'unreadable_input', unreadableInputMessage(describeError(error))));
  }
  return out;
}

function checkWorkspace(ws: Workspace, out: Issue[]): void {
  const masterplan = ws.masterplan;
  const regulations = indexIds(
    ws.municipality.regulations,
    ['municipality', 'regulations'],
    NOUNS.regulation,
    out,
  );
  const agencies = indexIds(ws.agencies, ['agencies'], NOUNS.agency, out);
  const stakeholders = indexIds(ws.stakeholders, ['stakeholders'], NOUNS.stakeholder, out);
  indexIds(ws.bodies, ['bodies'], NOUNS.body, out);
  const programmes = indexIds(
    masterplan?.programmes ?? [],
    ['masterplan', 'programmes'],
    NOUNS.programme,
    out,
  );
  const innovations = indexIds(ws.innovations, ['innovations'], NOUNS.innovation, out);
  const applications = indexIds(ws.applications, ['applications'], NOUNS.application, out);
  indexIds(ws.evaluations, ['evaluations'], NOUNS.evaluation, out);
  indexIds(ws.risks, ['risks'], NOUNS.risk, out);

  for (let i = 0; i < ws.stakeholders.length; i++) {
    const agencyId = ws.stakeholders[i]!.agencyId;
    if (agencyId !== undefined) {
      if (!agencies.ids.has(agencyId))
        reportUnknown(agencyId, agencies, ['stakeholders', i, 'agencyId'], out);
    }
  }

  let members: IdIndex | undefined;
  for (let i = 0; i < ws.bodies.length; i++) {
    const body = ws.bodies[i]!;
    for (let m = 0; m < body.memberIds.length; m++) {
      const id = body.memberIds[m]!;
      const isAgency = agencies.ids.has(id);
      const isStakeholder = stakeholders.ids.has(id);
      if (isAgency && isStakeholder) {
        out.push(issue(['bodies', i, 'memberIds', m], 'ambiguous_reference', ambiguousMemberMessage(id)));
      } else if (!isAgency && !isStakeholder) {
        members ??= {
          ids: new Map([...agencies.ids, ...stakeholders.ids]),
          collection: 'agencies, stakeholders',
          noun: NOUNS.member,
        };
        reportUnknown(id, members, ['bodies', i, 'memberIds', m], out);
      }
    }
    if (body.regulationId !== undefined) {
      if (!regulations.ids.has(body.regulationId))
        reportUnknown(body.regulationId, regulations, ['bodies', i, 'regulationId'], out);
    }
  }

  if (masterplan !== undefined) {
    const { period, rpjmd } = masterplan;
    if (period.endYear < period.startYear) {
      out.push(
        issue(
          ['masterplan', 'period', 'endYear'],
          'date_order',
          dateOrderMessage('endYear', period.endYear, 'startYear', period.startYear),
        ),
      );
    }
    if (rpjmd !== undefined && rpjmd.endYear < rpjmd.startYear) {
      out.push(
        issue(
          ['masterplan', 'rpjmd', 'endYear'],
          'date_order',
          dateOrderMessage('endYear', rpjmd.endYear, 'startYear', rpjmd.startYear),
        ),
      );
    }
    if (masterplan.regulationId !== undefined) {
      if (!regulations.ids.has(masterplan.regulationId))
        reportUnknown(masterplan.regulationId, regulations, ['masterplan', 'regulationId'], out);
    }
    for (let p = 0; p < masterplan.programmes.length; p++) {
      const programme = masterplan.programmes[p]!;
      const base = ['masterplan', 'programmes', p];
      checkElement(programme.pillarId, programme.elementId, base, out);
      if (!agencies.ids.has(programme.agencyId))
        reportUnknown(programme.agencyId, agencies, [...base, 'agencyId'], out);
      checkRefs(programme.innovationIds, innovations, base, 'innovationIds', out);
    }
  }

  for (let i = 0; i < ws.innovations.length; i++) {
    const innovation = ws.innovations[i]!;
    const base = ['innovations', i];
    if (!agencies.ids.has(innovation.agencyId))
      reportUnknown(innovation.agencyId, agencies, [...base, 'agencyId'], out);
    checkRefs(innovation.partnerIds, stakeholders, base, 'partnerIds', out);
    if (innovation.programmeId !== undefined) {
      if (!programmes.ids.has(innovation.programmeId))
        reportUnknown(innovation.programmeId, programmes, [...base, 'programmeId'], out);
    }
    checkRefs(innovation.applicationIds, applications, base, 'applicationIds', out);
    checkInnovationRecord(innovation, base, out);
  }

  for (let i = 0; i < ws.applications.length; i++) {
    if (!agencies.ids.has(ws.applications[i]!.agencyId))
      reportUnknown(ws.applications[i]!.agencyId, agencies, ['applications', i, 'agencyId'], out);
  }

  for (let i = 0; i < ws.evaluations.length; i++) {
    checkRefs(ws.evaluations[i]!.innovationIds, innovations, ['evaluations', i], 'innovationIds', out);
  }

  for (let i = 0; i < ws.risks.length; i++) {
    const risk = ws.risks[i]!;
    if (risk.innovationId !== undefined) {
      if (!innovations.ids.has(risk.innovationId))
        reportUnknown(risk.innovationId, innovations, ['risks', i, 'innovationId'], out);
    }
    if (risk.programmeId !== undefined) {
      if (!programmes.ids.has(risk.programmeId))
        reportUnknown(risk.programmeId, programmes, ['risks', i, 'programmeId'], out);
    }
    if (!agencies.ids.has(risk.ownerAgencyId))
      reportUnknown(risk.ownerAgencyId, agencies, ['risks', i, 'ownerAgencyId'], out);
  }
}
