import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '@smartcity/core';
import { SAMPLE_IDS, SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, makeTempDir, runCli, STACK_TRACE } from './test-support.js';

const temp = makeTempDir();
const file = (name: string) => join(temp.dir, name);
const pontianak = SAMPLE_WORKSPACES['pontianak-2023'];

function noStack(run: CliRun) {
  expect(run.stdout).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(STACK_TRACE);
}

interface IssueOut {
  path: (string | number)[];
  pathText: string;
  code: string;
  message: string;
  messages: { id: string; en: string };
}

beforeAll(() => {
  for (const id of SAMPLE_IDS)
    writeFileSync(file(`${id}.json`), JSON.stringify(SAMPLE_WORKSPACES[id], null, 2));
  writeFileSync(file('bom.json'), `\uFEFF${JSON.stringify(pontianak)}`);
  writeFileSync(file('bad-json.json'), '{\n  "schemaVersion": 1,\n  "municipality": \n}\n');
  writeFileSync(file('empty.json'), '');
  writeFileSync(
    file('wrong-schema.json'),
    JSON.stringify({ schemaVersion: 1, municipality: { name: 'Contoh' } }),
  );
  writeFileSync(file('array.json'), '[1, 2, 3]');
  writeFileSync(file('future.json'), JSON.stringify({ ...pontianak, schemaVersion: 99 }));
  const innovations = pontianak.innovations.map((inn, i) =>
    i === 0 ? { ...inn, pillarId: 'transport' } : inn,
  );
  writeFileSync(file('unknown-pillar.json'), JSON.stringify({ ...pontianak, innovations }));
  // JSON.parse keeps "__proto__" as an own key: exactly what an attacker's file contains.
  const text = JSON.stringify(pontianak).replace(
    '"municipality":{',
    '"municipality":{"__proto__":{"polluted":true},"constructor":{"prototype":{"y":1}},',
  );
  writeFileSync(file('proto.json'), text);
  writeFileSync(file('latin1.json'), Buffer.from([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
  mkdirSync(file('a-directory'));
});

afterAll(() => temp.remove());

describe('smartcity validate', () => {
  it.each(SAMPLE_IDS)('accepts the sample %s (exit 0)', (id) => {
    const run = runCli(['validate', file(`${id}.json`)]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('✓');
    expect(run.stdout).toContain('workspace valid');
    expect(run.stderr).toBe('');
    const en = runCli(['validate', file(`${id}.json`), '--lang', 'en']);
    expect(en.stdout).toContain('valid workspace');
    expect(en.stdout).toContain(`${SAMPLE_WORKSPACES[id].municipality.name} · City (kota) · `);
  });

  it('gives a stable JSON document for a valid workspace', () => {
    const run = runCli(['validate', file('pontianak-2023.json'), '--json']);
    expect(run.status).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body).toMatchObject({
      command: 'validate',
      ok: true,
      valid: true,
      issueCount: 0,
      issues: [],
      workspace: {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        municipality: 'Pontianak',
        regionCode: '61.71',
        timeZone: 'Asia/Pontianak',
      },
    });
    expect(body.workspace.counts.innovations).toBe(pontianak.innovations.length);
  });

  it('ignores a UTF-8 byte-order mark and reads standard input for "-"', () => {
    expect(runCli(['validate', file('bom.json')]).status).toBe(0);
    const stdin = runCli(['validate', '-'], { input: JSON.stringify(pontianak) });
    expect(stdin.status, stdin.stderr).toBe(0);
  });

  it('reports bad JSON with its line and column (exit 1)', () => {
    const id = runCli(['validate', file('bad-json.json')]);
    expect(id.status).toBe(1);
    expect(id.stdout).toContain('1 masalah ditemukan');
    expect(id.stdout).toMatch(/JSON tidak valid pada baris 4, kolom 1/);
    const en = runCli(['validate', file('bad-json.json'), '--lang', 'en', '--json']);
    expect(en.status).toBe(1);
    const body = JSON.parse(en.stdout) as { ok: boolean; issues: IssueOut[] };
    expect(body.ok).toBe(false);
    expect(body.issues[0]).toMatchObject({ path: [], pathText: '(root)', code: 'invalid_json' });
    expect(body.issues[0]!.message).toMatch(/^Invalid JSON at line 4, column 1/);
    expect(body.issues[0]!.messages.id).toMatch(/^JSON tidak valid pada baris 4, kolom 1/);
    noStack(id);
    const empty = runCli(['validate', file('empty.json'), '--lang', 'en']);
    expect(empty.status).toBe(1);
    expect(empty.stdout).toContain('Invalid JSON at line 1, column 1');
  });

  it('lists every schema issue with its path (exit 1)', () => {
    const run = runCli(['validate', file('wrong-schema.json'), '--json', '--lang', 'en']);
    expect(run.status).toBe(1);
    const body = JSON.parse(run.stdout) as { issueCount: number; issues: IssueOut[] };
    const paths = body.issues.map((i) => i.pathText);
    for (const field of ['kind', 'regionCode', 'province', 'timeZone']) {
      expect(paths).toContain(`municipality.${field}`);
    }
    expect(body.issueCount).toBe(body.issues.length);
    const text = runCli(['validate', file('wrong-schema.json')]);
    expect(text.stdout).toContain(`${body.issues.length} masalah ditemukan`);
    expect(text.stdout).toMatch(/municipality\.regionCode\s+\S/);
    expect(runCli(['validate', file('array.json')]).status).toBe(1);
  });

  it('names an unknown pillar at its path, in both languages', () => {
    const id = runCli(['validate', file('unknown-pillar.json')]);
    expect(id.status).toBe(1);
    expect(id.stdout).toMatch(/innovations\[0\]\.pillarId\s+Nilai "transport" tidak dikenal/);
    const en = runCli(['validate', file('unknown-pillar.json'), '--lang', 'en']);
    expect(en.stdout).toMatch(
      /innovations\[0\]\.pillarId\s+Unknown value "transport"; allowed values: "governance"/,
    );
    noStack(en);
  });

  it('rejects __proto__ and constructor keys without polluting anything', () => {
    const run = runCli(['validate', file('proto.json'), '--json', '--lang', 'en']);
    expect(run.status).toBe(1);
    const body = JSON.parse(run.stdout) as { issues: IssueOut[] };
    const forbidden = body.issues.filter((i) => i.code === 'forbidden_key');
    expect(forbidden.map((i) => i.pathText)).toEqual(
      expect.arrayContaining(['municipality.__proto__', 'municipality.constructor']),
    );
    expect(forbidden[0]!.messages.id).toContain('dilarang');
    expect(forbidden[0]!.message).toContain('forbidden');
    noStack(run);
  });

  it('refuses a workspace from a newer format version (exit 1)', () => {
    const run = runCli(['validate', file('future.json'), '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('schemaVersion 99');
  });

  it('explains a missing file in one line (exit 2)', () => {
    const missing = file('nope.json');
    const id = runCli(['validate', missing]);
    expect(id.status).toBe(2);
    expect(id.stdout).toBe('');
    expect(id.stderr).toBe(
      `smartcity: berkas tidak ditemukan (${missing}). Periksa jalur berkas, atau buat workspace baru dengan "smartcity init".\n`,
    );
    const en = runCli(['validate', missing, '--lang', 'en']);
    expect(en.stderr).toBe(
      `smartcity: file not found (${missing}). Check the path, or create a new workspace with "smartcity init".\n`,
    );
    const json = runCli(['validate', missing, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      command: 'validate',
      ok: false,
      error: { code: 'file_not_found', exitCode: 2, where: missing },
    });
  });

  it('explains a directory given instead of a file (exit 2)', () => {
    const run = runCli(['validate', file('a-directory'), '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `smartcity: this is a directory, not a file (${file('a-directory')}). Give the path of the JSON file inside it, e.g. <dir>/workspace.json.\n`,
    );
    const id = runCli(['validate', file('a-directory')]);
    expect(id.stderr).toContain('yang diberikan adalah direktori, bukan berkas');
  });

  it('refuses bytes that are not UTF-8 (exit 2)', () => {
    const run = runCli(['validate', file('latin1.json'), '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the file is not UTF-8 text');
    noStack(run);
  });

  it('refuses a 50 MB file before reading it (exit 2)', () => {
    const big = join(tmpdir(), `smartcity-cli-50mb-${process.pid}.json`);
    const fd = openSync(big, 'w');
    try {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      writeSync(fd, '{"schemaVersion":1,"pad":"');
      for (let i = 0; i < 50; i++) writeSync(fd, chunk);
      writeSync(fd, '"}');
      closeSync(fd);
      const started = performance.now();
      const en = runCli(['validate', big, '--lang', 'en']);
      expect(en.status).toBe(2);
      expect(en.stderr).toBe(
        `smartcity: file too large: 50.0 MiB (52428828 bytes), the limit is 20 MiB (20971520 bytes) (${big}). A workspace is usually well under 1 MiB; make sure this is the right file.\n`,
      );
      expect(performance.now() - started).toBeLessThan(5000);
      const id = runCli(['validate', big]);
      expect(id.stderr).toContain(
        'berkas terlalu besar: 50,0 MiB (52428828 bita), batasnya 20 MiB (20971520 bita)',
      );
      noStack(id);
    } finally {
      rmSync(big, { force: true });
    }
  });
});
