import type { LocalizedText } from '@smartcity/core';

/**
 * A legacy database layout: the tables that identify it and the read-only queries that produce rows with the
 * same headings as the system's own CSV/XLSX exports (so the database, CSV and XLSX routes map identically).
 *
 * @example
 * ```ts
 * const layout: DatabaseLayout = { id: 'mine', label: { id: 'Sistem saya', en: 'My system' }, queries: [
 *   { kind: 'inventory', table: 'apps', requires: ['apps'], sql: 'SELECT name AS `Nama Aplikasi`, opd AS `Perangkat Daerah` FROM apps' }] };
 * ```
 */
export interface DatabaseLayout {
  id: string;
  label: LocalizedText;
  queries: readonly DatabaseQuery[];
}

/**
 * One query of a {@link DatabaseLayout}: what it yields (self-assessment rows or inventory rows), the tables it
 * needs, and the SQL (a single SELECT).
 *
 * @example
 * ```ts
 * const q: DatabaseQuery = { kind: 'assessment', table: 'tb_penilaian', requires: ['tb_penilaian'], sql: 'SELECT 1' };
 * ```
 */
export interface DatabaseQuery {
  kind: 'assessment' | 'inventory';
  /** The table reported as the "sheet" of every row's location. */
  table: string;
  /** Tables that must exist for the query to run. */
  requires: readonly string[];
  /** Optional tables; `{{has:table}}` … `{{/has}}` blocks of the SQL are kept only when the table exists. */
  optional?: readonly string[];
  sql: string;
}

/**
 * The monev layout (native PHP apps such as Kota Denpasar's `monev-spbe-dps`): `tb_indikator` and `tb_penilaian`
 * with levels in free text ("Penilaian mandiri level : 3"), `aplikasi` and `detail_aplikasi` with zero-padded OPD
 * codes, `'-'` as null, latin1 tables holding UTF-8 bytes (spbe.md §4, §5.1).
 *
 * @example
 * ```ts
 * MONEV_LAYOUT.queries.map((q) => q.table); // ['tb_penilaian', 'aplikasi']
 * ```
 */
export const MONEV_LAYOUT: DatabaseLayout = {
  id: 'monev',
  label: {
    id: 'Aplikasi monev SPBE (PHP, tb_penilaian/aplikasi)',
    en: 'SPBE monev app (PHP, tb_penilaian/aplikasi)',
  },
  queries: [
    {
      kind: 'assessment',
      table: 'tb_penilaian',
      requires: ['tb_penilaian', 'tb_indikator'],
      sql:
        'SELECT i.no_indikator AS `No Indikator`, i.nama_indikator AS `Nama Indikator`, i.bobot_indikator AS `Bobot`,' +
        ' p.penilaianmandiri AS `penilaianmandiri`, p.nilaikematangan AS `nilaikematangan`,' +
        ' p.rekomendasi AS `rekomendasi`, p.tindaklanjut AS `tindaklanjut`, p.target_waktu AS `target_waktu`,' +
        ' p.tahun_penilaian AS `tahun_penilaian`' +
        ' FROM tb_penilaian p JOIN tb_indikator i ON i.idindikator = p.idindikator' +
        ' ORDER BY p.tahun_penilaian, p.idpenilaian',
    },
    {
      kind: 'inventory',
      table: 'aplikasi',
      requires: ['aplikasi'],
      optional: ['detail_aplikasi'],
      sql:
        'SELECT a.id_app, a.judul, a.infofungsi, a.link, a.unit, a.sts_aktif, a.thn_pembuatan, a.dlu' +
        '{{has:detail_aplikasi}}, d.version, d.integrasi, d.inte_app_lain, d.cpu_server, d.vendor{{/has}}' +
        ' FROM aplikasi a{{has:detail_aplikasi}} LEFT JOIN detail_aplikasi d ON d.id_app = a.id_app{{/has}}' +
        ' ORDER BY a.id_app',
    },
  ],
};

