import { describe, expect, it } from 'vitest';
import {
  RISK_LEVEL_BANDS,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  RISK_STATUS_LABELS,
  RISK_STATUSES,
  RiskSchema,
  riskLevel,
  riskScore,
} from './risk.js';

describe('riskScore and riskLevel', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(5, 5)).toBe(25);
  });
  it('maps every cell of the 5×5 matrix to the documented bands', () => {
    for (let l = 1; l <= 5; l++) {
      for (let i = 1; i <= 5; i++) {
        const s = l * i;
        const expected = s <= 4 ? 'low' : s <= 9 ? 'medium' : s <= 16 ? 'high' : 'very-high';
        expect(riskLevel(l, i), `${l}×${i}`).toBe(expected);
      }
    }
  });
  it('uses the band edges 4/5, 9/10, 16/17', () => {
    expect(riskLevel(2, 2)).toBe('low');
    expect(riskLevel(1, 5)).toBe('medium');
    expect(riskLevel(3, 3)).toBe('medium');
    expect(riskLevel(2, 5)).toBe('high');
    expect(riskLevel(4, 4)).toBe('high');
    expect(riskLevel(5, 4)).toBe('very-high');
  });
  it('accepts custom bands', () => {
    const bands = [
      { level: 'low', min: 1, max: 12 },
      { level: 'high', min: 13, max: 25 },
    ] as const;
    expect(riskLevel(3, 4, bands)).toBe('low');
    expect(riskLevel(4, 4, bands)).toBe('high');
  });
  it('is total: scores outside the bands snap to the nearest band', () => {
    expect(riskLevel(0, 3)).toBe('low');
    expect(riskLevel(6, 6)).toBe('very-high');
    expect(riskLevel(3, 3, [{ level: 'high', min: 10, max: 25 }])).toBe('high');
    expect(riskLevel(3, 3, [])).toBe('low');
  });
  it('covers 1–25 without gaps or overlaps and labels every level', () => {
    let next = 1;
    for (const band of RISK_LEVEL_BANDS) {
      expect(band.min).toBe(next);
      next = band.max + 1;
    }
    expect(next).toBe(26);
    expect(RISK_LEVEL_LABELS).toEqual({
      low: { id: 'Rendah', en: 'Low' },
      medium: { id: 'Sedang', en: 'Medium' },
      high: { id: 'Tinggi', en: 'High' },
      'very-high': { id: 'Sangat Tinggi', en: 'Very high' },
    });
    expect(Object.keys(RISK_LEVEL_LABELS)).toEqual([...RISK_LEVELS]);
    expect(Object.keys(RISK_STATUS_LABELS)).toEqual([...RISK_STATUSES]);
  });
});

describe('RiskSchema', () => {
  const risk = {
    id: 'r',
    title: 'T',
    likelihood: 2,
    impact: 4,
    ownerAgencyId: 'dlh',
    mitigation: 'M',
    status: 'open',
  };
  it('accepts ratings 1–5 only', () => {
    expect(RiskSchema.safeParse(risk).success).toBe(true);
    for (const v of [0, 6, 2.5]) {
      expect(RiskSchema.safeParse({ ...risk, likelihood: v }).success, String(v)).toBe(false);
      expect(RiskSchema.safeParse({ ...risk, impact: v }).success, String(v)).toBe(false);
    }
  });
});
