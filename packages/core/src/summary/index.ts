import { addCivilDays, isCivilDate } from '../calendar/civilDate.js';
import { findOverdue, type OverdueItem } from '../calendar/overdue.js';
import { startOfCivilDate } from '../calendar/zone.js';
import { formatMunicipalityLabel } from '../format/municipality.js';
import type { LocalizedText } from '../i18n/index.js';
import type { Issue, Result } from '../issues/index.js';
import { issue } from '../issues/index.js';
import type { Evaluation, EvaluationKind } from '../model/evaluation.js';
import { EVALUATION_KIND_LABELS } from '../model/evaluation.js';
import type { InnovationStatus } from '../model/innovation.js';
import { INNOVATION_STATUSES } from '../model/innovation.js';
import { type CivilDate, YEAR_RANGE } from '../model/primitives.js';
import { RISK_LEVEL_LABELS, type RiskLevel, type RiskStatus, riskLevel, riskScore } from '../model/risk.js';
import type { Workspace } from '../model/workspace.js';
import { PILLARS, type PillarId } from '../pillars/index.js';
import { compareEvaluations, scoreEvaluation } from '../scoring/evaluation-score.js';
import type { EvaluationScore } from '../scoring/evaluation-score-schema.js';
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
 * const result = summarizeWorkspace(ws, { asOf: '2023-12-31' });
 * const latest: SummaryEvaluation | null = result.success ? result.data.latestEvaluation : null;
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
  /** This evaluation's scores as data (versioned, serialisable; improvement against published totals). */
  score: EvaluationScore;
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
 * const result = summarizeWorkspace(ws, { asOf: '2023-12-31' });
 * const risk: SummaryRisk | undefined = result.success ? result.data.topRisks[0] : undefined;
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
 * const result = summarizeWorkspace(ws, { asOf: '2023-12-31' });
 * const s: WorkspaceSummary | null = result.success ? result.data : null;
 * s?.innovations.byPillar.map((p) => `${p.label.en}: ${p.total}`);
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
  /** The year the city joined the programme (its cohort), `null` when the workspace does not say. */
  cohortYear: number | null;
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
    /** How many innovations the overall figure is the mean of (with progress, not discontinued). */
    counted: number;
  };
  evaluations: {
    total: number;
    /** Evaluations up to the as-of date that have smart city or SPBE scores. */
    scored: number;
  };
  risks: {
    total: number;
    /** Risks that are not closed. */
    open: number;
  };
  topRisks: SummaryRisk[];
  overdue: OverdueItem[];
  /** The overdue list counted by severity: `overdue` (late) and `due` (by the end of the semester). */
  overdueCounts: { overdue: number; due: number };
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

