// Benchmark of @smartcity/spreadsheet on 100,000 innovations, each figure against the raw library doing the same
// work in the same run, every scenario in its own child process (so peak RSS is that scenario's own):
//   1. streaming XLSX export (writeWorkbookFile)   vs exceljs stream.xlsx.WorkbookWriter writing the same cells
//   2. re-import of that file (importWorkbook)       vs exceljs stream.xlsx.WorkbookReader reading it
//   3. CSV export (exportCsv)                        vs csv-stringify on the same fields
// Targets (issue 10): 1 ≤ 1.3× and peak RSS ≤ 250 MiB; 2 ≤ 1.5×; 3 ≤ 1.5×.
// Run from the root with `npm run bench` (builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticWorkspace } from './synthetic.mjs';

const N = Number(process.env.SPREADSHEET_BENCH_ROWS ?? 100_000);
const AT = '2025-08-17T09:00:00Z';
const self = fileURLToPath(import.meta.url);

function workspace() {
  // 100,000 innovation rows built from 100 synthetic templates (so building the data does not dominate the
  // process's peak memory); the nested lists (budget lines, KPIs) are other sheets, left empty here.
  const ws = syntheticWorkspace(0, { innovations: 100, evaluations: 0 });
  const templates = ws.innovations.map((inv) => ({ ...inv, budget: [], kpis: [] }));
  ws.innovations = Array.from({ length: N }, (_, i) => ({
    ...templates[i % 100],
    id: `inovasi-${i}`,
    name: `Inovasi ${i}`,
  }));
  return ws;
}

