import { addCivilDays } from '../calendar/civilDate.js';
import { findOverdue, type OverdueItem } from '../calendar/overdue.js';
import { startOfCivilDate } from '../calendar/zone.js';
import type { LocalizedText } from '../i18n/index.js';
import type { Issue } from '../issues/index.js';
import type { Evaluation, EvaluationKind } from '../model/evaluation.js';
import { EVALUATION_KIND_LABELS } from '../model/evaluation.js';
import type { InnovationStatus } from '../model/innovation.js';
import { INNOVATION_STATUSES } from '../model/innovation.js';
import { MUNICIPALITY_KIND_LABELS } from '../model/municipality.js';
import type { CivilDate } from '../model/primitives.js';
import { RISK_LEVEL_LABELS, type RiskLevel, type RiskStatus, riskLevel, riskScore } from '../model/risk.js';
import type { Workspace } from '../model/workspace.js';
import { PILLARS, type PillarId } from '../pillars/index.js';
import { innovationProgress, rollUpProgress } from '../scoring/progress.js';
import { type SmartCityIndexScore, scoreSmartCityIndex } from '../scoring/smart-city-index.js';
import { type SpbeIndexScore, type SpbeResult, scoreSpbe } from '../scoring/spbe.js';

/**
 * Innovation counts per lifecycle status.
 *
 * @example
 * ```ts
 * const counts: StatusCounts = { planned: 1, 'in-progress': 2, implemented: 0, evaluated: 1, discontinued: 0 };
 * ```
 */
export type StatusCounts = Record<InnovationStatus, number>;

/**
 * The evaluation a summary reports: the latest one that has scores, scored with the smart city index (with its
 * improvement against the previous scored evaluation) and the SPBE 2020 index when present.
 *
 * @example
 * ```ts
 * const latest: SummaryEvaluation | null = summarizeWorkspace(ws, { asOf: '2023-12-31' }).latestEvaluation;
 * latest?.smartCityIndex?.totalRounded; // e.g. 3.42
 * ```
 */
export interface SummaryEvaluation {
  id: string;
  kind: EvaluationKind;
  kindLabel: LocalizedText;
  cycle: Evaluation['cycle'];
  date?: CivilDate;
  title?: string;
  /** Id of the evaluation the improvement is measured against, if any. */
  previousId?: string;
  smartCityIndex: SmartCityIndexScore | null;
  /**
   * The latest SPBE 2020 index up to the as-of date. SPBE is assessed on its own (biennial) cycle, so it may come
   * from an earlier evaluation than this one: `spbeEvaluationId` names it.
   */
  spbe: SpbeIndexScore | null;
  /** Both SPBE indices (self-assessed and verified) of that evaluation, with the model used. */
  spbeResult?: SpbeResult;
  spbeEvaluationId?: string;
}

/**
 * One innovation's progress in a summary.
 *
 * @example
 * ```ts
 * const row: SummaryInnovationProgress = { id: 'pionirs', name: 'Pionirs', pillarId: 'governance', status: 'evaluated', progress: 88.5, missingKpis: [] };
 * ```
 */
export interface SummaryInnovationProgress {
  id: string;
  name: string;
  pillarId: PillarId;
  status: InnovationStatus;
  /** 0–100, or `null` when no KPI has a usable measurement (never counted as 0). */
  progress: number | null;
  /** KPIs without a usable measurement. */
  missingKpis: string[];
}

/**
 * A risk in a summary's top list, ordered by score (likelihood × impact), highest first.
 *
 * @example
 * ```ts
 * const risk: SummaryRisk = summarizeWorkspace(ws, { asOf: '2023-12-31' }).topRisks[0]!;
 * risk.levelLabel.en; // e.g. 'High'
 * ```
 */
export interface SummaryRisk {
  id: string;
  title: string;
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  levelLabel: LocalizedText;
  status: RiskStatus;
  ownerAgencyId: string;
  /** The owner agency's abbreviation, or its id when the agency is unknown. */
  owner: string;
  innovationId?: string;
}

