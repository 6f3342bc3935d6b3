import type { CalendarWorkspace } from '../workspaceInput.js';

// A small, fully illustrative workspace for the calendar tests (not a real city's data): dates chosen to hit
// semester boundaries and the Lebaran holidays of 2025.
export const fixtureWorkspace = {
  municipality: {
    name: 'Kota Contoh',
    kind: 'kota',
    regionCode: '61.99',
    timeZone: 'Asia/Pontianak',
    cohortYear: 2025,
  },
  masterplan: {
    period: { startYear: 2025, endYear: 2034 },
    rpjmd: { startYear: 2025, endYear: 2029 },
  },
  innovations: [
    {
      id: 'e-retribusi',
      name: 'E-Retribusi Pasar',
      pillarId: 'economy',
      horizon: 'quick-win',
      startDate: '2025-02-03',
      endDate: '2025-06-30',
      status: 'in-progress',
      kpis: [
        {
          id: 'transaksi',
          name: 'Transaksi nontunai; per bulan',
          target: { date: '2025-06-30' },
          measurements: [{ date: '2025-03-31' }],
        },
      ],
    },
    {
      id: 'ruang-terbuka',
      name: 'Ruang Terbuka Hijau, "Taman Kota"',
      pillarId: 'environment',
      horizon: 'medium',
      startDate: '2024-07-01',
      endDate: '2026-12-31',
      status: 'in-progress',
      kpis: [{ id: 'luas', name: 'Luas RTH', target: {}, measurements: [{ date: '2025-07-15' }] }],
    },
    {
      id: 'lapor-warga',
      name: 'Lapor Warga',
      pillarId: 'governance',
      horizon: 'short',
      endDate: '2025-05-31',
      status: 'implemented',
      kpis: [{ id: 'aduan', name: 'Aduan selesai', target: { date: '2025-12-31' }, measurements: [] }],
    },
  ],
  evaluations: [
    {
      id: 'eval-2025-i',
      kind: 'external',
      cycle: { year: 2025, stage: 'I' },
      date: '2025-06-12',
      title: 'Tahap I',
    },
    { id: 'mandiri-2025-i', kind: 'self-assessment', cycle: { year: 2025, stage: 'I' }, date: '2025-05-28' },
    { id: 'internal-2025', kind: 'internal', cycle: { year: 2025 }, date: '2025-12-15' },
  ],
  calendar: {
    events: [
      {
        id: 'forum',
        kind: 'forum',
        label: { id: 'Forum Smart City, kota & warga', en: 'Smart City Forum; city and citizens' },
        start: '06-19',
      },
    ],
    years: {
      '2025': {
        evaluationStageI: { start: '2025-06-12', end: '2025-06-14' },
        resultsLetter: { start: '2025-11-25', end: '2025-11-25' },
        events: [
          {
            id: 'paparan-wali-kota',
            kind: 'masterplan',
            label: {
              id: 'Paparan Wali Kota: masterplan\nSesi 1',
              en: 'Mayor presentation: masterplan\nSession 1',
            },
            description: { id: 'Ruang Rapat Wali Kota — lantai 2', en: "Mayor's meeting room — 2nd floor" },
            start: '2025-12-04',
            startTime: '09:00',
            endTime: '11:30',
            concerns: { pillarId: 'governance' },
          },
        ],
      },
    },
  },
} satisfies CalendarWorkspace;
