import { describe, expect, it } from 'vitest';
import { importSpbe } from '../importSpbe.js';
import { ReportBuilder } from '../report.js';
import { readCsvTable } from '../table.js';
import { testWorkspace, utf8 } from '../testing/workspace.testutil.js';
import { iconv } from './iconv.testutil.js';
import { createInventoryMapper, inventoryImporter, mapInventoryTables } from './inventory.js';

const VP_EXPORT = [
  'Perangkat Daerah,Nama Aplikasi,Fungsi Aplikasi,URL,Tahun Pembuatan,Repositori,Layanan Aplikasi,Jaringan Intra,Status,Alasan Nonaktif,Aset Tak Berwujud,Created At,Inovasi',
  'Dinas Komunikasi dan Informatika,SIPEDAS,Pelayanan surat,https://sipedas.pontianak.go.id,2019,-,Publik,Internet,Aktif,-,Ya,2024-03-01 10:00:00,SIPEDAS',
  'Dinas Kesehatan,e-Puskesmas,Rekam medis,epuskesmas.pontianak.go.id,-,-,Administrasi Pemerintah,Intranet,Tidak Aktif,Migrasi,Tidak,2024-03-02 11:00:00,-',
  'Badan Pendapatan Daerah,e-Pajak,-,-,2020,-,Publik,Internet,Aktif,-,-,12/31/2015,Tidak Ada',
].join('\n');

