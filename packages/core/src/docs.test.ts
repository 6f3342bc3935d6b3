import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every public export carries a TSDoc comment with an @example (STYLE.md): the generated API site is the reference
// integrators read, and an export without an example is one they have to guess at.
describe('public API documentation', () => {
  it('documents every export of the entry points with an example', () => {
    const root = resolve(import.meta.dirname, '..');
    const config = ts.getParsedCommandLineOfConfigFile(
      resolve(root, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    );
    const entries = ['src/index.ts', 'src/samples/index.ts'].map((e) => resolve(root, e));
    const program = ts.createProgram(entries, config?.options ?? {});
    const checker = program.getTypeChecker();
    const undocumented: string[] = [];
    let count = 0;
    for (const entry of entries) {
      const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        count++;
        const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const hasExample = target.getJsDocTags(checker).some((tag) => tag.name === 'example');
        if (!hasExample) undocumented.push(exported.name);
      }
    }
    expect(count).toBeGreaterThan(200);
    expect(undocumented).toEqual([]);
  }, 60_000);
});
