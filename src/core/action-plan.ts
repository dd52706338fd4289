/**
 * The personal action plan (block "Wat kun je doen?"): actions from the recommendations or the
 * user's own, with a date, a status and a note; what is due; and the plan as calendar
 * reminders (.ics, RFC 5545) in the Europe/Amsterdam time zone.
 */
import { z } from 'zod/mini';
import { dateField, entryId, optionalTextField, textField } from './form-fields.ts';
import { maxEntries } from './register.ts';

export const actionStatuses = ['todo', 'doing', 'done'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionSchema = z.strictObject({
  id: entryId,
  title: textField(160),
  due: z.optional(dateField),
  status: z.enum(actionStatuses, 'required'),
  note: optionalTextField(1000, { multiline: true }),
  /** The tip or re-check moment the action came from, if any. */
  source: z.optional(z.string().check(z.maxLength(80))),
});
export type Action = z.infer<typeof actionSchema>;

export const actionPlanSchema = z.strictObject({
  actions: z.array(actionSchema).check(z.maxLength(maxEntries, 'too-many')),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;
export const emptyActionPlan: ActionPlan = { actions: [] };

/** Open actions by due date (those without a date last), then done ones; stable otherwise. */
export function actionsInOrder(actions: readonly Action[]): Action[] {
  const rank = (action: Action) => (action.status === 'done' ? 1 : 0);
  return [...actions].sort(
    (a, b) => rank(a) - rank(b) || (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31'),
  );
}

/** Open actions whose date is today or earlier (YYYY-MM-DD). */
export function dueActions(actions: readonly Action[], today: string): Action[] {
  return actions.filter(
    (action) => action.status !== 'done' && action.due !== undefined && action.due <= today,
  );
}

/** The reminder time of an action on its day, in Amsterdam local time. */
export const reminderHour = 9;

/**
 * Europe/Amsterdam as an RFC 5545 time zone: CET, and CEST from the last Sunday of March to
 * the last Sunday of October (the EU rule since 1996).
 */
const amsterdam = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes text for an iCalendar value (backslash, semicolon, comma, newline). */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, as RFC 5545 asks, without splitting a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const character of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (encoder.encode(current + character).length > limit) {
      parts.push(current);
      current = character;
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDay = (isoDay: string) => isoDay.replace(/-/g, '');
const stamp = (moment: Date) =>
  moment
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * The open actions with a date as an iCalendar file: one event per action at 09:00–09:30
 * Amsterdam time with a reminder at that time. `now` stamps the file; `calendarName` and
 * `description` come in the user's language.
 */
export function actionPlanToIcs(
  actions: readonly Action[],
  now: Date,
  words: { calendarName: string; description: (action: Action) => string },
): string {
  const events = actions
    .filter((action) => action.status !== 'done' && action.due)
    .flatMap((action) => {
      const day = compactDay(action.due!);
      const hour = String(reminderHour).padStart(2, '0');
      return [
        'BEGIN:VEVENT',
        `UID:${action.id}@weerbaar`,
        `DTSTAMP:${stamp(now)}`,
        `DTSTART;TZID=Europe/Amsterdam:${day}T${hour}0000`,
        `DTEND;TZID=Europe/Amsterdam:${day}T${hour}3000`,
        `SUMMARY:${escapeText(action.title)}`,
        `DESCRIPTION:${escapeText(words.description(action))}`,
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(action.title)}`,
        'TRIGGER:PT0M',
        'END:VALARM',
        'END:VEVENT',
      ];
    });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Weerbaar//Actieplan//NL',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(words.calendarName)}`,
    ...amsterdam,
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
