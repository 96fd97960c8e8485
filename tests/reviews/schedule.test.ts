// Scheduling review reminders: the date is a day on the user's calendar, due at
// 09:00 local time; past dates are due at once and listed as overdue; a changed
// or cleared date moves or removes the alarm; a browser restart puts alarms back.
import { describe, expect, it } from 'vitest';
import { emptyDraft, type WriteUpDraft } from '../../src/core/writeup';
import {
  alarmName,
  alarmTime,
  dayIn,
  dueAt,
  dueText,
  instantOn,
  keyOfAlarm,
  notificationId,
  notificationText,
  onAlarm,
  parseNotificationId,
  planAlarms,
  reviewFromDraft,
  reviewStatus,
  sameReview,
  sortReviews,
  withReading,
  type Review,
} from '../../src/core/reviews';

const KEY = 'github:acme/shop#41';
const TICKET = {
  key: KEY,
  title: 'Shoppers get logged out at checkout',
  url: 'https://github.com/acme/shop/issues/41',
  tracker: 'github' as const,
};

function draft(reviewDate: string, change: (d: WriteUpDraft) => void = () => {}): WriteUpDraft {
  const d = emptyDraft();
  d.plan.reviewDate = reviewDate;
  d.plan.owner = 'Priya (support lead)';
  d.number = { ...d.number, metric: 'sign-in failures', before: '3%', target: 'below 0.5%' };
  change(d);
  return d;
}

const review = (date: string, key = KEY): Review => ({
  ...reviewFromDraft({ ...TICKET, key }, draft(date), null)!,
});

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('due at 09:00 on the user’s calendar day', () => {
  it('is 09:00 local in the zone given, whatever its offset from UTC', () => {
    expect(iso(dueAt('2026-04-01', 'UTC'))).toBe('2026-04-01T09:00:00.000Z');
    expect(iso(dueAt('2026-04-01', 'America/New_York'))).toBe('2026-04-01T13:00:00.000Z'); // EDT, UTC-4
    expect(iso(dueAt('2026-01-15', 'America/New_York'))).toBe('2026-01-15T14:00:00.000Z'); // EST, UTC-5
    expect(iso(dueAt('2026-04-01', 'Asia/Kolkata'))).toBe('2026-04-01T03:30:00.000Z'); // UTC+5:30
    expect(iso(dueAt('2026-04-01', 'Asia/Kathmandu'))).toBe('2026-04-01T03:15:00.000Z'); // UTC+5:45
  });

  it('is on the user’s day even when that day is still the day before in UTC', () => {
    // 09:00 on 1 April in Auckland (NZDT, UTC+13) is 20:00 on 31 March in UTC.
    expect(iso(dueAt('2026-04-01', 'Pacific/Auckland'))).toBe('2026-03-31T20:00:00.000Z');
    // And in Honolulu (UTC-10) it is 19:00 on the same UTC day.
    expect(iso(dueAt('2026-04-01', 'Pacific/Honolulu'))).toBe('2026-04-01T19:00:00.000Z');
  });

  it('follows daylight saving changes on the day itself', () => {
    // New York springs forward at 02:00 on 8 March 2026 and falls back at 02:00 on 1 November.
    expect(iso(dueAt('2026-03-07', 'America/New_York'))).toBe('2026-03-07T14:00:00.000Z');
    expect(iso(dueAt('2026-03-08', 'America/New_York'))).toBe('2026-03-08T13:00:00.000Z');
    expect(iso(dueAt('2026-11-01', 'America/New_York'))).toBe('2026-11-01T14:00:00.000Z');
    // Berlin moves on 29 March 2026.
    expect(iso(dueAt('2026-03-29', 'Europe/Berlin'))).toBe('2026-03-29T07:00:00.000Z');
  });

  it('uses the runtime’s own zone when none is given', () => {
    const due = new Date(dueAt('2026-04-01')!);
    expect([due.getFullYear(), due.getMonth(), due.getDate(), due.getHours(), due.getMinutes()]).toEqual([
      2026, 3, 1, 9, 0,
    ]);
    expect(dayIn(due.getTime())).toBe('2026-04-01');
  });

  it('rejects days that are not real dates', () => {
    expect(dueAt('2026-02-30', 'UTC')).toBeNull();
    expect(instantOn('someday', 9, 'UTC')).toBeNull();
  });

  it('reads the user’s today in their own zone', () => {
    const instant = Date.parse('2026-03-31T22:30:00Z');
    expect(dayIn(instant, 'UTC')).toBe('2026-03-31');
    expect(dayIn(instant, 'Europe/Berlin')).toBe('2026-04-01'); // 00:30 CEST
    expect(dayIn(instant, 'America/Los_Angeles')).toBe('2026-03-31');
  });
});

