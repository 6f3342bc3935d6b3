import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// "Pay for what you use" (issue 8): an app that imports only scoring or calendar functions must not ship zod or
// the samples. This bundles from the sources the way an app's bundler bundles the built, one-module-per-file ESM
// (`"sideEffects": false`), so a zod import slipping into a scoring module fails here, not only in the benchmark
// (bench/bundle-size.mjs measures the built package).
async function bundle(
  names: string,
  contents = `export { ${names} } from './index.ts';`,
): Promise<{ gzip: number; files: string[] }> {
  const result = await build({
    stdin: {
      contents,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const files = Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => path);
  return { gzip: gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length, files };
}

describe('bundle size of scoring and calendar functions', () => {
  it('scoreSpbe pulls neither zod nor the samples and stays within 12 kB gzip', async () => {
    const { gzip, files } = await bundle('scoreSpbe, spbeLevelGains, SPBE_MODELS');
    expect(files.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
    expect(files.filter((f) => f.includes('/samples/'))).toEqual([]);
    expect(gzip).toBeLessThanOrEqual(12 * 1024);
  });

  it('scores as data, progress and overdue detection pull no zod', async () => {
    const { files } = await bundle(
      'scoreEvaluation, scoreEvaluations, compareCycles, kpiProgress, rollUpProgress, innovationProgress, scoreSmartCityIndex, findOverdue',
    );
    expect(files.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
  });

  it('calendar functions that validate nothing pull no zod', async () => {
    // programmeCalendar, parseCalendarOverrides, parseHolidays and parseCivilDate take user data and validate it
    // (with the one parse engine every entry point shares), so they pull zod/mini; everything else here must not.
    const { files } = await bundle(
      [
        'addCivilDays, civilDaysBetween, compareCivilDates, isCivilDate, formatCivilDate',
        'semesterOf, semesterFor, semesterLabel, currentCycle, shiftSemester, isInSemester',
        'addWorkingDays, isWorkingDay, workingDaysBetween, workingDayOnOrAfter',
        'nationalHolidays, NATIONAL_HOLIDAYS, NATIONAL_HOLIDAY_YEARS',
        'CALENDAR_EVENT_KINDS, CALENDAR_EVENT_KIND_LABELS, sortCalendarEvents, toICalendar',
        'upcomingMilestones, findOverdue, toCivilDate, zonedTimeToInstant',
      ].join(', '),
    );
    expect(files.filter((f) => f.includes('node_modules/zod/'))).toEqual([]);
    expect(files.filter((f) => f.includes('/samples/'))).toEqual([]);
  });

  it('everything is built on zod/mini: no classic zod, no locale, no JSON Schema code, within 85 kB gzip', async () => {
    const { gzip, files } = await bundle('*', "export * from './index.ts';");
    const zod = files.filter((f) => f.includes('node_modules/zod/'));
    expect(zod.length).toBeGreaterThan(0);
    // classic schemas carry `.toJSONSchema()` and register the English locale on import: 25.7 kB gzip for one schema
    expect(zod.filter((f) => /\/(classic|locales)\/|json-schema/.test(f))).toEqual([]);
    expect(gzip).toBeLessThanOrEqual(85 * 1024);
  });
});