function emptyCounts(): StatusCounts {
  return Object.fromEntries(INNOVATION_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function hasScores(e: Evaluation): boolean {
  return e.scores.smartCityIndex !== undefined || e.scores.spbe !== undefined;
}

/**
 * Step 1: the as-of date must be a real day the calendar arithmetic can handle (years 1900–2100, like every year
 * in a workspace); anything else is a located issue, never a RangeError.
 */
function checkAsOf(asOf: unknown): Result<CivilDate> {
  const shown = typeof asOf === 'string' ? `"${asOf}"` : typeof asOf;
  if (!isCivilDate(asOf)) {
    return {
      success: false,
      issues: [
        issue(['asOf'], 'invalid_format', {
          id: `Tanggal acuan ${shown} tidak valid: gunakan tanggal yang ada di kalender dengan format YYYY-MM-DD, misalnya 2025-07-30`,
          en: `Invalid as-of date ${shown}: use a real calendar date written YYYY-MM-DD, e.g. 2025-07-30`,
        }),
      ],
    };
  }
  const year = Number(asOf.slice(0, 4));
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return {
      success: false,
      issues: [
        issue(['asOf'], 'out_of_range', {
          id: `Tanggal acuan ${shown} di luar rentang yang didukung: tahun ${YEAR_RANGE.min}–${YEAR_RANGE.max}`,
          en: `As-of date ${shown} is outside the supported range: years ${YEAR_RANGE.min}–${YEAR_RANGE.max}`,
        }),
      ],
    };
  }
  return { success: true, data: asOf };
}

/** Step 2: innovations per status and per pillar (in pillar order). */
function countInnovations(workspace: Workspace): WorkspaceSummary['innovations'] {
  const byStatus = emptyCounts();
  const byPillar = PILLARS.map((p) => ({
    pillarId: p.id,
    label: p.label,
    total: 0,
    byStatus: emptyCounts(),
  }));
  const pillarIndex = new Map(byPillar.map((row, i) => [row.pillarId as string, i]));
  for (const innovation of workspace.innovations) {
    byStatus[innovation.status] += 1;
    const row = byPillar[pillarIndex.get(innovation.pillarId) ?? -1];
    if (row) {
      row.total += 1;
      row.byStatus[innovation.status] += 1;
    }
  }
  return { total: workspace.innovations.length, byStatus, byPillar };
}

/**
 * Step 3: KPI progress per innovation up to the as-of date, and the equal-weight mean over innovations that have
 * progress. Discontinued innovations are not expected to progress: they stay listed but out of the overall figure.
 */
function summarizeProgress(
  workspace: Workspace,
  asOf: CivilDate,
  issues: Issue[],
): WorkspaceSummary['progress'] {
  const innovations: SummaryInnovationProgress[] = workspace.innovations.map((innovation) => {
    const progress = innovationProgress(innovation, { asOf });
    return {
      id: innovation.id,
      name: innovation.name,
      pillarId: innovation.pillarId,
      status: innovation.status,
      progress: progress.progress,
      missingKpis: progress.missing,
    };
  });
  const active = innovations.filter((r) => r.status !== 'discontinued');
  const overall = rollUpProgress(active.map((r) => ({ id: r.id, progress: r.progress })));
  issues.push(...overall.issues);
  return {
    overall: overall.progress,
    innovations,
    missing: overall.missing,
    counted: active.filter((r) => r.progress !== null).length,
  };
}

/** Evaluations up to the as-of date (by date when known, else by cycle year) that have scores, oldest first. */
function scoredEvaluationsUpTo(workspace: Workspace, asOf: CivilDate): Evaluation[] {
  const year = Number(asOf.slice(0, 4));
  return workspace.evaluations
    .filter((e) => hasScores(e) && (e.date === undefined || e.date <= asOf) && e.cycle.year <= year)
    .sort(compareEvaluations);
}

/**
 * Step 4: the latest scored evaluation, with the smart city index and its improvement over the previous
 * evaluation that has one (its published total when known), and the latest SPBE index up to that point (SPBE runs
 * on its own cycle, so it may come from an earlier evaluation).
 */
function summarizeLatestEvaluation(scored: readonly Evaluation[], issues: Issue[]): SummaryEvaluation | null {
  const latest = scored.at(-1);
  if (!latest) return null;
  const previous = scored
    .slice(0, -1)
    .reverse()
    .find((e) => e.scores.smartCityIndex !== undefined);
  const sci = latest.scores.smartCityIndex
    ? scoreSmartCityIndex(latest.scores.smartCityIndex, { previous: previous?.scores.smartCityIndex })
    : null;
  if (sci) issues.push(...sci.issues);
  const spbeSource = [...scored].reverse().find((e) => e.scores.spbe !== undefined);
  const spbeResult = spbeSource?.scores.spbe
    ? scoreSpbe(spbeSource.scores.spbe, {
        domainsBasis: spbeSource.kind === 'external' ? 'verified' : 'self',
      })
    : undefined;
  if (spbeResult) issues.push(...spbeResult.issues);
  return {
    id: latest.id,
    kind: latest.kind,
    kindLabel: EVALUATION_KIND_LABELS[latest.kind],
    cycle: latest.cycle,
    ...(latest.date === undefined ? {} : { date: latest.date }),
    ...(latest.title === undefined ? {} : { title: latest.title }),
    ...(previous && sci ? { previousId: previous.id } : {}),
    smartCityIndex: sci,
    spbe: spbeResult ? (spbeResult.verified ?? spbeResult.self ?? null) : null,
    ...(spbeResult ? { spbeResult } : {}),
    ...(spbeSource ? { spbeEvaluationId: spbeSource.id } : {}),
    score: scoreEvaluation(latest, { previous: scored }),
  };
}

/** Step 5: open risks by score (likelihood × impact), then impact, then id; at most `limit`. */
function topOpenRisks(workspace: Workspace, limit: number): SummaryRisk[] {
  const agencies = new Map(workspace.agencies.map((a) => [a.id, a.abbreviation]));
  return workspace.risks
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
    .slice(0, Math.max(0, Number.isFinite(limit) ? Math.floor(limit) : 5));
}

/** Step 6: what is overdue at the end of the as-of day in the city's zone. */
function overdueAtEndOf(workspace: Workspace, asOf: CivilDate, issues: Issue[]): OverdueItem[] {
  const endOfDay = new Date(
    startOfCivilDate(addCivilDays(asOf, 1), workspace.municipality.timeZone).getTime() - 1,
  );
  const result = findOverdue(workspace, { asOf: endOfDay });
  if (result.success) return result.data;
  issues.push(...result.issues);
  return [];
}

/**
 * Summarises a (valid) workspace at a date: innovations per pillar and status, the latest scored evaluation (smart
 * city index with its improvement over the previous one, against its published total when known; per-pillar
 * indices; the SPBE index, verified when there is one, beside the self-assessed one), KPI progress per innovation
 * and overall, the risks, the top open risks, what is overdue in the city's zone, the cohort year and the counts a
 * dashboard shows. Pure: the date is passed in. An as-of date that is not a real day from 1900 to 2100
 * (`2026-02-30`, `9999-12-31`) gives `{ success: false, issues }` with the issue at `asOf`; problems in the data
 * (scores outside their scale…) are listed in the summary's own `issues`.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * const result = summarizeWorkspace(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-12-31' });
 * if (result.success) {
 *   result.data.innovations.total; // 6
 *   result.data.latestEvaluation?.id; // 'evaluasi-2021-ii'
 * }
 * summarizeWorkspace(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2026-02-30' }).success; // false
 * ```
 */
export function summarizeWorkspace(
  workspace: Workspace,
  options: SummarizeOptions,
): Result<WorkspaceSummary> {
  const checked = checkAsOf(options?.asOf);
  if (!checked.success) return checked;
  const asOf = checked.data;
  const issues: Issue[] = [];
  const m = workspace.municipality;
  const scored = scoredEvaluationsUpTo(workspace, asOf);
  const progress = summarizeProgress(workspace, asOf, issues);
  const latestEvaluation = summarizeLatestEvaluation(scored, issues);
  const overdue = overdueAtEndOf(workspace, asOf, issues);
  const summary: WorkspaceSummary = {
    municipality: {
      name: m.name,
      label: { id: formatMunicipalityLabel(m, 'id'), en: formatMunicipalityLabel(m, 'en') },
      kind: m.kind,
      regionCode: m.regionCode,
      province: m.province,
      timeZone: m.timeZone,
    },
    cohortYear: m.cohortYear ?? null,
    asOf,
    innovations: countInnovations(workspace),
    latestEvaluation,
    progress,
    evaluations: { total: workspace.evaluations.length, scored: scored.length },
    risks: {
      total: workspace.risks.length,
      open: workspace.risks.filter((r) => r.status !== 'closed').length,
    },
    topRisks: topOpenRisks(workspace, options.riskLimit ?? 5),
    overdue,
    overdueCounts: {
      overdue: overdue.filter((o) => o.severity === 'overdue').length,
      due: overdue.filter((o) => o.severity === 'due').length,
    },
    issues,
  };
  return { success: true, data: summary };
}
