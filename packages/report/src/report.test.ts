import { type Lang, PILLARS, type Workspace } from '@smartcity/core';
import { SAMPLE_IDS, SAMPLE_PROGRAMME_YEARS, SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM module of the benchmarks without types.
import { syntheticNation } from '../../../bench/synthetic.mjs';
import { buildReport, REPORT_KINDS, renderReport, validateTheme } from './index.js';

const pontianak = SAMPLE_WORKSPACES['pontianak-2023'];
const ALL = SAMPLE_IDS.map((id) => SAMPLE_WORKSPACES[id]);
const AS_OF = '2023-12-31';

/** One block-level element per line, so a golden diff shows what changed. */
function normaliseHtml(html: string): string {
  return html.replace(/></g, '>\n<');
}

describe('goldens of the samples', () => {
  for (const lang of ['id', 'en'] as Lang[]) {
    for (const kind of REPORT_KINDS) {
      it(`${kind} (${lang}) as Markdown and HTML`, async () => {
        const input = kind === 'comparison' ? ALL : pontianak;
        const md = renderReport(input, { kind, format: 'md', lang, asOf: AS_OF });
        const html = renderReport(input, { kind, format: 'html', lang, asOf: AS_OF });
        expect(md.success && html.success).toBe(true);
        if (!md.success || !html.success) return;
        await expect(md.data).toMatchFileSnapshot(`./__golden__/${kind}.${lang}.md`);
        await expect(normaliseHtml(html.data)).toMatchFileSnapshot(`./__golden__/${kind}.${lang}.html`);
      });
    }
  }
});

describe('goldens of the other samples', () => {
  for (const id of SAMPLE_IDS.filter((x) => x !== 'pontianak-2023')) {
    it(`${id}: evaluation and catalogue`, async () => {
      const ws = SAMPLE_WORKSPACES[id];
      const asOf = `${SAMPLE_PROGRAMME_YEARS[id]}-12-31`;
      for (const kind of ['evaluation', 'catalogue'] as const) {
        const md = renderReport(ws, { kind, format: 'md', asOf });
        const html = renderReport(ws, { kind, format: 'html', asOf });
        if (!md.success || !html.success) throw new Error(`${id} ${kind} failed`);
        await expect(md.data).toMatchFileSnapshot(`./__golden__/samples/${id}.${kind}.md`);
        await expect(normaliseHtml(html.data)).toMatchFileSnapshot(`./__golden__/samples/${id}.${kind}.html`);
      }
    });
  }
});

describe('renderReport', () => {
  it('is deterministic', () => {
    const a = renderReport(pontianak, { kind: 'evaluation', format: 'html', asOf: AS_OF });
    const b = renderReport(structuredClone(pontianak), { kind: 'evaluation', format: 'html', asOf: AS_OF });
    expect(a).toEqual(b);
  });

  it('writes a self-contained HTML document with lang, CSP and ordered headings', () => {
    for (const kind of REPORT_KINDS) {
      const r = renderReport(kind === 'comparison' ? ALL : pontianak, {
        kind,
        format: 'html',
        lang: 'en',
        asOf: AS_OF,
      });
      if (!r.success) throw new Error(JSON.stringify(r.issues));
      const html = r.data;
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
      expect(html).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:;/,
      );
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
      const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
      const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
      expect(svgs.length).toBeGreaterThan(0);
      for (const svg of svgs) {
        expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
      }
      // Every chart is followed by its data table.
      expect(html.match(/<figure class="chart">/g)?.length).toBe(
        html.match(/<table class="data chart-data">/g)?.length,
      );
    }
  });

  it('states every pillar, the index and the SPBE breakdown in the evaluation report', () => {
    const r = renderReport(pontianak, { kind: 'evaluation', format: 'md', lang: 'id', asOf: AS_OF });
    if (!r.success) throw new Error('failed');
    for (const p of PILLARS) expect(r.data).toContain(p.label.id);
    expect(r.data).toContain('3,41');
    expect(r.data).toContain('ID-47');
    expect(r.data).toContain('## Yang perlu ditingkatkan berikutnya');
    expect(r.data).toContain('## Kesenjangan data');
  });

  it('states data gaps plainly', () => {
    const ws = structuredClone(pontianak) as Workspace;
    const latest = ws.evaluations.find((e) => e.id === 'eksternal-2023-ii')!;
    delete latest.scores.smartCityIndex!.dimensions.impact;
    delete latest.scores.smartCityIndex!.pillars!.economy;
    const r = buildReport(ws, { kind: 'evaluation', lang: 'en', asOf: AS_OF });
    if (!r.success) throw new Error('failed');
    const gaps = r.data.sections.find((s) => s.id === 'kesenjangan-data')!;
    const text = JSON.stringify(gaps);
    expect(text).toContain('The Impact dimension has no score');
    expect(text).toContain('No pillar index for: Smart Economy');
  });

  it('picks the cycle asked for, and says which cycles exist when it is absent', () => {
    const first = buildReport(pontianak, { kind: 'evaluation', cycle: '2023-I', asOf: AS_OF });
    expect(first.success && first.data.data.cycle).toBe('2023-I');
    const missing = buildReport(pontianak, { kind: 'evaluation', cycle: '2019-II', asOf: AS_OF });
    expect(missing.success).toBe(false);
    if (!missing.success) expect(missing.issues[0]!.message.en).toContain('2023-I, 2023-II');
    const bad = buildReport(pontianak, { kind: 'evaluation', cycle: 'kemarin', asOf: AS_OF });
    expect(bad.success).toBe(false);
  });

  it('reports bad options and non-workspaces as issues, never throwing', () => {
    const cases: unknown[][] = [
      [pontianak, { kind: 'evaluation', format: 'pdf', asOf: AS_OF }],
      [pontianak, { kind: 'nope', format: 'html', asOf: AS_OF }],
      [pontianak, { kind: 'evaluation', format: 'html', asOf: '2023-02-30' }],
      [pontianak, { kind: 'evaluation', format: 'html', asOf: AS_OF, lang: 'fr' }],
      [{ municipality: null }, { kind: 'evaluation', format: 'html', asOf: AS_OF }],
      [null, { kind: 'catalogue', format: 'md', asOf: AS_OF }],
      [[], { kind: 'comparison', format: 'md', asOf: AS_OF }],
      [ALL, { kind: 'evaluation', format: 'md', asOf: AS_OF }],
      [pontianak, null],
      [
        pontianak,
        {
          kind: 'evaluation',
          format: 'html',
          asOf: AS_OF,
          theme: { colors: { primary: 'red;}</style><script>alert(1)</script>' } },
        },
      ],
      [
        pontianak,
        { kind: 'evaluation', format: 'html', asOf: AS_OF, theme: { logoDataUrl: 'javascript:alert(1)' } },
      ],
    ];
    for (const [input, options] of cases) {
      const r = renderReport(input as Workspace, options as never);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues[0]!.message.id.length).toBeGreaterThan(0);
    }
  });
});

