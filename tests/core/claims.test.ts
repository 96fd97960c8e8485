// The card claims no more than the ticket says: sentences from public tickets (ids beside each),
// read as the words that would land in the ticket.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { fillRewrite } from '../../src/core/rewrite/fill';
import { suggestFor } from '../../src/core/rewrite/suggest';
import { failureClause } from '../../src/core/rewrite/sentence-rewrite';

interface Ticket {
  title: string;
  body: string;
}

/** The card's offer for `phrase` where it first occurs in the ticket's body (or its title). */
function offer(ticket: Ticket, phrase: string, { inTitle = false, action = '' } = {}) {
  const text = inTitle ? ticket.title : ticket.body;
  const finding = analyze(text).find((f) => f.text === phrase);
  if (!finding) throw new Error(`"${phrase}" is not flagged in "${text}"`);
  const remembered = action ? { action } : undefined;
  return suggestFor({ text, finding, ticket, isTitle: inTitle, remembered });
}

const customerLine = (o: ReturnType<typeof offer>) =>
  o.customerLine ? fillRewrite(o.customerLine, o.slots, true) : null;

describe('the customer line', () => {
  it('is not offered where the ticket names the action but never says it goes wrong', () => {
    // chatwoot/chatwoot#12054: deleted conversations come back; importing works all too well.
    const ticket = {
      title: 'IMAP: Deleted conversations are re-imported because email remains on server',
      body: 'When deleting a conversation in Chatwoot that is linked to an email inbox via IMAP, the conversation disappears momentarily but reappears shortly after. Upon the next polling cycle, it imports the same message again, treating it as a new conversation.',
    };
    const o = offer(ticket, 'polling cycle');
    expect(o.slots.action).toBe('import data');
    expect(o.nothingFits).not.toBeNull();
    expect(customerLine(o)).toBeNull();
    // With no action named at all, the line waits for the user to name it.
    const unnamed = offer(
      { title: '', body: 'Upon the next polling cycle, the same message comes back.' },
      'polling cycle',
    );
    expect(customerLine(unnamed)).toBe("Customer impact: users can't [customer action].");
  });

  it('reads an error budget or error handling as a practice, not as something going wrong', () => {
    const ticket = {
      title: 'Tune retry logic in checkout',
      body: 'Error budget burn for the checkout SLO is running at 3x. Our retry logic needs a circuit breaker.',
    };
    const o = offer(ticket, 'retry logic');
    expect(o.slots.action).toBe('check out');
    expect(customerLine(o)).toBeNull();
  });

  it('says how it goes wrong when the ticket says: signed out, not locked out', () => {
    // hotosm/field-tm#1652
    const ticket = {
      title: 'Automatically logging off of user while refreshing',
      body: 'It may be due to the JWT token we have implemented recently, user is facing problem of automatically logging out of FMTM while refreshing the page after spending more than an hour within FMTM.',
    };
    expect(customerLine(offer(ticket, 'JWT token'))).toBe(
      'Customer impact: users get signed out while they [customer action].',
    );
  });

  it('keeps the action the ticket says fails', () => {
    // strapi/strapi#7176
    const ticket = {
      title: 'Not possible to login to admin. 500 internal server error',
      body: "**Can't login on /admin page after an update**\nWe use Heroku + postgres.\nI updated libs, deployed.",
    };
    expect(customerLine(offer(ticket, 'Heroku'))).toBe("Customer impact: admins can't log in after an update.");
  });
});

describe('sentence rewrites', () => {
  it('are not made of the steps a report took, which its next sentences build on', () => {
    // strapi/strapi#7176: "Admins can't log in after an update (technical detail: I updated libs, deployed)".
    const ticket = {
      title: 'Not possible to login to admin. 500 internal server error',
      body: "**Can't login on /admin page after an update**\nI updated libs, deployed. After the page was reloaded now an email is requested instead of a username.",
    };
    expect(offer(ticket, 'deployed').sentenceRewrite).toBeNull();
    // The demo issue's evidence: the latency it reports is the reason for the ticket.
    const since = {
      title: 'Checkout is slow at peak',
      body: 'Since we upgraded the Redis cluster last sprint, p99 latency has gone from about 180 ms to 1.4 s at peak.',
    };
    expect(offer(since, 'Redis').sentenceRewrite).toBeNull();
  });

  it('are not made of a sentence holding code the page shows as a placeholder, which a copy could not carry', () => {
    const ticket = {
      title: 'Checkout is slow at peak',
      body: 'We should refactor \uFFFC before the sale.',
    };
    expect(offer(ticket, 'refactor').sentenceRewrite).toBeNull();
  });

  it('are not made of a wish, nor of a feature request’s title, even with the action typed in', () => {
    // lyc8503/UptimeFlare#24: too many notifications, not too few.
    const ticket = {
      title: '[Feature Request] Notification will be sent only when service timeouts exceed N consecutive occurrences.',
      body: 'If we could add a parameter to set the number of timeouts before triggering a notification and recording the offline situation, it would be better.',
    };
    const action = 'receive notification emails';
    expect(offer(ticket, 'timeouts', { action }).sentenceRewrite).toBeNull();
    expect(offer(ticket, 'timeouts', { inTitle: true, action }).sentenceRewrite).toBeNull();
  });

  it('read the ticket’s own words for how it goes wrong when the user names the action', () => {
    const ticket = {
      title: 'Users keep logging out',
      body: 'Users keep logging out while refreshing. We should refactor the session code.',
    };
    expect(offer(ticket, 'refactor', { action: 'log in' }).sentenceRewrite?.text).toBe(
      'Users get signed out too soon.',
    );
  });
});

