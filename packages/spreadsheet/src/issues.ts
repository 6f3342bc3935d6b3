import type { Issue, LocalizedText } from '@smartcity/core';

/** Where a workbook problem is (mirrors the core's `SourceLocation`; kept structural so both line up). */
export interface WorkbookLocation {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string | number;
  header?: string;
  value?: unknown;
}

/** A located issue; `source` is the core's `Issue.source` (core 0.2). */
export type LocatedIssue = Issue & { source?: WorkbookLocation; severity?: 'error' | 'warning' };

export function workbookIssue(
  code: string,
  message: LocalizedText,
  source: WorkbookLocation,
  severity: 'error' | 'warning' = 'error',
): LocatedIssue {
  const path: (string | number)[] = [];
  if (source.sheet !== undefined) path.push(source.sheet);
  if (source.row !== undefined) path.push(source.row);
  if (source.column !== undefined) path.push(String(source.column));
  const out: LocatedIssue = { path, code, message, source: stripUndefined(source) };
  if (severity === 'warning') out.severity = 'warning';
  return out;
}

function stripUndefined(loc: WorkbookLocation): WorkbookLocation {
  const out: WorkbookLocation = {};
  for (const [k, v] of Object.entries(loc)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Thrown internally to unwind the reader; always caught and turned into a Result. */
export class WorkbookAbort extends Error {
  constructor(readonly issue: LocatedIssue) {
    super(issue.message.en);
  }
}

export function abort(code: string, message: LocalizedText, source: WorkbookLocation = {}): never {
  throw new WorkbookAbort(workbookIssue(code, message, source));
}