describe('unvalidated workspaces', () => {
  it('answers with the core validation issues instead of crashing', () => {
    const ws = structuredClone(pontianak) as unknown as { innovations: { status: string }[] };
    ws.innovations[0]!.status = 'lost';
    (ws.innovations[1] as unknown as { kpis: unknown }).kpis = 'none';
    let failures = 0;
    for (const kind of REPORT_KINDS) {
      const input = (kind === 'comparison' ? [ws] : ws) as unknown as Workspace;
      const r = renderReport(input, { kind, format: 'html', asOf: AS_OF });
      if (r.success) continue; // a report that does not touch the broken field may still render
      failures += 1;
      expect(r.issues[0]!.message.en).not.toMatch(/TypeError|undefined/);
      expect(r.issues.some((i) => i.path.join('.').includes('innovations'))).toBe(true);
    }
    expect(failures).toBeGreaterThan(0);
  });
});

describe('validateTheme', () => {
  it('accepts hex colours, image data URLs and a city name', () => {
    const r = validateTheme({
      cityName: 'Pemerintah Kota Pontianak',
      logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
      colors: { primary: '#0B5394', accent: '#e91' },
    });
    expect(r.success && r.data.colors.primary).toBe('#0b5394');
  });
  it('rejects CSS break-outs, non-image data URLs and unknown keys', () => {
    expect(validateTheme({ colors: { primary: '#fff;background:url(x)' } }).success).toBe(false);
    expect(validateTheme({ colors: { shadow: '#000' } }).success).toBe(false);
    expect(validateTheme({ logoDataUrl: 'data:text/html;base64,PHNjcmlwdD4=' }).success).toBe(false);
    expect(validateTheme({ logoDataUrl: 'data:image/svg+xml,<svg onload=alert(1)>' }).success).toBe(false);
    expect(validateTheme('blue').success).toBe(false);
  });
  it('puts the theme into the report', () => {
    const r = renderReport(pontianak, {
      kind: 'catalogue',
      format: 'html',
      asOf: AS_OF,
      theme: {
        cityName: 'Pemkot Pontianak',
        colors: { primary: '#123456' },
        logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
      },
    });
    if (!r.success) throw new Error('failed');
    expect(r.data).toContain('--primary:#123456');
    expect(r.data).toContain('<p class="city">Pemkot Pontianak</p>');
    expect(r.data).toContain('<img src="data:image/png;base64,iVBORw0KGgo="');
  });
});

describe('comparison', () => {
  it('compares like with like, ranks only complete data and handles 514 municipalities', () => {
    const nation = syntheticNation(514, { innovations: 5, evaluations: 2 }) as Workspace[];
    // Make one municipality incomplete and two tie.
    delete nation[5]!.evaluations[1]!.scores.smartCityIndex!.dimensions.impact;
    const r = buildReport(nation, { kind: 'comparison', cycle: '2020-II', asOf: '2025-12-31' });
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    const data = r.data.data as {
      municipalities: number;
      ranked: number;
      groups: { kind: string; ranked: { rank: number; index: number; regionCode: string }[] }[];
    };
    expect(data.municipalities).toBe(514);
    // Cities of 2020 (index % 5 === 0) are evaluated in 2020-II; municipality 5 is incomplete and not ranked.
    const evaluated2020 = nation.filter((w) => w.evaluations[0]!.cycle.year === 2020).length;
    expect(data.ranked).toBe(evaluated2020 - 1);
    expect(data.groups.map((g) => g.kind)).toEqual(['kota', 'kabupaten']);
    for (const g of data.groups) {
      // Equal indices share rank 1.
      for (const row of g.ranked) expect(row.rank).toBe(1);
      expect(g.ranked.some((row) => row.regionCode === nation[5]!.municipality.regionCode)).toBe(false);
    }
  });
});