describe('the ticket’s own terms', () => {
  it('slow, after an update, and the detail without a second pair of brackets', () => {
    // getredash/redash#7048: the server is unresponsive while the query runs; queries do not fail.
    const ticket = {
      title: 'Very high memory consumption after updating to latest redash version',
      body: 'After updating to this version I experience very large memory consumption from the rq worker (I start it with `python manage.py rq worker`). It takes all the memory of the server making the server unresponsive while the query runs.',
    };
    const o = offer(ticket, 'memory consumption', { action: 'run a query' });
    expect(o.slots.moment).toBe('after an update');
    expect(o.sentenceRewrite?.text).toBe('Users wait too long to run a query after an update.');
    expect(o.sentenceRewrite?.detail).toBe(
      'after updating to this version I experience very large memory consumption from the rq worker',
    );
  });

  it('the action the ticket says goes wrong, not the first one it names', () => {
    const ticket = {
      title: 'Projects disappear overnight',
      body: 'After I log in each morning, the files I upload the day before have gone. Uploads fail with a 500 since Monday. The cron job cleanup is the likely cause.',
    };
    expect(offer(ticket, 'cron job').slots.action).toBe('upload files');
  });
});

describe('rewrites in place', () => {
  it('take the initials that spelled the phrase out with them', () => {
    // web-platform-dx/web-features#2888
    const ticket = {
      title: 'Bump Node.js to non-EOL release line >18.x',
      body: "Our tooling currently uses Node.js 18. It's end-of-life (EOL) on 30 April 2025.",
    };
    expect(offer(ticket, 'end-of-life').suggestions[0]?.sentenceAfter).toBe("It's end of support on 30 April 2025.");
  });

  it('take a gloss that spells the phrase out, or that it spells out in the plural, with them', () => {
    const mttr = { title: '', body: 'Support asked about MTTR (mean time to recovery) after the outage.' };
    expect(offer(mttr, 'MTTR', { action: 'check out' }).suggestions[0]?.sentenceAfter).toBe(
      'Support asked about the time until users can check out again after the outage.',
    );
    const slos = { title: '', body: 'Our SLOs (service level objectives) are missed.' };
    expect(offer(slos, 'SLOs').suggestions[0]?.sentenceAfter).toBe('Our reliability targets are missed.');
    // Brackets that say something else stay.
    const aside = { title: '', body: 'Support asked about MTTR (see the dashboard) after the outage.' };
    expect(offer(aside, 'MTTR', { action: 'check out' }).suggestions[0]?.sentenceAfter).toBe(
      'Support asked about the time until users can check out again (see the dashboard) after the outage.',
    );
  });

  it('do not say a date to come has been reached', () => {
    const ticket = { title: '', body: 'Node 18 is end-of-life (EOL) in April.' };
    expect(offer(ticket, 'end-of-life').suggestions).toEqual([]);
  });

  it('put no purpose where the phrase is what the clause is about, after "that", or before "of"', () => {
    // getredash/redash#1762: "that fix that lets users run a query without errors shouldn't need to be performed".
    const redash = {
      title: 'Scheduled Queries falling behind',
      body: "Flushing the Redis cache does work for about 2-24 hours. I feel like that ongoing maintenance shouldn't need to be performed that frequently, though.",
    };
    expect(offer(redash, 'ongoing maintenance', { action: 'run a query' }).suggestions).toEqual([]);
    const cart = { title: '', body: 'We are planning a complete rewrite of the cart.' };
    expect(offer(cart, 'complete rewrite', { action: 'check out' }).suggestions).toEqual([]);
    // Where it fits, it is still offered.
    const page = { title: '', body: 'The checkout page needs a full rewrite.' };
    expect(offer(page, 'full rewrite', { action: 'check out' }).suggestions[0]?.sentenceAfter).toBe(
      'The checkout page needs a rebuild that lets users check out without errors.',
    );
  });
});

