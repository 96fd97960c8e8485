// When a review is due, and which alarms should exist. Pure: the clock and the
// time zone come from the caller. A review date is a day on the user's own
// calendar; the reminder is due at 09:00 local time that day, a date already
// past is due at once (and listed as overdue), and a review notified for its
// date is not notified again until the date changes. The background turns the
// plan into browser alarms and re-creates them from storage when the browser starts.
import { dayNumber } from '../writeup/dates';
import type { Review } from './review';

/** Local hour a review is due on its day. */
export const DUE_HOUR = 9;
/** Alarm names are this plus the ticket key. */
export const ALARM_PREFIX = 'review:';
/** An existing alarm within this of the planned time is left alone. */
const SLACK_MS = 60_000;

export const alarmName = (key: string) => `${ALARM_PREFIX}${key}`;
export const keyOfAlarm = (name: string) => (name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : null);

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(ms: number, timeZone: string): Parts {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const out: Record<string, number> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') out[part.type] = Number(part.value);
  return out as unknown as Parts;
}

/** How far the zone's wall clock is ahead of UTC at the instant `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const p = partsIn(ms, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant the wall clock in `timeZone` shows `hour`:00 on `day` (the runtime's own
 * zone when none is given). Null for a day that is not a real date.
 */
export function instantOn(day: string, hour: number, timeZone?: string): number | null {
  if (dayNumber(day) === null) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (!timeZone) return new Date(y, m - 1, d, hour).getTime();
  const wall = Date.UTC(y, m - 1, d, hour);
  // Two passes: the offset at the first guess may differ from the offset at the answer (a DST change that day).
  const first = wall - offsetAt(wall, timeZone);
  return wall - offsetAt(first, timeZone);
}

/** When a review on `day` is due: 09:00 on that day in the user's zone. */
export function dueAt(day: string, timeZone?: string): number | null {
  return instantOn(day, DUE_HOUR, timeZone);
}

/** The calendar day the instant `ms` falls on in `timeZone` (the runtime's zone when none is given). */
export function dayIn(ms: number, timeZone?: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (!timeZone) {
    const d = new Date(ms);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  const p = partsIn(ms, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

export type ReviewStatus = 'overdue' | 'today' | 'upcoming';

/** Overdue once its day has passed on the user's calendar; "today" all of its day. */
export function reviewStatus(date: string, today: string): ReviewStatus {
  const due = dayNumber(date);
  const now = dayNumber(today);
  if (due === null || now === null) return 'upcoming';
  return due < now ? 'overdue' : due === now ? 'today' : 'upcoming';
}

/** Whole days from `today` to `date`: negative when overdue. */
export function daysUntil(date: string, today: string): number {
  return (dayNumber(date) ?? 0) - (dayNumber(today) ?? 0);
}

/** "due today", "due tomorrow", "due in 12 days", "1 day overdue", "3 days overdue". */
export function dueText(date: string, today: string): string {
  const days = daysUntil(date, today);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days > 1) return `due in ${days} days`;
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}

/** Overdue first (the longest overdue on top), then today, then upcoming by date. */
export function sortReviews<T extends Pick<Review, 'date' | 'ticket'>>(reviews: readonly T[]): T[] {
  return [...reviews].sort((a, b) => a.date.localeCompare(b.date) || a.ticket.title.localeCompare(b.ticket.title));
}

/** Which review was last notified for which date, by ticket key (the background keeps it). */
export type Notices = Readonly<Record<string, string>>;

/**
 * When the review's alarm should fire: its due time, or now when that has passed; null
 * when this date was notified already (or the date is not a real one).
 */
export function alarmTime(
  review: Pick<Review, 'date'>,
  notifiedFor: string | undefined,
  now: number,
  timeZone?: string,
): number | null {
  if (notifiedFor === review.date) return null;
  const due = dueAt(review.date, timeZone);
  return due === null ? null : Math.max(due, now);
}

export interface AlarmPlan {
  create: { name: string; when: number }[];
  clear: string[];
}

/**
 * From the stored reviews, what the browser's alarms should become: alarms for reviews
 * not yet notified for their date, none for reviews removed or notified. Existing alarms
 * already at the right time are left as they are. After a browser restart `existing` may
 * be empty (alarms are not guaranteed to survive one); this puts them back.
 */
export function planAlarms(
  reviews: readonly Pick<Review, 'date' | 'ticket'>[],
  notices: Notices,
  existing: readonly { name: string; scheduledTime: number }[],
  now: number,
  timeZone?: string,
): AlarmPlan {
  const wanted = new Map<string, number>();
  for (const review of reviews) {
    const when = alarmTime(review, notices[review.ticket.key], now, timeZone);
    if (when !== null) wanted.set(alarmName(review.ticket.key), when);
  }
  const ours = existing.filter((a) => a.name.startsWith(ALARM_PREFIX));
  const have = new Map(ours.map((a) => [a.name, a.scheduledTime]));
  const create = [...wanted]
    .filter(([name, when]) => {
      const at = have.get(name);
      // An alarm still ahead and at the planned time stays; one that should already have fired is re-created.
      return at === undefined || Math.abs(at - when) > SLACK_MS;
    })
    .map(([name, when]) => ({ name, when }));
  const clear = ours.filter((a) => !wanted.has(a.name)).map((a) => a.name);
  return { create, clear };
}

export type AlarmDecision = { kind: 'notify' } | { kind: 'later'; when: number } | { kind: 'drop' };

/**
 * What to do when a review's alarm fires: notify when it is due and not notified for this
 * date; set it again when the date moved later since the alarm was made; otherwise nothing.
 */
export function onAlarm(
  review: Pick<Review, 'date'> | null,
  notifiedFor: string | undefined,
  now: number,
  timeZone?: string,
): AlarmDecision {
  if (!review) return { kind: 'drop' };
  const when = alarmTime(review, notifiedFor, now, timeZone);
  if (when === null) return { kind: 'drop' };
  return when - now > SLACK_MS ? { kind: 'later', when } : { kind: 'notify' };
}

/** Notification ids carry the window to open the panel in, known before the click (a click's gesture cannot wait). */
export function notificationId(key: string, windowId?: number): string {
  return `${ALARM_PREFIX}${windowId ?? ''}:${key}`;
}

export function parseNotificationId(id: string): { key: string; windowId?: number } | null {
  const m = /^review:(\d*):(.+)$/s.exec(id);
  if (!m) return null;
  return m[1] ? { key: m[2]!, windowId: Number(m[1]) } : { key: m[2]! };
}

/** The notification's words: which ticket, which number, what to do. */
export function notificationText(review: Review, today: string): { title: string; message: string } {
  const { metric, before, target } = review.number;
  const number = [metric, [before && `before ${before}`, target && `target ${target}`].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(': ');
  const when =
    reviewStatus(review.date, today) === 'overdue' ? `Review ${dueText(review.date, today)}` : 'Review due today';
  return {
    title: `${when}: ${review.ticket.title || review.ticket.key}`,
    message: [number, 'Open the ticket to record today’s value and add a follow-up.'].filter(Boolean).join('. '),
  };
}
