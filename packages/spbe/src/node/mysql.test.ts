import mysql from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import { importSpbe } from '../importSpbe.js';
import { computeSpbeIndex } from '../spbeIndex.js';
import { testWorkspace } from '../testing/workspace.testutil.js';
import { NODE_IMPORTERS, readImportSource } from './index.js';
import type { DatabaseLayout } from './layouts.js';
import { MONEV_LAYOUT } from './layouts.js';
import { fixtureUrl, serverSocket } from './mariadb.testutil.js';
import { describeTarget, mapMysqlRead, mysqlImporter, readMysqlTables } from './mysql.js';

type Spbe = {
  model: string;
  indicators: Record<
    string,
    { self?: number; verified?: number; recommendation?: string; evidence?: string[]; explanation?: string }
  >;
};

function spbeOf(ev: unknown): Spbe {
  return (ev as { scores: { spbe: Spbe } }).scores.spbe;
}

describe('MySQL/MariaDB importer (real MariaDB)', () => {
  it('reads the monev layout: free-text levels, latin1 mojibake, "-" as null, zero-padded OPD codes', async () => {
    const url = fixtureUrl('monev');
    const source = await readImportSource(url);
    expect(source.name).toBe(`mysql://spbe@127.0.0.1:${new URL(url).port}/monev`);
    expect(await mysqlImporter.detect(source)).toBe(1);
    const { data, report } = await mysqlImporter.import(source, { workspace: testWorkspace() });
    expect(report.source.kind).toBe('mysql:monev');
    const spbe = spbeOf(data.evaluations?.[0]);
    expect(spbe.model).toBe('spbe-2020');
    expect(Object.keys(spbe.indicators).length).toBe(47);
    expect(spbe.indicators['1']).toEqual({ self: 3, verified: 2 });
    expect(spbe.indicators['3']?.recommendation).toBe('Tingkatkan indikator 3 – lengkapi data dukung');
    expect(spbe.indicators['16']?.recommendation).toBe('Server Xeon® sudah di pusat data sejak 12/31/2015');
    const weight = report.issues.find((i) => i.code === 'weight_mismatch');
    expect(weight?.message.en).toContain('32, 33, 34, 35, 36, 37, 38, 39, 40, 41');
    const apps = data.applications ?? [];
    expect(apps.map((a) => [a.name, a.agencyId, a.status])).toEqual([
      ['SIMPEG', 'diskominfo', 'active'],
      ['SIMDA Keuangan', 'opd-308010101', 'inactive'],
      ['SIPEDAS', 'diskominfo', 'active'],
      ['Kafé Data', 'opd-40100', 'active'],
    ]);
    expect(apps[0]?.description).toBe('Sistem informasi kepegawaian');
    expect(apps[0]?.extensions).toMatchObject({
      'spbe.integrated': true,
      'spbe.otherApps': true,
      'spbe.createdAt': '2019-12-30',
    });
    expect((apps[0]?.extensions?.['spbe.columns'] as Record<string, unknown> | undefined)?.cpu_server).toBe(
      'Intel Xeon® E5-2620',
    );
    expect(apps[1]?.url).toBeUndefined();
    expect(apps[1]?.extensions?.['spbe.yearBuilt']).toBeUndefined();
    const codes = report.issues.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['mojibake_repaired', 'us_date', 'agency_created', 'required']),
    );
    expect(report.counts.rejected).toBe(1);
  });

  it('reads the Laravel layout: answers table, soft deletes, status 1/0, OPD names', async () => {
    const { data, report } = await mysqlImporter.import(
      { name: 'laravel', url: fixtureUrl('laravel') },
      { workspace: testWorkspace() },
    );
    expect(report.source.kind).toBe('mysql:laravel');
    const spbe = spbeOf(data.evaluations?.[0]);
    expect(data.evaluations?.[0]?.cycle.year).toBe(2023);
    expect(spbe.indicators['1']).toEqual({
      self: 4,
      explanation: 'Penjelasan indikator 1: fakta dan analisis',
    });
    expect(spbe.indicators['4']?.evidence).toEqual(['bukti/4.Perwal-1-2023.pdf']);
    expect(data.applications?.map((a) => [a.name, a.agencyId, a.status, a.kind])).toEqual([
      ['SIPEDAS', 'diskominfo', 'active', 'public-service'],
      ['e-Puskesmas', 'dinkes', 'inactive', 'administrative'],
      ['e-Pajak', 'opd-badan-pendapatan-daerah', 'active', 'public-service'],
    ]);
    expect(report.issues.filter((i) => i.code === 'weight_mismatch')).toEqual([]);
  });

  it('maps inventory rows while they stream in exactly as from the tables read first', async () => {
    // Two inventory queries (one without a name column) beside the self-assessment: the report order, counts,
    // located issues and data must not depend on whether the inventory was tabled or streamed.
    const twoInventories: DatabaseLayout = {
      id: 'two',
      label: { id: 'Dua inventaris', en: 'Two inventories' },
      queries: [
        ...MONEV_LAYOUT.queries,
        {
          kind: 'inventory',
          table: 'aplikasi_kode',
          requires: ['aplikasi'],
          sql: 'SELECT a.id_app AS kode, a.unit FROM aplikasi a ORDER BY a.id_app',
        },
      ],
    };
    const cases: ['monev' | 'laravel', readonly DatabaseLayout[] | undefined][] = [
      ['monev', undefined],
      ['laravel', undefined],
      ['monev', [twoInventories]],
    ];
    for (const [database, layouts] of cases) {
      const url = fixtureUrl(database);
      const workspace = testWorkspace();
      const streamed = await mysqlImporter.import(
        { name: database, url, options: layouts ? { layouts } : undefined },
        { workspace },
      );
      const tabled = mapMysqlRead(await readMysqlTables({ url, layouts }), { workspace });
      expect(streamed.data.applications?.length).toBeGreaterThan(2);
      expect(JSON.stringify(streamed)).toBe(JSON.stringify(tabled));
    }
  });

  it('works read-only: the session refuses writes', async () => {
    const conn = await mysql.createConnection(fixtureUrl('monev'));
    await conn.query('SET SESSION TRANSACTION READ ONLY');
    await conn.query('START TRANSACTION READ ONLY');
    await expect(conn.query("UPDATE aplikasi SET judul = 'x' WHERE id_app = 1")).rejects.toThrow(
      /READ ONLY/i,
    );
    await conn.end();
    const read = await readMysqlTables({ url: fixtureUrl('monev') });
    expect(read.error).toBeUndefined();
  });

  it('reports connection failures, unknown layouts and timeouts as values, never throws', async () => {
    const port = new URL(fixtureUrl('monev')).port;
    const wrong = await readMysqlTables({
      url: `mysql://spbe:wrong@127.0.0.1:${port}/monev`,
      timeoutMs: 5000,
    });
    expect(wrong.error?.code).toBe('query_failed');
    expect(wrong.database).not.toContain('wrong');
    const admin = await mysql.createConnection({
      socketPath: serverSocket(),
      user: 'root',
      multipleStatements: true,
    });
    await admin.query('CREATE DATABASE IF NOT EXISTS other; CREATE TABLE IF NOT EXISTS other.t (a int);');
    await admin.end();
    const unknown = await readMysqlTables({ url: fixtureUrl('monev').replace('/monev', '/other') });
    expect(unknown.error?.code).toBe('unknown_layout');
    const slow = await readMysqlTables({
      url: fixtureUrl('monev'),
      timeoutMs: 300,
      layouts: [
        {
          id: 'slow',
          label: { id: 's', en: 's' },
          queries: [
            { kind: 'inventory', table: 'aplikasi', requires: ['aplikasi'], sql: 'SELECT SLEEP(3) AS judul' },
          ],
        },
      ],
    });
    expect(slow.error?.code).toBe('timeout');
    expect(describeTarget({ url: 'mysql://u:secret@h:1/d' })).toBe('mysql://u@h:1/d');
  });

  it('re-importing the database changes nothing; the index comes from the official model', async () => {
    const source = { name: 'monev', url: fixtureUrl('monev') };
    const first = await importSpbe([source], { into: testWorkspace(), importers: NODE_IMPORTERS });
    expect(first.importers).toEqual(['mysql']);
    const again = await importSpbe([source], { into: first.merge.workspace, importers: NODE_IMPORTERS });
    expect(again.merge.added).toEqual([]);
    expect(again.merge.updated).toEqual([]);
    const spbe = spbeOf(first.merge.workspace.evaluations[0]);
    const view = computeSpbeIndex(spbe);
    expect(view.self?.complete).toBe(true);
    expect(view.self?.aspects.length).toBe(8);
    expect(view.self?.totalRounded).not.toBeNull();
  });
});
