import { formatPath, type Issue, localize, parseWorkspaceJson, type Workspace } from '@smartcity/core';
import type { CommandContext } from '../commands/types.js';
import { CliError, EXIT } from '../ui/errors.js';
import { type CliLang, tr } from '../ui/lang.js';
import { MSG } from '../ui/messages.js';
import { readTextFile } from './files.js';

/** An issue as the CLI's JSON output shows it (documented in docs/cli.md). */
export interface IssueJson {
  path: (string | number)[];
  pathText: string;
  code: string;
  message: string;
  messages: { id: string; en: string };
}

/** The JSON form of a core issue: its path both as data and as text, its message in the chosen and both languages. */
export function issueJson(item: Issue, lang: CliLang): IssueJson {
  return {
    path: [...item.path],
    pathText: formatPath(item.path),
    code: item.code,
    message: localize(item.message, lang),
    messages: { id: item.message.id, en: item.message.en },
  };
}

/** Reads a workspace file (with a progress bar for slow reads) and parses it through the core. */
export async function readWorkspace(
  ctx: CommandContext,
  path: string,
): Promise<{ success: true; data: Workspace } | { success: false; issues: Issue[] }> {
  // Two phases: reading (by bytes) and validating (one step, synchronous in the core). The bar only appears when
  // the whole takes longer than a second, i.e. for inputs of many megabytes.
  const progress = ctx.progress(path, 2);
  let last = 0;
  try {
    const text = await readTextFile(path, {
      onProgress: (read, total) => {
        progress.tick((read - last) / total, path);
        last = read;
      },
    });
    progress.tick(0, `${path}: ${tr(MSG.validating, ctx.lang)}`);
    return parseWorkspaceJson(text);
  } finally {
    progress.done();
  }
}

/**
 * Reads and parses a workspace for a command that needs a valid one (summary, schedule): an invalid workspace
 * stops the command with exit 1, the first issue, and the advice to run `smartcity validate`.
 */
export async function requireWorkspace(ctx: CommandContext, path: string): Promise<Workspace> {
  const result = await readWorkspace(ctx, path);
  if (result.success) return result.data;
  const first = result.issues[0];
  throw new CliError({
    code: 'invalid_workspace',
    what: MSG.workspaceInvalid(
      result.issues.length,
      first && { path: formatPath(first.path), message: first.message },
    ),
    where: path,
    hint: MSG.runValidate(path),
    exitCode: EXIT.invalid,
  });
}
