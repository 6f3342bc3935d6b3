import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS, findElement, findPillar, getElement, getPillar, PILLARS } from './index.js';

describe('pillars catalogue', () => {
  it('has six pillars with three elements each', () => {
    expect(PILLARS.map((p) => p.id)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    for (const p of PILLARS) expect(p.elements).toHaveLength(3);
    expect(ELEMENT_IDS).toHaveLength(18);
    expect(new Set(ELEMENT_IDS).size).toBe(18);
  });

  it('prefixes every element id with its pillar id', () => {
    for (const p of PILLARS) for (const e of p.elements) expect(e.id.startsWith(`${p.id}.`)).toBe(true);
  });

  it('finds pillars by label in either language, tolerant of case and the Smart prefix', () => {
    expect(findPillar('Smart Living')?.id).toBe('living');
    expect(findPillar('  smart   ENVIRONMENT ')?.id).toBe('environment');
    expect(findPillar('Lingkungan')?.id).toBe('environment');
    expect(findPillar('Tata Kelola')?.id).toBe('governance');
    expect(findPillar('smart goverment')?.id).toBe('governance');
    expect(findPillar('Smart Transportation')).toBeUndefined();
    expect(getPillar('Smart Living')).toBeUndefined();
    expect(getPillar('living')?.shortLabel.en).toBe('Living');
  });

  it('finds elements by id, key or label, optionally within a pillar', () => {
    expect(getElement('environment.waste')?.pillarId).toBe('environment');
    expect(findElement('Tata Kelola Sampah dan Limbah')?.id).toBe('environment.waste');
    expect(findElement('health', 'living')?.id).toBe('living.health');
    expect(findElement('health', 'economy')).toBeUndefined();
    expect(findElement('Public Service')?.id).toBe('governance.public-service');
  });
});
