import { describe, expect, it } from 'vitest';
import { parseWorkspaceJson } from '../model/index.js';
import { SAMPLE_IDS, SAMPLE_PROGRAMME_YEARS, SAMPLE_WORKSPACES } from './index.js';

describe('sample workspaces', () => {
  it.each(SAMPLE_IDS)('%s is a valid workspace that survives a JSON round trip', (id) => {
    const sample = SAMPLE_WORKSPACES[id];
    const result = parseWorkspaceJson(JSON.stringify(sample));
    expect(result.success ? [] : result.issues).toEqual([]);
    if (result.success) expect(result.data).toEqual(sample);
  });

  it('keeps the facts from the articles', () => {
    const pontianak = SAMPLE_WORKSPACES['pontianak-2023'];
    expect(pontianak.municipality).toMatchObject({
      regionCode: '61.71',
      kind: 'kota',
      timeZone: 'Asia/Pontianak',
    });
    expect(pontianak.municipality.regulations.map((r) => `${r.kind} ${r.number}/${r.year}`)).toEqual([
      'perda 9/2022',
      'perwal 20/2020',
    ]);
    expect(pontianak.innovations.map((i) => [i.name, i.pillarId, i.agencyId])).toEqual(
      expect.arrayContaining([
        ['Komanda', 'environment', 'dlh'],
        ['Pionirs', 'governance', 'disdukcapil'],
        ['PSC 119', 'society', 'dinkes'],
      ]),
    );
    expect(pontianak.evaluations[0]).toMatchObject({
      kind: 'external',
      cycle: { year: 2023, stage: 'I' },
      date: '2023-06-12',
    });

    const pekalongan = SAMPLE_WORKSPACES['pekalongan-2021'];
    expect(pekalongan.municipality.cohortYear).toBe(2018);
    expect(new Set(pekalongan.innovations.map((i) => i.pillarId)).size).toBe(6);
    expect(pekalongan.innovations.every((i) => i.horizon === 'quick-win')).toBe(true);

    const payakumbuh = SAMPLE_WORKSPACES['payakumbuh-2022'];
    expect(payakumbuh.municipality.regulations[0]).toMatchObject({
      kind: 'perda',
      number: '3',
      year: 2019,
      topic: 'spbe',
    });
    expect(payakumbuh.bodies.map((b) => b.kind)).toEqual(['dewan', 'tim-pelaksana']);

    expect(SAMPLE_WORKSPACES['singkawang-2022'].municipality.timeZone).toBe('Asia/Pontianak');
  });

  it('marks invented values as illustrative', () => {
    for (const id of SAMPLE_IDS) {
      const ws = SAMPLE_WORKSPACES[id];
      for (const evaluation of ws.evaluations) {
        if (Object.keys(evaluation.scores).length > 0) {
          const marked = evaluation.provenance?.illustrative ?? [];
          expect(marked.includes('scores') || marked.includes('*'), `${id}/${evaluation.id}`).toBe(true);
        }
      }
      for (const risk of ws.risks) expect(risk.provenance?.illustrative, `${id}/${risk.id}`).toEqual(['*']);
    }
  });

  it('gives each sample a programme year matching its id', () => {
    for (const id of SAMPLE_IDS) expect(id.endsWith(String(SAMPLE_PROGRAMME_YEARS[id]))).toBe(true);
  });
});
