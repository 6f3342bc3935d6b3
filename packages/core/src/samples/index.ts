/**
 * Sample workspaces (filled in by the samples work).
 *
 * @packageDocumentation
 */
export const SAMPLE_IDS = [] as const;
