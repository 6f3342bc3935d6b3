import type { Issue, LocalizedText, SourceLocation } from '@smartcity/core';

/** An issue with its location in the file (the core's `Issue.source`). */
export type LocatedIssue = Issue;

export function workbookIssue(
  code: string,
  message: LocalizedText,
  source: SourceLocation,
  severity: 'error' | 'warning' = 'error',
  path?: (string | number)[],
): Issue {
  const out: Issue = { path: path ?? locationPath(source), code, message, source: stripUndefined(source) };
  if (severity === 'warning') out.severity = 'warning';
  return out;
}

function locationPath(source: SourceLocation): (string | number)[] {
  const path: (string | number)[] = [];
  if (source.sheet !== undefined) path.push(source.sheet);
  if (source.row !== undefined) path.push(source.row);
  if (source.column !== undefined) path.push(String(source.column));
  return path;
}

function stripUndefined(loc: SourceLocation): SourceLocation {
  const out: SourceLocation = {};
  for (const [k, v] of Object.entries(loc)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Thrown internally to unwind the reader; always caught and turned into a Result. */
export class WorkbookAbort extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message.en);
  }
}

export function abort(code: string, message: LocalizedText, source: SourceLocation = {}): never {
  throw new WorkbookAbort(workbookIssue(code, message, source));
}
