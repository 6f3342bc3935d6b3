// Worked example of docs/writing-an-importer.md: a new source in one file. The system: a Go assessment API that
// returns one JSON object per indicator ({ indicator_number, level, explanation, supporting_document }) inside
// { submitted_date, results } (spbe.md §4, [TA]). The importer turns it into a table with the headings the
// self-assessment mapping knows, so indicator matching, model detection, levels, evidence and the report are the
// package's own.
import {
  mapAssessmentTables,
  ReportBuilder,
  type SourceTable,
  type SpbeImporter,
  sniffFormat,
} from '../index.js';

/**
 * An importer for the JSON results of a Go assessment API (example of writing an importer).
 *
 * @example
 * ```ts
 * const json = { submitted_date: '2023-10-12T07:20:50.52Z', results: [{ indicator_number: 1, level: 3 }] };
 * const { data } = await taJsonImporter.import(
 *   { name: 'assessment.json', bytes: new TextEncoder().encode(JSON.stringify(json)) }, { workspace });
 * data.evaluations?.[0]?.cycle.year; // 2023
 * ```
 */
export const taJsonImporter: SpbeImporter = {
  id: 'ta-json',
  label: { id: 'Hasil penilaian JSON (API Go)', en: 'Assessment results JSON (Go API)' },

  // 1. Detect: cheap, no side effects, a confidence between 0 and 1.
  async detect(source) {
    if (sniffFormat(source) !== 'json' || !source.bytes) return 0;
    const head = new TextDecoder().decode(source.bytes.subarray(0, 2048));
    return /"indicator_number"\s*:/.test(head) ? 0.9 : 0;
  },

  // 2. Import: never throw on bad data; everything goes into the report.
  async import(source, context) {
    const report = new ReportBuilder({ file: source.name, kind: 'ta-json', format: 'json' });
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(source.bytes ?? new Uint8Array()));
    } catch {
      report.add(
        'invalid_json',
        { id: 'JSON tidak valid', en: 'Invalid JSON' },
        { file: source.name },
        'error',
      );
      return { data: {}, report: report.build() };
    }
    const body = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
    const results = Array.isArray(body.results) ? body.results : [];
    const year =
      typeof body.submitted_date === 'string' ? Number(body.submitted_date.slice(0, 4)) : undefined;
    // 3. Map to a table with headings the package already understands (row 1 = headings).
    const table: SourceTable = {
      file: source.name,
      date1904: false,
      merges: [],
      rows: [
        { row: 1, cells: ['No', 'Penilaian Mandiri', 'Penjelasan', 'Data Dukung', 'Tahun'] },
        ...results.map((r, i) => {
          const o = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
          const cell = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : null);
          return {
            row: i + 2,
            cells: [
              cell(o.indicator_number),
              cell(o.level),
              cell(o.explanation),
              cell(o.supporting_document),
              year ?? null,
            ],
          };
        }),
      ],
    };
    const evaluations = mapAssessmentTables([table], context, report);
    return { data: { evaluations }, report: report.build() };
  },
};
