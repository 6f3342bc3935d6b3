// Generated documentation: the option tables of docs/cli.md (from the commands' parser specs) and the field
// reference docs/fields.md (from the core's registry of collections). Regenerate with
// `npm run docs -w @smartcity/cli`; src/docs/reference.test.ts fails when a committed file is stale.
import type { CollectionInfo, FieldInfo } from '@smartcity/core';
import type { Command, OptionSpec } from '../commands/types.js';
import { GLOBAL_OPTIONS } from '../ui/help.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function optionRow(name: string, spec: OptionSpec): string {
  const flag = `${spec.short ? `\`-${spec.short}\`, ` : ''}\`--${name}\``;
  const value = spec.type === 'string' ? `\`${spec.valueName ?? '<value>'}\`` : '';
  return `| ${flag} | ${cell(value)} | ${cell(spec.description.en)} |`;
}

/** The markdown of one command's usage, arguments and options, as its `--help` shows them (in English). */
export function renderCommandBlock(command: Command): string {
  const lines = ['```text', `smartcity ${command.usage}`, '```', ''];
  if (command.positionals.length > 0) {
    lines.push('| argument | meaning |', '| --- | --- |');
    for (const p of command.positionals) lines.push(`| \`${p.name}\` | ${cell(p.description.en)} |`);
    lines.push('');
  }
  const options = Object.entries(command.options);
  if (options.length > 0) {
    lines.push('| option | value | meaning |', '| --- | --- | --- |');
    for (const [name, spec] of options) lines.push(optionRow(name, spec));
  } else {
    lines.push('No options besides the global ones.');
  }
  return lines.join('\n');
}

/** The table of global options. */
export function renderGlobalBlock(): string {
  return [
    '| option | value | meaning |',
    '| --- | --- | --- |',
    ...Object.entries(GLOBAL_OPTIONS).map(([name, spec]) => optionRow(name, spec)),
    '| `-v`, `--version` |  | show the version |',
  ].join('\n');
}

const BLOCK = /<!-- generated:([a-z0-9-]+) -->\n[\s\S]*?<!-- \/generated -->/g;

/** The names of the generated blocks a document has, in order. */
export function generatedBlockNames(text: string): string[] {
  return [...text.matchAll(BLOCK)].map((m) => m[1]!);
}

/** Replaces every `<!-- generated:name -->…<!-- /generated -->` block with `blocks[name]`. */
export function fillGeneratedBlocks(text: string, blocks: Readonly<Record<string, string>>): string {
  return text.replace(BLOCK, (whole, name: string) =>
    blocks[name] === undefined ? whole : `<!-- generated:${name} -->\n${blocks[name]}\n<!-- /generated -->`,
  );
}

function fieldType(field: FieldInfo, byId: ReadonlyMap<string, CollectionInfo>): string {
  if (field.kind === 'enum' && field.options) return field.options.map((o) => `\`${o.value}\``).join(', ');
  if (field.reference) return `id of ${byId.get(field.reference)?.entity.en ?? field.reference}`;
  return field.kind;
}

/**
 * The field reference of the workspace (docs/fields.md): every collection with its path, and every field with its
 * key, whether it is required, its type or allowed values, and its label and description in both languages.
 */
export function renderFieldReference(collections: readonly CollectionInfo[]): string {
  const byId = new Map(collections.map((c) => [c.id as string, c]));
  const out = [
    '# Workspace field reference',
    '',
    '<!-- Generated from the core registry (COLLECTIONS in @smartcity/core) by `npm run docs -w @smartcity/cli`;',
    '     do not edit by hand: apps/cli/src/docs/reference.test.ts fails when this file is stale. -->',
    '',
    'Every record a workspace holds, where it lives in the JSON and what each field means. A path such as',
    '`innovations[*].kpis[*]` means "each KPI of each innovation". Required fields must be given; the others may be',
    'left out. A full example with every entity is [docs/examples/workspace.json](examples/workspace.json); the CLI can',
    'add innovations, KPI measurements and evaluations without editing JSON (`smartcity add`, see [cli.md](cli.md)).',
    '',
    '## Collections',
    '',
    '| collection | path | inside | fields |',
    '| --- | --- | --- | --- |',
  ];
  for (const c of collections) {
    const path = c.path.length === 0 ? '(root)' : c.path.join('.').replace(/\.\*/g, '[*]');
    const parent = c.parent ? (byId.get(c.parent)?.entity.en ?? c.parent) : '';
    out.push(
      `| [${cell(c.entityPlural.en)}](#${c.id.toLowerCase()}) | \`${path}\` | ${cell(parent)} | ${c.fields.length} |`,
    );
  }
  for (const c of collections) {
    const path = c.path.length === 0 ? '(root)' : c.path.join('.').replace(/\.\*/g, '[*]');
    out.push('', `## ${c.id}`, '', `**${c.entityPlural.en}** (${c.entityPlural.id}) — \`${path}\``);
    const facts: string[] = [];
    if (c.idField) facts.push(`id field \`${c.idField}\``);
    if (c.displayField) facts.push(`shown by \`${c.displayField}\``);
    if (c.references.length > 0) {
      facts.push(
        `references: ${c.references.map((r) => `\`${r.field}\` → ${byId.get(r.collection)?.entity.en ?? r.collection}`).join(', ')}`,
      );
    }
    if (facts.length > 0) out.push('', `${facts.join('; ')}.`);
    out.push(
      '',
      '| field | required | type / values | meaning (en) | arti (id) |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const f of c.fields) {
      const en = f.description ? `${f.label.en}: ${f.description.en}` : f.label.en;
      const id = f.description ? `${f.label.id}: ${f.description.id}` : f.label.id;
      const unit = f.unit ? ` (${f.unit.en})` : '';
      out.push(
        `| \`${f.key}\` | ${f.required ? 'yes' : ''} | ${cell(fieldType(f, byId))} | ${cell(en + unit)} | ${cell(id)} |`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
