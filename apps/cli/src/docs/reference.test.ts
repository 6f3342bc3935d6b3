// The generated parts of the documentation must match the code: docs/cli.md's option tables (the parser's specs of
// every registered command) and docs/fields.md (the core's registry). `npm run docs -w @smartcity/cli` rewrites
// them (UPDATE_DOCS=1); without it, a stale file fails here.
import { readFileSync, writeFileSync } from 'node:fs';
import { COLLECTIONS } from '@smartcity/core';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/registry.js';
import {
  fillGeneratedBlocks,
  generatedBlockNames,
  renderCommandBlock,
  renderFieldReference,
  renderGlobalBlock,
} from './reference.js';

const update = process.env.UPDATE_DOCS === '1';
const CLI_MD = new URL('../../../../docs/cli.md', import.meta.url);
const FIELDS_MD = new URL('../../../../docs/fields.md', import.meta.url);

function check(url: URL, expected: string) {
  if (update) writeFileSync(url, expected);
  expect(readFileSync(url, 'utf8'), `${url.pathname} is stale: run "npm run docs -w @smartcity/cli"`).toBe(
    expected,
  );
}

describe('docs/cli.md matches the parser', () => {
  it('has a generated usage and option table for every command, equal to its --help', async () => {
    const text = readFileSync(CLI_MD, 'utf8');
    const blocks: Record<string, string> = { 'global-options': renderGlobalBlock() };
    for (const entry of COMMANDS) blocks[`command-${entry.name}`] = renderCommandBlock(await entry.load());
    const names = generatedBlockNames(text);
    for (const name of Object.keys(blocks)) {
      expect(names, `docs/cli.md needs a block <!-- generated:${name} -->`).toContain(name);
    }
    check(CLI_MD, fillGeneratedBlocks(text, blocks));
  });

  it('documents exactly the flags each command accepts', async () => {
    const text = readFileSync(CLI_MD, 'utf8');
    for (const entry of COMMANDS) {
      const command = await entry.load();
      const block =
        new RegExp(`<!-- generated:command-${entry.name} -->\\n([\\s\\S]*?)<!-- /generated -->`).exec(
          text,
        )?.[1] ?? '';
      const documented = [...block.matchAll(/`--([a-z][a-z0-9-]*)`/g)].map((m) => m[1]).sort();
      expect(documented, entry.name).toEqual(Object.keys(command.options).sort());
    }
  });
});

describe('docs/fields.md is generated from the registry', () => {
  it('is up to date', () => {
    const expected = renderFieldReference(COLLECTIONS);
    for (const c of COLLECTIONS) expect(expected).toContain(`## ${c.id}\n`);
    check(FIELDS_MD, expected);
  });
});