describe('a date in the past', () => {
  const now = Date.parse('2026-04-10T12:00:00Z');

  it('is due at once', () => {
    expect(alarmTime(review('2026-04-01'), undefined, now, 'UTC')).toBe(now);
    expect(onAlarm(review('2026-04-01'), undefined, now, 'UTC')).toEqual({ kind: 'notify' });
  });

  it('is listed as overdue, with how long', () => {
    expect(reviewStatus('2026-04-01', '2026-04-10')).toBe('overdue');
    expect(dueText('2026-04-01', '2026-04-10')).toBe('9 days overdue');
    expect(dueText('2026-04-09', '2026-04-10')).toBe('1 day overdue');
    expect(reviewStatus('2026-04-10', '2026-04-10')).toBe('today');
    expect(dueText('2026-04-10', '2026-04-10')).toBe('due today');
    expect(reviewStatus('2026-04-11', '2026-04-10')).toBe('upcoming');
    expect(dueText('2026-04-11', '2026-04-10')).toBe('due tomorrow');
    expect(dueText('2026-05-10', '2026-04-10')).toBe('due in 30 days');
    const title = notificationText(review('2026-04-01'), '2026-04-10').title;
    expect(title).toBe('Review 9 days overdue: Shoppers get logged out at checkout');
  });

  it('earlier today but before 09:00 waits for 09:00; after 09:00 it is due at once', () => {
    const early = Date.parse('2026-04-10T07:00:00Z');
    expect(iso(alarmTime(review('2026-04-10'), undefined, early, 'UTC'))).toBe('2026-04-10T09:00:00.000Z');
    expect(alarmTime(review('2026-04-10'), undefined, now, 'UTC')).toBe(now);
  });

  it('is not notified twice for the same date', () => {
    expect(alarmTime(review('2026-04-01'), '2026-04-01', now, 'UTC')).toBeNull();
    expect(onAlarm(review('2026-04-01'), '2026-04-01', now, 'UTC')).toEqual({ kind: 'drop' });
  });

  it('lists overdue first, then today, then upcoming', () => {
    const list = [
      review('2026-05-01', 'github:a/b#3'),
      review('2026-04-01', 'github:a/b#1'),
      review('2026-04-10', 'github:a/b#2'),
    ];
    expect(sortReviews(list).map((r) => r.ticket.key)).toEqual(['github:a/b#1', 'github:a/b#2', 'github:a/b#3']);
  });
});

describe('a date changed or cleared in the write-up', () => {
  const now = Date.parse('2026-03-02T12:00:00Z');

  it('remembers the ticket, its number, who updates the note, and the date', () => {
    expect(reviewFromDraft(TICKET, draft('2026-04-01'), null)).toEqual({
      ticket: TICKET,
      number: { metric: 'sign-in failures', before: '3%', target: 'below 0.5%' },
      owner: 'Priya (support lead)',
      date: '2026-04-01',
      readings: [],
    });
  });

  it('a changed date moves the reminder and keeps the values recorded so far', () => {
    const first = withReading(review('2026-04-01'), '2026-04-01', '1.2%');
    const moved = reviewFromDraft(TICKET, draft('2026-05-01'), first)!;
    expect(moved.date).toBe('2026-05-01');
    expect(moved.readings).toEqual([{ day: '2026-04-01', value: '1.2%' }]);
    expect(sameReview(first, moved)).toBe(false);
    expect(sameReview(moved, reviewFromDraft(TICKET, draft('2026-05-01'), moved))).toBe(true);
  });

  it('a date notified already, once changed, is due again on the new date', () => {
    const notified = '2026-04-01';
    expect(alarmTime(review('2026-04-01'), notified, now, 'UTC')).toBeNull();
    expect(iso(alarmTime(review('2026-05-01'), notified, now, 'UTC'))).toBe('2026-05-01T09:00:00.000Z');
  });

  it('an alarm that fires after its date moved later is set again for the new date', () => {
    const late = Date.parse('2026-04-01T09:00:00Z');
    expect(onAlarm(review('2026-05-01'), undefined, late, 'UTC')).toEqual({
      kind: 'later',
      when: Date.parse('2026-05-01T09:00:00Z'),
    });
  });

  it('a cleared date removes the reminder and its alarm', () => {
    expect(reviewFromDraft(TICKET, draft(''), review('2026-04-01'))).toBeNull();
    const plan = planAlarms(
      [],
      {},
      [{ name: alarmName(KEY), scheduledTime: Date.parse('2026-04-01T09:00:00Z') }],
      now,
      'UTC',
    );
    expect(plan).toEqual({ create: [], clear: [alarmName(KEY)] });
    expect(onAlarm(null, undefined, now, 'UTC')).toEqual({ kind: 'drop' });
  });

  it('moves an alarm whose time no longer matches its date', () => {
    const existing = [{ name: alarmName(KEY), scheduledTime: Date.parse('2026-04-01T09:00:00Z') }];
    const plan = planAlarms([review('2026-04-15')], {}, existing, now, 'UTC');
    expect(plan.create).toEqual([{ name: alarmName(KEY), when: Date.parse('2026-04-15T09:00:00Z') }]);
    expect(plan.clear).toEqual([]);
  });

  it('one reading per day: a second value that day replaces the first', () => {
    const r = withReading(withReading(review('2026-04-01'), '2026-04-01', '1%'), '2026-04-01', '0.8%');
    expect(r.readings).toEqual([{ day: '2026-04-01', value: '0.8%' }]);
    expect(withReading(r, '2026-04-02', '   ').readings).toHaveLength(1);
  });
});

