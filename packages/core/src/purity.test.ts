import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core must stay pure and isomorphic: no clock, no machine time zone, no Node built-ins, no console output.
// Domain functions take `asOf` dates and IANA zones as arguments instead.
const FORBIDDEN: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'reads the clock (pass an asOf date)'],
  [/new Date\(\s*\)/, 'reads the clock (pass an asOf date)'],
  [/resolvedOptions\(\)\s*\.timeZone/, "reads the machine's time zone (pass an IANA zone)"],
  [/\.getTimezoneOffset\(/, "uses the machine's time zone (pass an IANA zone)"],
  [/\bprocess\./, 'uses Node globals'],
  [/from ['"]node:/, 'imports a Node built-in'],
  [/\brequire\(/, 'uses require'],
  [/\bconsole\./, 'prints to the console'],
  [/Math\.random\(/, 'is non-deterministic'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('core purity', () => {
  const root = import.meta.dirname;
  const files = sourceFiles(root);

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('has no clock, machine time zone, Node built-ins or console output in domain code', () => {
    const offences: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
        for (const [pattern, why] of FORBIDDEN) {
          if (pattern.test(code))
            offences.push(`${relative(root, file)}:${index + 1} ${why}: ${line.trim()}`);
        }
      });
    }
    expect(offences).toEqual([]);
  });
});