describe('inventory importer', () => {
  it('reads the Laravel XLSX-export headings: agencies by name, booleans, "-" as missing, innovation links', async () => {
    const ws = testWorkspace();
    const source = { name: 'aplikasi.csv', bytes: utf8(VP_EXPORT) };
    expect(await inventoryImporter.detect(source)).toBeGreaterThan(0.7);
    const { data, report } = await inventoryImporter.import(source, { workspace: ws });
    const [a, b, c] = data.applications ?? [];
    expect(a).toMatchObject({
      id: 'app-sipedas',
      name: 'SIPEDAS',
      agencyId: 'diskominfo',
      status: 'active',
      kind: 'public-service',
      url: 'https://sipedas.pontianak.go.id',
      description: 'Pelayanan surat',
    });
    expect(a?.extensions).toMatchObject({
      'spbe.yearBuilt': 2019,
      'spbe.intangibleAsset': true,
      'spbe.createdAt': '2024-03-01',
      'spbe.columns': { 'Jaringan Intra': 'Internet' },
    });
    expect(b).toMatchObject({
      agencyId: 'dinkes',
      status: 'inactive',
      kind: 'administrative',
      url: 'http://epuskesmas.pontianak.go.id',
    });
    expect(b?.extensions?.['spbe.intangibleAsset']).toBe(false);
    expect(b?.extensions?.['spbe.yearBuilt']).toBeUndefined();
    expect(c).toMatchObject({ agencyId: 'opd-badan-pendapatan-daerah', status: 'active' });
    expect(c?.description).toBeUndefined();
    expect(data.agencies).toEqual([
      {
        id: 'opd-badan-pendapatan-daerah',
        name: 'Badan Pendapatan Daerah',
        abbreviation: 'Badan Pendapatan Daerah',
      },
    ]);
    expect(data.innovations?.[0]).toMatchObject({ id: 'sipedas', applicationIds: ['app-sipedas'] });
    const codes = report.issues.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(['url_scheme_added', 'agency_created', 'us_date', 'unknown_reference']),
    );
    expect(report.counts).toEqual({ read: 3, mapped: 3, extension: 0, rejected: 0 });
  });

  it('reads the monev database columns: zero-padded OPD codes, aktif/naktif, sudah/belum, ada/noada, mojibake', async () => {
    const text =
      'id_app;judul;infofungsi;link;unit;sts_aktif;thn_pembuatan;integrasi;inte_app_lain;cpu_server\n' +
      '1;SIMPEG;Kepegawaian;http://simpeg.denpasarkota.go.id;030801;aktif;2017;sudah;ada;XeonÂ® E5\t\t\r\n' +
      '2;SIMDA;Keuangan;-;0308010101;naktif;-;belum;noada;-\n' +
      '3;;Tanpa nama;-;030801;aktif;-;-;-;-\n';
    const { data, report } = await inventoryImporter.import(
      { name: 'aplikasi.csv', bytes: utf8(text) },
      { workspace: testWorkspace() },
    );
    const [a, b] = data.applications ?? [];
    expect(a).toMatchObject({ name: 'SIMPEG', agencyId: 'diskominfo', status: 'active' });
    expect(a?.extensions).toMatchObject({
      'spbe.legacyId': '1',
      'spbe.integrated': true,
      'spbe.otherApps': true,
      'spbe.columns': { cpu_server: 'Xeon® E5' },
    });
    expect(b).toMatchObject({ agencyId: 'opd-308010101', status: 'inactive' });
    expect(data.agencies?.[0]).toMatchObject({
      id: 'opd-308010101',
      extensions: { 'spbe.kode': '0308010101' },
    });
    expect(report.counts).toEqual({ read: 3, mapped: 2, extension: 0, rejected: 1 });
    expect(report.issues.map((i) => i.code)).toContain('mojibake_repaired');
  });

  it('ignores __proto__ and constructor headings without polluting anything', async () => {
    const text =
      'Nama Aplikasi;Perangkat Daerah;__proto__;constructor;Catatan\nSIPEDAS;Diskominfo;{"polluted":1};x;ok\n';
    const { data, report } = await inventoryImporter.import(
      { name: 'p.csv', bytes: utf8(text) },
      { workspace: testWorkspace() },
    );
    const ext = data.applications?.[0]?.extensions?.['spbe.columns'] as Record<string, unknown>;
    expect(Object.keys(ext)).toEqual(['Catatan']);
    expect(Object.getPrototypeOf(ext)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(report.issues.filter((i) => i.code === 'forbidden_key').length).toBe(2);
  });

  it('reads Windows-1252 and UTF-16 inventories to the same applications', async () => {
    const text = 'Nama Aplikasi\tPerangkat Daerah\tStatus\r\nKafé Digital\tDiskominfo\tAktif\r\n';
    const cp = await inventoryImporter.import(
      { name: 'a.txt', bytes: iconv.encode(text, 'win1252') },
      { workspace: testWorkspace() },
    );
    const u16 = await inventoryImporter.import(
      { name: 'a.txt', bytes: new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf16le')]) },
      { workspace: testWorkspace() },
    );
    expect(cp.data.applications).toEqual(u16.data.applications);
    expect(cp.data.applications?.[0]?.name).toBe('Kafé Digital');
    expect(cp.report.issues[0]?.code).toBe('encoding_fallback');
  });

  it('re-importing changes nothing; ids stay stable', async () => {
    const source = { name: 'aplikasi.csv', bytes: utf8(VP_EXPORT) };
    const first = await importSpbe([source], { into: testWorkspace() });
    expect(first.merge.added.length).toBe(4);
    const again = await importSpbe([source], { into: first.merge.workspace });
    expect(again.merge.added).toEqual([]);
    expect(again.merge.updated).toEqual([]);
    expect(again.merge.workspace).toEqual(first.merge.workspace);
  });

  it('maps rows streamed one at a time exactly as whole tables, repeated values included', () => {
    // Many rows repeating the same agencies, statuses, booleans, kinds and timestamps (the value caches), with
    // duplicates, unknown words, bad dates and a prior application of the workspace among them.
    const words = ['Aktif', 'Tidak Aktif', 'naktif', 'mungkin', '-', ' Ya ', '1'];
    const lines = [VP_EXPORT.split('\n')[0]!];
    for (let i = 0; i < 400; i++) {
      lines.push(
        [
          ['Diskominfo', '030801', '30801', 'Dinas Baru', '-', 'Dinas Kesehatan'][i % 6],
          i % 9 === 0 ? 'SIPEDAS' : `Aplikasi ${i % 350}`,
          i % 4 ? `fungsi ${i} sejak 12/31/2015` : '-',
          ['https://a.go.id', 'a.go.id', 'bukan url', '-'][i % 4],
          ['2019', '-', 'th 2018', '2020.0'][i % 4],
          '-',
          ['Publik', 'Administrasi Pemerintah', 'lain', '-'][i % 4],
          'Internet',
          words[i % words.length],
          i % 5 ? '-' : 'Migrasi',
          ['Ya', 'Tidak', 'mungkin', '-'][i % 4],
          ['2024-03-01 10:00:00', '12/31/2015', 'kemarin', '9 Juli 2024', '-'][i % 5],
          ['SIPEDAS', '-', 'Tidak Ada'][i % 3],
        ].join(','),
      );
    }
    const table = readCsvTable(utf8(lines.join('\n')), { file: 'aplikasi.csv' }).table!;
    const ws = testWorkspace();
    ws.applications = [{ id: 'app-lama', name: 'Aplikasi 6', agencyId: 'diskominfo', status: 'inactive' }];
    const wholeReport = new ReportBuilder({ file: 'aplikasi.csv' });
    const whole = mapInventoryTables([table], { workspace: ws }, wholeReport);
    const streamedReport = new ReportBuilder({ file: 'aplikasi.csv' });
    const mapper = createInventoryMapper({ workspace: ws }, streamedReport);
    const sink = mapper.table({ file: table.file, date1904: false, merges: [] }, true);
    for (const row of table.rows) sink.push(row);
    sink.end();
    const streamed = mapper.finish();
    expect(streamed).toEqual(whole);
    expect(JSON.stringify(streamedReport.build())).toBe(JSON.stringify(wholeReport.build()));
    expect(whole.applications?.find((a) => a.name === 'Aplikasi 6')?.id).toBe('app-lama');
    const codes = new Set(wholeReport.build().issues.map((i) => i.code));
    for (const code of ['duplicate_application', 'invalid_value', 'us_date', 'agency_created'])
      expect(codes).toContain(code);
  });

  it('a stream shorter than the heading scan, or with no name column, maps like the table', () => {
    const ws = testWorkspace();
    const short = new ReportBuilder({ file: 's.csv' });
    const sink = createInventoryMapper({ workspace: ws }, short).table(
      { file: 's.csv', date1904: false, merges: [] },
      true,
    );
    sink.push({ row: 1, cells: ['Kode', 'Keterangan'] });
    sink.push({ row: 2, cells: ['1', 'x'] });
    sink.end();
    expect(short.build().issues.map((i) => i.code)).toEqual(['no_inventory_columns']);
  });
});
