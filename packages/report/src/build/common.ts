/**
 * Shared pieces of the report builders: localisation, evaluation cycles, picking the evaluation a report is about,
 * and the bridge to the core's SPBE scoring. Internal.
 */
import {
  type CollectionId,
  compareCycles,
  EVALUATION_STAGE_LABELS,
  type Evaluation,
  formatMunicipalityLabel,
  getCollection,
  getSpbeModel,
  type Issue,
  issue,
  type Lang,
  type LocalizedText,
  localize,
  type SpbeBasis,
  type SpbeLevelGain,
  type SpbeModel,
  type SpbeResult,
  scoreSpbe,
  spbeLevelGains,
  type Workspace,
} from '@smartcity/core';

/** Localises a text. */
export function L(text: LocalizedText, lang: Lang): string {
  return localize(text, lang);
}

/** A cycle as written on the command line and in reports: '2025-II', '2025-I' or '2025'. */
export interface CycleKey {
  year: number;
  stage?: 'I' | 'II';
}

/** Parses '2025-II' / '2025-I' / '2025'. */
export function parseCycle(text: unknown): CycleKey | null {
  if (typeof text !== 'string') return null;
  const m = /^(\d{4})(?:-(I|II))?$/.exec(text.trim());
  if (!m) return null;
  return m[2] ? { year: Number(m[1]), stage: m[2] as 'I' | 'II' } : { year: Number(m[1]) };
}

/** The cycle's key, '2025-II'. */
export function cycleKey(cycle: CycleKey): string {
  return cycle.stage ? `${cycle.year}-${cycle.stage}` : String(cycle.year);
}

/** The cycle for people: 'Tahap II 2025' / 'Stage II 2025' / '2025'. */
export function cycleLabel(cycle: CycleKey, lang: Lang): string {
  if (!cycle.stage) return String(cycle.year);
  return `${L(EVALUATION_STAGE_LABELS[cycle.stage], lang)} ${cycle.year}`;
}

/** Orders cycles in time with the core's `compareCycles` (a year without a stage sorts before its stages). */
export function compareCycle(a: CycleKey, b: CycleKey): number {
  return compareCycles(a, b);
}

const KIND_RANK: Record<Evaluation['kind'], number> = { 'self-assessment': 0, internal: 1, external: 2 };

function hasScores(e: Evaluation): boolean {
  return e.scores.smartCityIndex !== undefined || e.scores.spbe !== undefined;
}

/**
 * The scored evaluations up to `asOf`, oldest first; within a cycle the ministry's external evaluation sorts
 * last (it is the one a cycle is known by), then by date.
 */
export function scoredEvaluations(ws: Workspace, asOf: string): Evaluation[] {
  const year = Number(asOf.slice(0, 4));
  return ws.evaluations
    .filter((e) => hasScores(e) && (e.date === undefined || e.date <= asOf) && e.cycle.year <= year)
    .sort(
      (a, b) =>
        compareCycle(a.cycle, b.cycle) ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        (a.date ?? '').localeCompare(b.date ?? '') ||
        a.id.localeCompare(b.id),
    );
}

/** One evaluation per cycle (the last of the cycle in {@link scoredEvaluations} order) that has a smart city index. */
export function indexHistory(scored: readonly Evaluation[]): Evaluation[] {
  const byCycle = new Map<string, Evaluation>();
  for (const e of scored) if (e.scores.smartCityIndex) byCycle.set(cycleKey(e.cycle), e);
  return [...byCycle.values()];
}

/** What a report shows about an evaluation's SPBE scores: the core's result and the model it was scored with. */
export interface SpbeView {
  result: SpbeResult;
  model: SpbeModel;
  /** The SPBE data as stored (for {@link spbeLevelGains}). */
  data: unknown;
}

/** The SPBE index of an evaluation, self-assessed and verified side by side, from the core. */
export function spbeOf(e: Evaluation): SpbeView | null {
  const data = e.scores.spbe as unknown;
  if (data === undefined) return null;
  // Domain indices known only at domain level belong to the ministry's verification in an external evaluation.
  const result = scoreSpbe(data, { domainsBasis: e.kind === 'external' ? 'verified' : 'self' });
  const model = result.model ? getSpbeModel(result.model) : undefined;
  return model ? { result, model, data } : null;
}

/** The core's level gains for an evaluation's SPBE scores on one basis. */
export function levelGains(view: SpbeView, basis: SpbeBasis): SpbeLevelGain[] {
  return spbeLevelGains(view.data, basis);
}

/** The text of a finding (workspace v2: `{ id, text }`; v1: a string). */
export function findingText(finding: unknown): string {
  if (typeof finding === 'string') return finding;
  if (finding && typeof finding === 'object' && typeof (finding as { text?: unknown }).text === 'string') {
    return (finding as { text: string }).text;
  }
  return '';
}

/** An issue for a cycle that is not written '2025-II', '2025-I' or '2025'. */
export function badCycle(text: string): Issue {
  return issue(['cycle'], 'invalid_value', {
    id: `Siklus "${text}" tidak valid; tulis seperti 2025-II, 2025-I atau 2025`,
    en: `Invalid cycle "${text}"; write it like 2025-II, 2025-I or 2025`,
  });
}

/** The municipality label ('Kota Pontianak' / 'Pontianak City'). */
export function municipalityLabel(ws: Workspace, lang: Lang): string {
  return formatMunicipalityLabel(ws.municipality, lang);
}

/**
 * A field's label from the core's registry (so a column reads the same in reports, spreadsheets and the web app),
 * or `fallback` when the registry does not know the field.
 */
export function fieldLabel(collection: CollectionId, key: string, fallback: LocalizedText): LocalizedText {
  try {
    return getCollection(collection).fields.find((f) => f.key === key)?.label ?? fallback;
  } catch {
    return fallback;
  }
}