/**
 * The Laravel layout (apps such as `dindarestika/SPBE` and `veryputra16/spbe-lara-v3`): an answers table `jawaban`
 * (level in `capaian`, explanation, evidence path) joined to `pertanyaan` and `indikator`, and an `applications`
 * table with `opds`, status 1/0 and soft deletes (spbe.md §4, §5.1, §6).
 *
 * @example
 * ```ts
 * LARAVEL_LAYOUT.queries.map((q) => q.table); // ['jawaban', 'applications']
 * ```
 */
export const LARAVEL_LAYOUT: DatabaseLayout = {
  id: 'laravel',
  label: {
    id: 'Aplikasi SPBE Laravel (jawaban/applications)',
    en: 'Laravel SPBE app (jawaban/applications)',
  },
  queries: [
    {
      kind: 'assessment',
      table: 'jawaban',
      requires: ['jawaban', 'pertanyaan', 'indikator'],
      sql:
        'SELECT i.no AS `Indikator`, i.nama AS `Nama Indikator`, i.bobot_indikator AS `Bobot`,' +
        ' j.capaian AS `Penilaian Mandiri`, j.jawaban_pertanyaan AS `Penjelasan`, j.bukti_dukung AS `Bukti Dukung`,' +
        ' YEAR(j.created_at) AS `Tahun`' +
        ' FROM jawaban j JOIN pertanyaan p ON p.id = j.pertanyaan_id JOIN indikator i ON i.id = p.indikator_id' +
        ' WHERE j.deleted_at IS NULL ORDER BY YEAR(j.created_at), i.no, j.id',
    },
    {
      kind: 'inventory',
      table: 'applications',
      requires: ['applications'],
      optional: ['opds', 'layananapps'],
      sql:
        'SELECT {{has:opds}}o.nama_opd{{/has}}{{hasnot:opds}}a.opd_id{{/hasnot}} AS `Perangkat Daerah`,' +
        ' a.nama_app AS `Nama Aplikasi`, a.fungsi_app AS `Fungsi Aplikasi`, a.url AS `URL`,' +
        ' a.tahun_buat AS `Tahun Pembuatan`, a.repositori AS `Repositori`,' +
        ' {{has:layananapps}}l.nama{{/has}}{{hasnot:layananapps}}a.layananapp_id{{/hasnot}} AS `Layanan Aplikasi`,' +
        " CASE a.status WHEN 1 THEN 'Aktif' WHEN 0 THEN 'Tidak Aktif' ELSE NULL END AS `Status`," +
        ' a.alasan_nonaktif AS `Alasan Nonaktif`, a.aset_takberwujud AS `Aset Tak Berwujud`,' +
        ' a.created_at AS `Created At`' +
        ' FROM applications a{{has:opds}} LEFT JOIN opds o ON o.id = a.opd_id{{/has}}' +
        '{{has:layananapps}} LEFT JOIN layananapps l ON l.id = a.layananapp_id{{/has}}' +
        ' WHERE a.deleted_at IS NULL ORDER BY a.id',
    },
  ],
};

/**
 * The database layouts the MySQL importer recognises, in detection order.
 *
 * @example
 * ```ts
 * DATABASE_LAYOUTS.map((l) => l.id); // ['monev', 'laravel']
 * ```
 */
export const DATABASE_LAYOUTS: readonly DatabaseLayout[] = [MONEV_LAYOUT, LARAVEL_LAYOUT];

/** Expands the `{{has:t}}` / `{{hasnot:t}}` blocks of a layout query for the tables present. */
export function expandSql(sql: string, tables: ReadonlySet<string>): string {
  return sql
    .replace(/\{\{has:([a-z0-9_]+)\}\}(.*?)\{\{\/has\}\}/g, (_, t: string, body: string) =>
      tables.has(t) ? body : '',
    )
    .replace(/\{\{hasnot:([a-z0-9_]+)\}\}(.*?)\{\{\/hasnot\}\}/g, (_, t: string, body: string) =>
      tables.has(t) ? '' : body,
    );
}