/**
 * What a dashboard, the CLI's `summary` or a report shows about a workspace at a date: innovations per pillar and
 * status, the latest evaluation's scores with predicates, progress, top risks and overdue items.
 *
 * @example
 * ```ts
 * const s: WorkspaceSummary = summarizeWorkspace(ws, { asOf: '2023-12-31' });
 * s.innovations.byPillar.map((p) => `${p.label.en}: ${p.total}`);
 * ```
 */
export interface WorkspaceSummary {
  municipality: {
    name: string;
    /** e.g. "Kota Pontianak" / "Pontianak City". */
    label: LocalizedText;
    kind: Workspace['municipality']['kind'];
    regionCode: string;
    province: string;
    timeZone: string;
  };
  asOf: CivilDate;
  innovations: {
    total: number;
    byStatus: StatusCounts;
    byPillar: { pillarId: PillarId; label: LocalizedText; total: number; byStatus: StatusCounts }[];
  };
  latestEvaluation: SummaryEvaluation | null;
  progress: {
    /** Equal-weight mean over innovations that have progress; `null` when none has. */
    overall: number | null;
    innovations: SummaryInnovationProgress[];
    /** Innovations without any usable KPI measurement (not counted as 0). */
    missing: string[];
  };
  topRisks: SummaryRisk[];
  overdue: OverdueItem[];
  /** Problems met while summarising (e.g. scores outside their scale); the summary is still produced. */
  issues: Issue[];
}

/**
 * Options of {@link summarizeWorkspace}.
 *
 * @example
 * ```ts
 * const options: SummarizeOptions = { asOf: '2024-06-30', riskLimit: 3 };
 * ```
 */
export interface SummarizeOptions {
  /** The day the summary is about, in the city's zone (progress counts measurements up to it). */
  asOf: CivilDate;
  /** How many risks to list (default 5); closed risks are left out. */
  riskLimit?: number;
}

const STAGE_ORDER = { I: 1, II: 2 } as const;

