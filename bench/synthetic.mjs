// Synthetic, deterministic national-scale data for the benchmarks: one workspace per municipality with
// `innovations` innovations (each with two KPIs and a lifecycle history) and `evaluations` evaluations.
// A tiny seeded PRNG keeps runs comparable.

const PILLARS = {
  governance: ['governance.public-service', 'governance.bureaucracy', 'governance.public-policy'],
  branding: ['branding.tourism', 'branding.business', 'branding.city-appearance'],
  economy: ['economy.industry', 'economy.welfare', 'economy.transaction'],
  living: ['living.harmony', 'living.health', 'living.mobility'],
  society: ['society.community', 'society.learning', 'society.security'],
  environment: ['environment.protection', 'environment.waste', 'environment.energy'],
};
const PILLAR_IDS = Object.keys(PILLARS);

// Real provinces, so that region code, province and zone agree (the core cross-checks them). Stepping by 7 (coprime
// with 38) visits every province and all four zones within the first 20 municipalities.
import { PROVINCES } from '@smartcity/core';

const AGENCIES = ['diskominfo', 'bappeda', 'disdukcapil', 'dinkes', 'dlh', 'dishub', 'disdik', 'dpmptsp'];

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');

/**
 * One synthetic workspace.
 * @param {number} index municipality number (0-based)
 * @param {{ innovations?: number, evaluations?: number }} [size]
 */
export function syntheticWorkspace(index, { innovations = 100, evaluations = 2 } = {}) {
  const rand = prng(index + 1);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const kota = index % 5 === 0;
  const province = PROVINCES[(index * 7) % PROVINCES.length];
  const code = `${province.code}.${pad(kota ? 71 + (index % 29) : 1 + (index % 69))}`;
  const year = 2020 + (index % 5);
  const list = [];
  for (let i = 0; i < innovations; i++) {
    const pillarId = PILLAR_IDS[i % 6];
    const start = `${year}-${pad(1 + (i % 12))}-01`;
    list.push({
      id: `inovasi-${i}`,
      name: `Inovasi ${i} kota ${index}`,
      description: 'Inovasi sintetis untuk pengukuran kinerja.',
      pillarId,
      elementId: PILLARS[pillarId][i % 3],
      agencyId: pick(AGENCIES),
      partnerIds: ['mitra-1'],
      horizon: pick(['quick-win', 'short', 'medium', 'long']),
      budget: [{ id: `apbd-${year}`, year, amount: Math.floor(rand() * 500) * 1_000_000, source: 'APBD' }],
      startDate: start,
      endDate: `${year + 1}-12-31`,
      kpis: [0, 1].map((k) => ({
        id: `kpi-${k}`,
        name: `Indikator ${k}`,
        unit: '%',
        baseline: 10,
        target: { value: 90, unit: '%' },
        measurements: [
          { id: `${year}-06-30`, date: `${year}-06-30`, value: Math.round(rand() * 80) + 10 },
          { id: `${year}-12-31`, date: `${year}-12-31`, value: Math.round(rand() * 80) + 10 },
        ],
      })),
      evidence: [{ label: 'Laporan', url: `https://example.go.id/laporan/${index}/${i}.pdf` }],
      applicationIds: [],
      status: 'in-progress',
      history: [
        { from: null, to: 'planned', date: `${year}-01-01` },
        { from: 'planned', to: 'in-progress', date: start },
      ],
    });
  }
  const evals = [];
  for (let e = 0; e < evaluations; e++) {
    evals.push({
      id: `evaluasi-${e}`,
      kind: 'external',
      cycle: { year, stage: e % 2 === 0 ? 'I' : 'II' },
      date: `${year}-${e % 2 === 0 ? '06' : '11'}-15`,
      assessors: [{ name: 'Kementerian Komunikasi dan Informatika' }],
      scores: {
        smartCityIndex: {
          dimensions: { baseline: 3, output: 3.2, outcome: 3.1, impact: 2.9, quickWin: 3.4 },
          pillars: { governance: 3, branding: 3, economy: 3, living: 3, society: 3, environment: 3 },
        },
      },
      findings: {
        strengths: [{ id: 'kuat', text: 'Kuat' }],
        weaknesses: [{ id: 'lemah', text: 'Lemah' }],
        recommendations: [{ id: 'saran', text: 'Saran' }],
      },
      evidence: [],
      innovationIds: ['inovasi-0', 'inovasi-1'],
    });
  }
  return {
    schemaVersion: 2,
    municipality: {
      name: `Kota Sintetis ${index}`,
      kind: kota ? 'kota' : 'kabupaten',
      regionCode: code,
      province: province.name,
      timeZone: province.timeZone,
      regulations: [],
    },
    agencies: AGENCIES.map((id) => ({ id, name: `Dinas ${id}`, abbreviation: id.toUpperCase() })),
    stakeholders: [{ id: 'mitra-1', name: 'Universitas Mitra', role: 'academia' }],
    bodies: [],
    innovations: list,
    applications: [],
    evaluations: evals,
    risks: [],
  };
}

/**
 * The national set: 514 kabupaten/kota by default.
 * @param {number} [count]
 * @param {{ innovations?: number, evaluations?: number }} [size]
 */
export function syntheticNation(count = 514, size) {
  return Array.from({ length: count }, (_, i) => syntheticWorkspace(i, size));
}
