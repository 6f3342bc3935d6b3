import { describe, expect, it } from 'vitest';
import { importSpbe } from '../importSpbe.js';
import { computeSpbeIndex } from '../spbeIndex.js';
import { testWorkspace, utf8 } from '../testing/workspace.testutil.js';
import { assessmentImporter, detectSpbeModel } from './assessment.js';

type Ind = Record<
  string,
  { self?: number; verified?: number; explanation?: string; recommendation?: string; evidence?: string[] }
>;

function spbeOf(ev: unknown): { model: string; indicators: Ind } {
  return (ev as { scores: { spbe: { model: string; indicators: Ind } } }).scores.spbe;
}

const LKE_2023 = [
  'Domain;Aspek;Indikator;Nama Indikator;Penilaian Mandiri;Nilai Kematangan;Penjelasan;Rekomendasi;Data Dukung;Bobot',
  'D1;A1;D1 A1 ID-1;Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah;Level 3;Tingkat 2;Perwal 12/2021 sudah ditetapkan;Reviu arsitektur;1.Perwal-12-2021.pdf\n1.a.reviu.pdf;1,30',
  'D1;A1;ID-2;Kebijakan Internal Peta Rencana SPBE;Terdefinisi;2;-;-;-;1,30',
  'D4;A8;D4 A8 ID-47;Layanan Publik Sektoral 3;4;Kolaborasi;"Aplikasi dibuat 12/31/2015";;https://example.go.id/bukti.pdf;27,50',
].join('\r\n');