function emptyCounts(): StatusCounts {
  return Object.fromEntries(INNOVATION_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Sort key of an evaluation in time: cycle year, stage (none sorts before I), then date. */
function evaluationKey(e: Evaluation): string {
  const stage = e.cycle.stage === undefined ? 0 : STAGE_ORDER[e.cycle.stage];
  return `${String(e.cycle.year).padStart(4, '0')}-${stage}-${e.date ?? ''}`;
}

function hasScores(e: Evaluation): boolean {
  return e.scores.smartCityIndex !== undefined || e.scores.spbe !== undefined;
}

/**
 * Summarises a (valid) workspace at a date: innovations per pillar and status, the latest scored evaluation (smart
 * city index with its improvement over the previous one, per-pillar indices, SPBE 2020 index and predicate), KPI
 * progress rolled up per innovation and overall, the top open risks, and what is overdue in the city's zone. Pure:
 * the date is passed in.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * const summary = summarizeWorkspace(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-12-31' });
 * summary.innovations.total; // 6
 * summary.latestEvaluation?.id; // 'evaluasi-2021-ii'
 * ```
 */
export function summarizeWorkspace(workspace: Workspace, options: SummarizeOptions): WorkspaceSummary {
  const { asOf } = options;
  const riskLimit = options.riskLimit ?? 5;
  const issues: Issue[] = [];
  const m = workspace.municipality;

  const byStatus = emptyCounts();
  const pillarRows = PILLARS.map((p) => ({
    pillarId: p.id,
    label: p.label,
    total: 0,
    byStatus: emptyCounts(),
  }));
  const pillarIndex = new Map(pillarRows.map((row, i) => [row.pillarId as string, i]));
  const innovationRows: SummaryInnovationProgress[] = [];
  for (const innovation of workspace.innovations) {
    byStatus[innovation.status] += 1;
    const row = pillarRows[pillarIndex.get(innovation.pillarId) ?? -1];
    if (row) {
      row.total += 1;
      row.byStatus[innovation.status] += 1;
    }
    const progress = innovationProgress(innovation, { asOf });
    innovationRows.push({
      id: innovation.id,
      name: innovation.name,
      pillarId: innovation.pillarId,
      status: innovation.status,
      progress: progress.progress,
      missingKpis: progress.missing,
    });
  }
  // Discontinued innovations are not expected to progress; they stay listed but out of the overall figure.
  const overall = rollUpProgress(
    innovationRows
      .filter((r) => r.status !== 'discontinued')
      .map((r) => ({ id: r.id, progress: r.progress })),
  );
  issues.push(...overall.issues);

  const scored = workspace.evaluations
    .filter(
      (e) =>
        hasScores(e) && (e.date === undefined || e.date <= asOf) && e.cycle.year <= Number(asOf.slice(0, 4)),
    )
    .sort((a, b) => (evaluationKey(a) < evaluationKey(b) ? -1 : evaluationKey(a) > evaluationKey(b) ? 1 : 0));
  const latest = scored.at(-1);
  let latestEvaluation: SummaryEvaluation | null = null;
  if (latest) {
    const previous = scored
      .slice(0, -1)
      .reverse()
      .find((e) => e.scores.smartCityIndex !== undefined);
    const sci = latest.scores.smartCityIndex
      ? scoreSmartCityIndex(latest.scores.smartCityIndex, {
          previous: previous?.scores.smartCityIndex,
        })
      : null;
    const spbeSource = [...scored].reverse().find((e) => e.scores.spbe !== undefined);
    const spbeResult = spbeSource?.scores.spbe
      ? scoreSpbe(spbeSource.scores.spbe, {
          domainsBasis: spbeSource.kind === 'external' ? 'verified' : 'self',
        })
      : undefined;
    const spbe = spbeResult ? (spbeResult.verified ?? spbeResult.self ?? null) : null;
    if (sci) issues.push(...sci.issues);
    if (spbeResult) issues.push(...spbeResult.issues);
    latestEvaluation = {
      id: latest.id,
      kind: latest.kind,
      kindLabel: EVALUATION_KIND_LABELS[latest.kind],
      cycle: latest.cycle,
      ...(latest.date === undefined ? {} : { date: latest.date }),
      ...(latest.title === undefined ? {} : { title: latest.title }),
      ...(previous && sci ? { previousId: previous.id } : {}),
      smartCityIndex: sci,
      spbe,
      ...(spbeResult ? { spbeResult } : {}),
      ...(spbeSource ? { spbeEvaluationId: spbeSource.id } : {}),
    };
  }

  const agencies = new Map(workspace.agencies.map((a) => [a.id, a.abbreviation]));
  const topRisks: SummaryRisk[] = workspace.risks
    .filter((r) => r.status !== 'closed')
    .map((r) => {
      const level = riskLevel(r.likelihood, r.impact);
      return {
        id: r.id,
        title: r.title,
        likelihood: r.likelihood,
        impact: r.impact,
        score: riskScore(r.likelihood, r.impact),
        level,
        levelLabel: RISK_LEVEL_LABELS[level],
        status: r.status,
        ownerAgencyId: r.ownerAgencyId,
        owner: agencies.get(r.ownerAgencyId) ?? r.ownerAgencyId,
        ...(r.innovationId === undefined ? {} : { innovationId: r.innovationId }),
      };
    })
    .sort((a, b) => b.score - a.score || b.impact - a.impact || a.id.localeCompare(b.id))
    .slice(0, Math.max(0, riskLimit));

  // "As of a day" means at the end of that day in the city's zone.
  const overdueResult = findOverdue(workspace, {
    asOf: new Date(startOfCivilDate(addCivilDays(asOf, 1), m.timeZone).getTime() - 1),
  });
  const overdue = overdueResult.success ? overdueResult.data : [];
  if (!overdueResult.success) issues.push(...overdueResult.issues);

  const kindLabel = MUNICIPALITY_KIND_LABELS[m.kind];
  return {
    municipality: {
      name: m.name,
      label: {
        id: `${kindLabel.id} ${m.name}`,
        en: m.kind === 'kota' ? `${m.name} City` : `${m.name} Regency`,
      },
      kind: m.kind,
      regionCode: m.regionCode,
      province: m.province,
      timeZone: m.timeZone,
    },
    asOf,
    innovations: { total: workspace.innovations.length, byStatus, byPillar: pillarRows },
    latestEvaluation,
    progress: { overall: overall.progress, innovations: innovationRows, missing: overall.missing },
    topRisks,
    overdue,
    issues,
  };
}