describe('a browser restarted before the date', () => {
  const reviews = [
    review('2026-04-01', 'github:a/b#1'),
    review('2026-04-20', 'github:a/b#2'),
    review('2026-03-01', 'github:a/b#3'),
  ];
  const notices = { 'github:a/b#3': '2026-03-01' };
  const now = Date.parse('2026-03-02T12:00:00Z');

  it('re-creates every alarm from storage when the browser lost them', () => {
    const plan = planAlarms(reviews, notices, [], now, 'Europe/Berlin');
    expect(plan.clear).toEqual([]);
    expect(plan.create.map((a) => [a.name, iso(a.when)])).toEqual([
      ['review:github:a/b#1', '2026-04-01T07:00:00.000Z'], // 09:00 CEST
      ['review:github:a/b#2', '2026-04-20T07:00:00.000Z'],
    ]);
  });

  it('leaves alarms that survived the restart alone, and clears stray ones', () => {
    const existing = [
      { name: 'review:github:a/b#1', scheduledTime: Date.parse('2026-04-01T07:00:00Z') },
      { name: 'review:github:gone/repo#9', scheduledTime: Date.parse('2026-04-05T07:00:00Z') },
      { name: 'not-ours', scheduledTime: 0 },
    ];
    const plan = planAlarms(reviews, notices, existing, now, 'Europe/Berlin');
    expect(plan.create.map((a) => a.name)).toEqual(['review:github:a/b#2']);
    expect(plan.clear).toEqual(['review:github:gone/repo#9']);
  });

  it('a date that passed while the browser was closed fires at once on startup, unless notified', () => {
    const later = Date.parse('2026-04-03T08:00:00Z');
    const plan = planAlarms(reviews, notices, [], later, 'Europe/Berlin');
    expect(plan.create).toContainEqual({ name: 'review:github:a/b#1', when: later });
    expect(plan.create.some((a) => a.name === 'review:github:a/b#3')).toBe(false);
  });

  it('an alarm that should have fired while the browser was closed is re-created', () => {
    const later = Date.parse('2026-04-03T08:00:00Z');
    const stale = [{ name: 'review:github:a/b#1', scheduledTime: Date.parse('2026-04-01T07:00:00Z') }];
    expect(planAlarms([reviews[0]!], {}, stale, later, 'Europe/Berlin').create).toEqual([
      { name: 'review:github:a/b#1', when: later },
    ]);
  });
});

describe('names', () => {
  it('alarm and notification ids carry the ticket key (and the window to open in)', () => {
    expect(keyOfAlarm(alarmName(KEY))).toBe(KEY);
    expect(keyOfAlarm('something-else')).toBeNull();
    expect(parseNotificationId(notificationId(KEY, 7))).toEqual({ key: KEY, windowId: 7 });
    expect(parseNotificationId(notificationId('jira:acme.atlassian.net/SHOP-7'))).toEqual({
      key: 'jira:acme.atlassian.net/SHOP-7',
    });
    expect(parseNotificationId('other')).toBeNull();
  });

  it('the notification says which ticket and which number', () => {
    expect(notificationText(review('2026-04-01'), '2026-04-01')).toEqual({
      title: 'Review due today: Shoppers get logged out at checkout',
      message:
        'sign-in failures: before 3%, target below 0.5%. Open the ticket to record today’s value and add a follow-up.',
    });
  });
});
