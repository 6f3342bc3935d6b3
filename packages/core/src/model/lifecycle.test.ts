import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/index.js';
import { fullInnovation } from './fixtures.testutil.js';
import { INNOVATION_STATUSES, type Innovation, type InnovationStatus } from './innovation.js';
import {
  canTransition,
  checkInnovationHistory,
  INNOVATION_TRANSITIONS,
  isInnovationStatus,
  transitionInnovation,
} from './lifecycle.js';

function planned(): Innovation {
  return {
    ...fullInnovation(),
    status: 'planned',
    history: [{ from: null, to: 'planned', date: '2024-01-10' }],
  };
}

describe('INNOVATION_TRANSITIONS', () => {
  it('is the documented table', () => {
    expect(INNOVATION_TRANSITIONS).toEqual({
      planned: ['in-progress', 'discontinued'],
      'in-progress': ['implemented', 'discontinued'],
      implemented: ['evaluated', 'in-progress', 'discontinued'],
      evaluated: ['in-progress', 'discontinued'],
      discontinued: [],
    });
  });
  it('has a row for every status, and canTransition follows it exactly', () => {
    expect(Object.keys(INNOVATION_TRANSITIONS).sort()).toEqual([...INNOVATION_STATUSES].sort());
    for (const from of INNOVATION_STATUSES) {
      for (const to of INNOVATION_STATUSES) {
        expect(canTransition(from, to), `${from}→${to}`).toBe(INNOVATION_TRANSITIONS[from].includes(to));
      }
    }
    expect(canTransition('planned', 'planned')).toBe(false);
    expect(canTransition('nonsense' as InnovationStatus, 'planned')).toBe(false);
    expect(isInnovationStatus('evaluated')).toBe(true);
    expect(isInnovationStatus('done')).toBe(false);
  });
});

describe('transitionInnovation', () => {
  it('returns a new innovation with the status and an appended history entry', () => {
    const before = planned();
    const snapshot = structuredClone(before);
    const r = transitionInnovation(before, 'in-progress', { date: '2024-03-01', note: 'Diluncurkan' });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.status).toBe('in-progress');
    expect(r.data.history).toEqual([
      { from: null, to: 'planned', date: '2024-01-10' },
      { from: 'planned', to: 'in-progress', date: '2024-03-01', note: 'Diluncurkan' },
    ]);
    expect(before).toEqual(snapshot);
    expect(r.data.history).not.toBe(before.history);
  });
  it('omits the note when none is given and allows the same day', () => {
    const r = transitionInnovation(planned(), 'discontinued', { date: '2024-01-10' });
    expect(r.success && r.data.history.at(-1)).toEqual({
      from: 'planned',
      to: 'discontinued',
      date: '2024-01-10',
    });
  });
  it('walks a whole cycle: planned → in-progress → implemented → evaluated → in-progress', () => {
    let inn = planned();
    const steps: [InnovationStatus, string][] = [
      ['in-progress', '2024-02-01'],
      ['implemented', '2024-08-01'],
      ['evaluated', '2024-11-20'],
      ['in-progress', '2025-01-05'],
    ];
    for (const [to, date] of steps) {
      const r = transitionInnovation(inn, to, { date });
      expect(r.success, to).toBe(true);
      if (r.success) inn = r.data;
    }
    const issues: Issue[] = [];
    checkInnovationHistory(inn, [], issues);
    expect(issues).toEqual([]);
  });
  it('rejects a transition the table does not allow with invalid_transition', () => {
    const r = transitionInnovation(planned(), 'evaluated', { date: '2024-03-01' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.code).toBe('invalid_transition');
    expect(r.issues[0]!.path).toEqual(['status']);
    expect(r.issues[0]!.message.en).toContain('"planned" only to: "in-progress", "discontinued"');
    expect(r.issues[0]!.message.id).toContain('tidak diizinkan');
  });
  it('treats discontinued as final', () => {
    const r = transitionInnovation({ ...planned(), status: 'discontinued' }, 'in-progress', {
      date: '2024-03-01',
    });
    expect(!r.success && r.issues[0]!.message.en).toContain('final');
  });
  it('rejects a date before the last history entry, and a date that is not a civil date', () => {
    const early = transitionInnovation(planned(), 'in-progress', { date: '2024-01-09' });
    expect(!early.success && early.issues.map((i) => [i.code, i.path])).toEqual([['date_order', ['date']]]);
    const bad = transitionInnovation(planned(), 'in-progress', { date: '2024-02-30' });
    expect(!bad.success && bad.issues.map((i) => [i.code, i.path])).toEqual([['invalid_format', ['date']]]);
  });
  it('reports an unknown target status without throwing', () => {
    const r = transitionInnovation(planned(), 'done' as InnovationStatus, { date: '2024-03-01' });
    expect(!r.success && r.issues[0]!.code).toBe('invalid_value');
  });
});

describe('checkInnovationHistory', () => {
  function check(inn: Innovation): [string, (string | number)[]][] {
    const out: Issue[] = [];
    checkInnovationHistory(inn, ['innovations', 4], out);
    return out.map((i) => [i.code, i.path]);
  }
  it('accepts an empty history and a consistent one', () => {
    expect(check({ ...fullInnovation(), history: [] })).toEqual([]);
    expect(check(fullInnovation())).toEqual([]);
  });
  it('accepts a history that starts mid-way with an allowed move', () => {
    expect(
      check({
        ...fullInnovation(),
        status: 'implemented',
        history: [{ from: 'in-progress', to: 'implemented', date: '2024-01-01' }],
      }),
    ).toEqual([]);
  });
  it('finds a broken chain, a disallowed move, a date going back and a status mismatch', () => {
    const inn: Innovation = {
      ...fullInnovation(),
      status: 'evaluated',
      history: [
        { from: null, to: 'planned', date: '2024-01-01' },
        { from: 'in-progress', to: 'implemented', date: '2024-02-01' },
        { from: 'implemented', to: 'planned', date: '2024-01-15' },
      ],
    };
    expect(check(inn)).toEqual([
      ['inconsistent_history', ['innovations', 4, 'history', 1, 'from']],
      ['invalid_transition', ['innovations', 4, 'history', 2, 'to']],
      ['date_order', ['innovations', 4, 'history', 2, 'date']],
      ['inconsistent_history', ['innovations', 4, 'status']],
    ]);
  });
  it('rejects a second from: null and a disallowed first move', () => {
    expect(
      check({
        ...fullInnovation(),
        status: 'planned',
        history: [
          { from: null, to: 'planned', date: '2024-01-01' },
          { from: null, to: 'planned', date: '2024-01-02' },
        ],
      }),
    ).toEqual([['inconsistent_history', ['innovations', 4, 'history', 1, 'from']]]);
    expect(
      check({
        ...fullInnovation(),
        status: 'planned',
        history: [{ from: 'discontinued', to: 'planned', date: '2024-01-01' }],
      }),
    ).toEqual([['invalid_transition', ['innovations', 4, 'history', 0, 'to']]]);
  });
});