async function child(scenario, file) {
  const ws = workspace();
  const core = await import('@smartcity/core');
  const excel = (await import('exceljs')).default;
  const spreadsheet = await import('@smartcity/spreadsheet');
  const spreadsheetNode = await import('@smartcity/spreadsheet/node');
  const { stringify } = await import('csv-stringify/sync');
  // exceljs is loaded lazily by the package: load it (and run the writer once) before timing, as the baseline has
  // it loaded. The warm-up streams one innovation to a file rather than building a workbook in memory: an in-memory
  // workbook keeps every cell alive until it is written, after which V8 allocates exceljs's row and cell objects
  // straight in the old generation for the rest of the process (allocation-site pretenuring), and any later
  // streaming write's peak memory then grows with its row count. `export-after-memory` measures that case.
  const warm = scenario === 'export-after-memory' ? 'memory' : 'stream';
  if (warm === 'memory') {
    await spreadsheet.exportWorkbook({ ...ws, innovations: ws.innovations.slice(0, 1) }, { exportedAt: AT });
  } else {
    const warmFile = join(tmpdir(), `smartcity-bench-warm-${process.pid}.xlsx`);
    await spreadsheetNode.writeWorkbookFile({ ...ws, innovations: ws.innovations.slice(0, 1) }, warmFile, {
      exportedAt: AT,
      streaming: true,
    });
    rmSync(warmFile, { force: true });
  }
  const t0 = process.hrtime.bigint();
  let rows = 0;
  switch (scenario) {
    case 'export':
    case 'export-after-memory': {
      const r = await spreadsheetNode.writeWorkbookFile(ws, file, { exportedAt: AT, streaming: true });
      rows = r.rows;
      break;
    }
    case 'export-raw': {
      // The same cells on the innovations sheet: labels for options, Date cells for dates, JSON for lists.
      const label = (labels, v) => (v === undefined ? null : (labels[v]?.id ?? v));
      const pillars = Object.fromEntries(core.PILLARS.map((p) => [p.id, p.label]));
      const elements = Object.fromEntries(
        core.PILLARS.flatMap((p) => p.elements.map((e) => [e.id, e.label])),
      );
      const date = (d) => (d ? new Date(`${d}T00:00:00Z`) : null);
      const wb = new excel.stream.xlsx.WorkbookWriter({
        filename: file,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = wb.addWorksheet('Inovasi', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = Array.from({ length: 17 }, (_, i) => ({
        width: 20,
        ...(i === 9 || i === 10 ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
      }));
      sheet.addRow(core.getCollection('innovations').fields.map((f) => f.label.id)).commit();
      for (const inv of ws.innovations) {
        sheet
          .addRow([
            inv.id,
            inv.name,
            inv.description ?? null,
            label(pillars, inv.pillarId),
            label(elements, inv.elementId),
            inv.agencyId,
            inv.partnerIds.join(', ') || null,
            label(core.HORIZON_LABELS, inv.horizon),
            inv.programmeId ?? null,
            date(inv.startDate),
            date(inv.endDate),
            inv.evidence.length ? JSON.stringify(inv.evidence) : null,
            inv.applicationIds.join(', ') || null,
            label(core.INNOVATION_STATUS_LABELS, inv.status),
            inv.history.length ? JSON.stringify(inv.history) : null,
            null,
            null,
          ])
          .commit();
        rows++;
      }
      await sheet.commit();
      await wb.commit();
      break;
    }
    case 'import': {
      const bytes = new Uint8Array(readFileSync(file));
      const t1 = process.hrtime.bigint();
      const r = await spreadsheet.importWorkbook(ws, bytes, { fileName: 'bench.xlsx' });
      if (!r.ok) throw new Error(JSON.stringify(r.report.issues.slice(0, 3)));
      rows = r.report.counts.read;
      return report(t1, rows);
    }
    case 'read-raw': {
      const reader = new excel.stream.xlsx.WorkbookReader(file, {
        sharedStrings: 'cache',
        styles: 'cache',
        worksheets: 'emit',
      });
      for await (const sheet of reader) for await (const row of sheet) rows += row.values.length > 0 ? 1 : 0;
      break;
    }
    case 'csv': {
      rows = spreadsheet.exportCsv(ws, 'innovations', { lang: 'id' }).length > 0 ? ws.innovations.length : 0;
      break;
    }
    case 'csv-raw': {
      const records = [core.getCollection('innovations').fields.map((f) => f.label.id)];
      for (const inv of ws.innovations) {
        records.push([
          inv.id,
          inv.name,
          inv.description ?? '',
          inv.pillarId,
          inv.elementId,
          inv.agencyId,
          inv.partnerIds.join(', '),
          inv.horizon,
          inv.programmeId ?? '',
          inv.startDate ?? '',
          inv.endDate ?? '',
          JSON.stringify(inv.evidence),
          inv.applicationIds.join(', '),
          inv.status,
          JSON.stringify(inv.history),
          '',
          '',
        ]);
      }
      rows = stringify(records, { delimiter: ';', bom: true, record_delimiter: '\r\n' }).length > 0 ? N : 0;
      break;
    }
  }
  return report(t0, rows);
}

function report(t0, rows) {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, rssMiB, rows })}\n`);
}

function run(scenario, file) {
  const r = spawnSync(process.execPath, [...process.execArgv, self, '--child', scenario, file], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) {
    console.error(r.stderr);
    throw new Error(`scenario ${scenario} failed`);
  }
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4]);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'smartcity-bench-'));
  try {
    const ours = join(dir, 'ours.xlsx');
    const raw = join(dir, 'raw.xlsx');
    const best = (scenario, file, runs = 2) => {
      const all = Array.from({ length: runs }, () => run(scenario, file));
      return all.reduce((a, b) => (b.ms < a.ms ? b : a));
    };
    const exportRaw = best('export-raw', raw);
    const exportOurs = best('export', ours);
    // For information (no target): the same export in a process that built a workbook in memory first.
    const exportAfterMemory = run('export-after-memory', join(dir, 'after-memory.xlsx'));
    const readRaw = best('read-raw', ours);
    const importOurs = best('import', ours);
    const csvRaw = best('csv-raw', '');
    const csvOurs = best('csv', '');
    const rows = [
      ['XLSX export, streaming', exportOurs, 'exceljs WorkbookWriter, same cells', exportRaw, 1.3],
      ['re-import (importWorkbook)', importOurs, 'exceljs WorkbookReader', readRaw, 1.5],
      ['CSV export (exportCsv)', csvOurs, 'csv-stringify, same fields', csvRaw, 1.5],
    ];
    console.log(
      `spreadsheet: ${N.toLocaleString('en')} innovations, each scenario in its own process (best of 2)`,
    );
    console.log(
      `  ${'scenario'.padEnd(28)} ${'ms'.padStart(7)} ${'RSS MiB'.padStart(8)}   ${'baseline'.padEnd(36)} ${'ms'.padStart(7)} ${'RSS MiB'.padStart(8)} ${'ratio'.padStart(6)}  target`,
    );
    let failed = false;
    for (const [name, a, baseName, b, target] of rows) {
      const ratio = a.ms / b.ms;
      const ok = ratio <= target;
      failed ||= !ok;
      console.log(
        `  ${name.padEnd(28)} ${a.ms.toFixed(0).padStart(7)} ${a.rssMiB.toFixed(0).padStart(8)}   ${baseName.padEnd(36)} ${b.ms.toFixed(0).padStart(7)} ${b.rssMiB.toFixed(0).padStart(8)} ${ratio.toFixed(2).padStart(5)}×  ≤ ${target}× ${ok ? 'ok' : 'OVER'}`,
      );
    }
    const rssOk = exportOurs.rssMiB <= 250;
    console.log(
      `  peak RSS of the streaming export: ${exportOurs.rssMiB.toFixed(0)} MiB (target ≤ 250 MiB) ${rssOk ? 'ok' : 'OVER'}`,
    );
    console.log(
      `  the same export after an in-memory export in the same process (information, see docs): ${exportAfterMemory.ms.toFixed(0)} ms, peak RSS ${exportAfterMemory.rssMiB.toFixed(0)} MiB`,
    );
    if (failed || !rssOk) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
