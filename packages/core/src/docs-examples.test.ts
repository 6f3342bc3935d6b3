import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';
import * as samples from './samples/index.js';

// The examples in docs/core.md that follow a `<!-- run: name -->` marker are run here, so the guide cannot drift
// from the code: `import … from '@smartcity/core'` reads from this package, and every line ending in
// `// → value` must produce that value (JSON).
const guide = readFileSync(resolve(import.meta.dirname, '../../../docs/core.md'), 'utf8');
const blocks = [...guide.matchAll(/<!-- run: ([\w-]+) -->\s*```ts\n([\s\S]*?)```/g)].map((m) => ({
  name: m[1]!,
  code: m[2]!,
}));

function compile(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const imported = /^import \{([^}]+)\} from '@smartcity\/core(\/samples)?';$/.exec(line);
      if (imported) return `const {${imported[1]}} = ${imported[2] ? 'samples' : 'core'};`;
      const checked = /^(.*);\s*\/\/ → (.*)$/.exec(line);
      if (checked) return `check(${checked[1]}, ${JSON.stringify(checked[2])}, ${JSON.stringify(line)});`;
      return line;
    })
    .join('\n');
}

describe('docs/core.md runnable examples', () => {
  it('finds the examples', () => {
    expect(blocks.map((b) => b.name)).toEqual(
      expect.arrayContaining(['spbe-models', 'spbe-incomplete', 'spbe-gains', 'scores-as-data', 'summary']),
    );
  });

  for (const block of blocks) {
    it(`runs "${block.name}" and prints what the guide says`, () => {
      let checks = 0;
      const check = (actual: unknown, expected: string, line: string): void => {
        checks++;
        expect(actual, line).toEqual(JSON.parse(expected));
      };
      new Function('core', 'samples', 'check', compile(block.code))(core, samples, check);
      expect(checks).toBeGreaterThan(0);
    });
  }
});