describe('after the review of 2 December', () => {
  const loggedOut = {
    title: "Prospects can't log in during live demos",
    body: 'Prospects could not log in during two live demos last week.',
  };

  it('"after updating" is a moment only before a version, not before the customer’s own action', () => {
    const moment = (body: string) =>
      offer({ title: '', body: `${body} Our cron job retries.` }, 'cron job').slots.moment;
    expect(moment('Users get logged out after updating to 2.1.')).toBe('after an update');
    expect(moment('Users get logged out after updating an order.')).toBeUndefined();
  });

  it('keeps a purpose where the clause tells of something other than doing the work', () => {
    const needed = { title: '', body: 'Refactor is needed before the Q3 demos.' };
    expect(offer(needed, 'Refactor', { action: 'log in' }).suggestions[0]?.sentenceAfter).toBe(
      'The fix that lets users log in without errors is needed before the Q3 demos.',
    );
  });

  it('rewrites a plan put as a wish, and leaves the steps of a report, however they open', () => {
    const wish = {
      ...loggedOut,
      body: `${loggedOut.body} It would be good to clean up session handling before the demos.`,
    };
    expect(offer(wish, 'clean up').sentenceRewrite?.text).toMatch(/^Prospects can't log in during live demos/);
    const done = { ...loggedOut, body: `${loggedOut.body} I've upgraded the session handling since then.` };
    expect(offer(done, 'session handling').sentenceRewrite).toBeNull();
    // A present-tense verb that ends in "ed" is a plan, not a step already taken.
    const plan = {
      ...loggedOut,
      body: `${loggedOut.body} We embed the widget, so we should clean up session handling.`,
    };
    expect(offer(plan, 'clean up').sentenceRewrite?.text).toMatch(/^Prospects can't log in during live demos/);
  });

  it('knows a feature request by its other labels', () => {
    const titles: [string, string][] = [
      ['[FR] Refactor the export queue', 'Refactor'],
      ['feat(auth): refactor session handling', 'refactor'],
      ['Proposal: refactor the cache', 'refactor'],
    ];
    for (const [title, phrase] of titles)
      expect(
        offer({ title, body: 'Prospects could not log in.' }, phrase, { inTitle: true }).sentenceRewrite,
      ).toBeNull();
  });

  it('says a state is reached when the preposition does not bring a date', () => {
    const ci = { title: '', body: 'Node 14 is end-of-life (EOL) in our CI images.' };
    expect(offer(ci, 'end-of-life').suggestions[0]?.sentenceAfter).toBe(
      'Node 14 has reached end of support in our CI images.',
    );
  });

  it('takes how it goes wrong from the ticket’s words about the action, not the engineering words by the phrase', () => {
    // codu#1154: "two (maybe more) flaky tests" is about the tests, not the customers.
    const ticket = {
      title: 'Exports fail for large accounts',
      body: 'We have two (maybe more) flaky tests in the export worker.',
    };
    const o = offer(ticket, 'flaky tests');
    expect(customerLine(o)).toBe("Customer impact: users can't export data.");
  });

  it('reads no slowness in a code freeze, and no intermittent failure in flaky end-to-end tests', () => {
    expect(failureClause(['Ship the saved-card fix as an exception to the code freeze.'], 'check out')).toBe(
      "{who} can't {action}",
    );
    expect(failureClause(['Add retry logic to the flaky e2e tests.'], 'check out')).toBe("{who} can't {action}");
    expect(failureClause(['The page freezes when buyers check out.'], 'check out')).toBe(
      '{who} wait too long to {action}',
    );
  });

  it('no sentence rewrite repeats a complaint the body makes, contradicts it, or replaces a story of its own', () => {
    const said = {
      title: 'Checkout is slow at busy times',
      body: "Buyers can't check out during busy hours. We need to refactor the payment client.",
    };
    expect(offer(said, 'refactor').sentenceRewrite).toBeNull();
    const ticket = { title: "Buyers can't check out", body: 'Buyers report errors at checkout.' };
    for (const [body, phrase] of [
      ['This is an internal improvement, no user-facing change.', 'internal improvement'],
      ['The refactor broke password reset for SSO users.', 'refactor'],
      ['Refactor the test helpers.', 'Refactor'],
    ] as const)
      expect(offer({ ...ticket, body: `${ticket.body} ${body}` }, phrase).sentenceRewrite, body).toBeNull();
    // A title says it once more on purpose.
    const titled = { title: 'Refactor the worker pool', body: "Buyers can't check out during busy hours." };
    expect(offer(titled, 'Refactor', { inTitle: true }).sentenceRewrite?.text).toMatch(/^Buyers can't check out/);
  });

  it('reads plain failures: an empty file, a page that stopped working', () => {
    // google/ground-platform#2186
    const csv = {
      title: 'Export CSV returns an empty file',
      body: 'I found a bug with Export CSV: it returns an empty file. The job queue looks idle.',
    };
    expect(customerLine(offer(csv, 'job queue'))).toBe("Customer impact: users can't export data.");
  });
});
