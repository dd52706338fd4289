import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { actionPlanToIcs, actionsInOrder, dueActions, type Action } from './action-plan.ts';

const actions: Action[] = [
  {
    id: 'a1',
    title: 'Nevenfuncties bijwerken; ook de griffie, inlichten',
    due: '2027-01-15',
    status: 'todo',
  },
  {
    id: 'a2',
    title: 'Gesprek met vertrouwenspersoon 🤝',
    due: '2026-07-01',
    status: 'doing',
    note: 'Regel 1\nRegel 2',
  },
  { id: 'a3', title: 'Gedragscode lezen', status: 'todo' },
  { id: 'a4', title: 'Klaar', due: '2026-01-01', status: 'done' },
];

const words = {
  calendarName: 'Weerbaar – actieplan',
  description: (action: Action) => action.note ?? 'Uit je actieplan in Weerbaar',
};

describe('actionPlanToIcs', () => {
  const text = actionPlanToIcs(actions, new Date('2026-12-03T10:00:00Z'), words);

  it('is valid iCalendar that parses back with one event per open dated action', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toEqual([
      'Nevenfuncties bijwerken; ook de griffie, inlichten',
      'Gesprek met vertrouwenspersoon 🤝',
    ]);
    expect(events[1]!.description).toBe('Regel 1\nRegel 2');
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('places events at 09:00 in Europe/Amsterdam, in winter and in summer time', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    expect(zone.tzid).toBe('Europe/Amsterdam');
    const starts = calendar.getAllSubcomponents('vevent').map((component) => {
      const start = component.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
      start.zone = zone;
      return start.toJSDate().toISOString();
    });
    // 09:00 CET is 08:00 UTC in January; 09:00 CEST is 07:00 UTC in July.
    expect(starts).toEqual(['2027-01-15T08:00:00.000Z', '2026-07-01T07:00:00.000Z']);
  });

  it('uses CRLF line ends and folds long lines at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const long = actionPlanToIcs(
      [{ id: 'x', title: 'é'.repeat(100), due: '2027-02-02', status: 'todo' }],
      new Date('2026-12-03T10:00:00Z'),
      words,
    );
    for (const line of long.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    const summary = new ICAL.Component(ICAL.parse(long))
      .getFirstSubcomponent('vevent')!
      .getFirstPropertyValue('summary');
    expect(summary).toBe('é'.repeat(100));
  });
});

describe('the order of the plan', () => {
  it('lists open actions by date, undated after, done last', () => {
    expect(actionsInOrder(actions).map((action) => action.id)).toEqual(['a2', 'a1', 'a3', 'a4']);
  });

  it('says which open actions are due', () => {
    expect(dueActions(actions, '2026-12-03').map((action) => action.id)).toEqual(['a2']);
  });
});
