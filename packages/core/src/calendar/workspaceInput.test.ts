import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Workspace } from '../model/index.js';
import { SAMPLE_IDS, SAMPLE_PROGRAMME_YEARS, SAMPLE_WORKSPACES } from '../samples/index.js';
import { toICalendar } from './ical.js';
import { findOverdue } from './overdue.js';
import { programmeCalendar } from './programmeCalendar.js';
import type { CalendarWorkspace } from './workspaceInput.js';

describe('the calendar reads model workspaces', () => {
  it('accepts any parsed Workspace where it asks for a CalendarWorkspace', () => {
    expectTypeOf<Workspace>().toExtend<CalendarWorkspace>();
  });

  it('builds a calendar, an iCalendar file and an overdue list for every sample', () => {
    for (const id of SAMPLE_IDS) {
      const workspace = SAMPLE_WORKSPACES[id];
      const year = SAMPLE_PROGRAMME_YEARS[id];
      const calendar = programmeCalendar(year, { workspace });
      expect(calendar.success, id).toBe(true);
      if (!calendar.success) continue;
      expect(calendar.data.timeZone).toBe(workspace.municipality.timeZone);
      expect(calendar.data.events.filter((e) => e.kind === 'semester')).toHaveLength(2);
      expect(toICalendar(calendar.data)).toContain(`X-WR-TIMEZONE:${workspace.municipality.timeZone}`);
      const overdue = findOverdue(workspace, { asOf: new Date(Date.UTC(year, 11, 31, 12)) });
      expect(overdue.success, id).toBe(true);
    }
  });
});