describe('assessment importer', () => {
  it('reads codes, level words and free text, keeps self and verified with explanation, recommendation, evidence', async () => {
    const ws = testWorkspace();
    const source = { name: 'lke-2023.csv', bytes: utf8(`\ufeff${LKE_2023}\r\n`) };
    expect(await assessmentImporter.detect(source)).toBeGreaterThan(0.8);
    const { data, report } = await assessmentImporter.import(source, { workspace: ws });
    const ev = data.evaluations?.[0];
    expect(ev).toMatchObject({ id: 'spbe-2023', kind: 'external', cycle: { year: 2023 } });
    const spbe = spbeOf(ev);
    expect(spbe.model).toBe('spbe-2020');
    expect(spbe.indicators['1']).toEqual({
      self: 3,
      verified: 2,
      explanation: 'Perwal 12/2021 sudah ditetapkan',
      recommendation: 'Reviu arsitektur',
      evidence: ['1.Perwal-12-2021.pdf', '1.a.reviu.pdf'],
    });
    expect(spbe.indicators['2']).toEqual({ self: 3, verified: 2 });
    expect(spbe.indicators['47']).toMatchObject({
      self: 4,
      verified: 4,
      evidence: ['https://example.go.id/bukti.pdf'],
    });
    expect(report.counts).toEqual({ read: 3, mapped: 3, extension: 0, rejected: 0 });
    const weight = report.issues.find((i) => i.code === 'weight_mismatch');
    expect(weight?.message.en).toMatch(/indicators 47;/);
    const us = report.issues.find((i) => i.code === 'us_date') as {
      source?: { row?: number; value?: unknown };
    };
    expect(us.source).toMatchObject({ row: 4, value: '12/31/2015' });
  });

  it('reads the monev layout: levels inside free text, latin1 bytes, year column', async () => {
    const text =
      'idindikator;penilaianmandiri;nilaikematangan;rekomendasi;tindaklanjut;tahun_penilaian\n' +
      '1;Penilaian mandiri level : 3;Nilai kematangan pusat level : 2;Susun arsitektur;-;2021\n' +
      '43;Penilaian mandiri level : 4;Nilai kematangan pusat level : 4;Publikasi data – portal;-;2021\n';
    const { iconv } = await import('./iconv.testutil.js');
    const bytes = iconv.encode(text, 'win1252');
    const { data, report } = await assessmentImporter.import(
      { name: 'tb_penilaian.csv', bytes },
      { workspace: testWorkspace() },
    );
    const spbe = spbeOf(data.evaluations?.[0]);
    expect(spbe.indicators['1']).toEqual({ self: 3, verified: 2, recommendation: 'Susun arsitektur' });
    expect(spbe.indicators['43']?.recommendation).toBe('Publikasi data – portal');
    expect(report.issues.map((i) => i.code)).toContain('encoding_fallback');
  });

  it('detects the 2018 model from repeats of indicator 35 and level 0, and rejects out-of-range levels', async () => {
    const text = [
      'No,Nilai Mandiri,Tahun',
      '1,0,2019',
      '35,2,2019',
      '35-2,3,2019',
      '35-3,Level 1,2019',
      '36,7,2019',
    ].join('\n');
    const { data, report } = await assessmentImporter.import(
      { name: 'lke.csv', bytes: utf8(text) },
      { workspace: testWorkspace() },
    );
    const spbe = spbeOf(data.evaluations?.[0]);
    expect(spbe.model).toBe('spbe-2018');
    expect(Object.keys(spbe.indicators)).toEqual(['1', '35', '35-2', '35-3']);
    expect(spbe.indicators['1']).toEqual({ self: 0 });
    const codes = report.issues.map((i) => i.code);
    expect(codes).toContain('unknown_indicator');
    expect(report.counts).toEqual({ read: 5, mapped: 4, extension: 1, rejected: 0 });
    const extra = report.rows?.find((r) => r.status === 'extension');
    expect(extra?.source.row).toBe(6);
    expect(extra?.issues.map((i) => i.code)).toEqual(['unknown_indicator']);
  });

  it('matches indicators by name when there is no number, tolerating PD24 variants', async () => {
    const text =
      'Indikator;Level\nTingkat Kematangan Layanan Publik Sektoral 1;3\nLayanan Data Terbuka;Level 4\nSesuatu yang lain;2\n';
    const { data, report } = await assessmentImporter.import(
      { name: 'x.csv', bytes: utf8(text) },
      { workspace: testWorkspace(), year: 2024 },
    );
    const spbe = spbeOf(data.evaluations?.[0]);
    expect(spbe.indicators['45']).toEqual({ self: 3 });
    expect(spbe.indicators['43']).toEqual({ self: 4 });
    expect(report.counts).toMatchObject({ mapped: 2, extension: 1 });
    expect(
      (data.evaluations?.[0]?.extensions as Record<string, unknown> | undefined)?.['spbe.extraRows'],
    ).toEqual([{ Indikator: 'Sesuatu yang lain', Level: '2' }]);
  });

  it('reports an unreadable level with its location and a missing year as an error', async () => {
    const { report } = await assessmentImporter.import(
      { name: 'lke.csv', bytes: utf8('No;Penilaian Mandiri\n1;tinggi\n2;3\n') },
      { workspace: testWorkspace() },
    );
    const bad = report.issues.find((i) => i.code === 'invalid_level') as {
      source?: Record<string, unknown>;
      severity?: string;
    };
    expect(bad.source).toEqual({
      file: 'lke.csv',
      row: 2,
      column: 'B',
      header: 'Penilaian Mandiri',
      value: 'tinggi',
    });
    expect(bad.severity).toBe('error');
    expect(report.issues.some((i) => i.code === 'missing_year')).toBe(true);
    expect(report.counts).toEqual({ read: 2, mapped: 0, extension: 0, rejected: 2 });
  });

  it('detects models', () => {
    expect(detectSpbeModel(['1', '2'], [3], 2019).model).toBe('spbe-2018');
    expect(detectSpbeModel(['1', '2'], [3], 2022).model).toBe('spbe-2020');
    expect(detectSpbeModel(['1', '43'], [3], 2019)).toMatchObject({ model: 'spbe-2020', conflict: true });
    expect(detectSpbeModel(['1'], [0], undefined).model).toBe('spbe-2018');
  });

  it('re-importing the same file changes nothing, and the index uses official weights', async () => {
    const rows = ['No;Penilaian Mandiri;Nilai Kematangan;Bobot'];
    for (let i = 1; i <= 47; i++) rows.push(`${i};${(i % 5) + 1};3;9,99`);
    const source = { name: 'evaluasi-2024.csv', bytes: utf8(rows.join('\n')) };
    const first = await importSpbe([source], { into: testWorkspace() });
    expect(first.merge.added.map((r) => r.id)).toEqual(['spbe-2024']);
    const again = await importSpbe([source], { into: first.merge.workspace });
    expect(again.merge.added).toEqual([]);
    expect(again.merge.updated).toEqual([]);
    expect(again.merge.workspace).toEqual(first.merge.workspace);
    const warn = first.reports[0]?.issues.find((i) => i.code === 'weight_mismatch');
    expect(warn?.message.id).toMatch(/1, 2, 3/);
    const view = computeSpbeIndex(spbeOf(first.merge.workspace.evaluations[0]));
    expect(view.verified?.totalRounded).toBe(3);
    expect(view.verified?.predicate?.id).toBe('Baik');
    expect(view.self?.domains.length).toBe(4);
    expect(view.self?.aspects.length).toBe(8);
  });
});
