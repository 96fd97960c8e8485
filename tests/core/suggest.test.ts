// What the card offers, as a writer would read it: whole sentences after applying.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { suggestFor } from '../../src/core/rewrite/suggest';
import { rewriteTicket } from '../../src/core/rewrite/ticket';
import { ticketSlots } from '../../src/core/rewrite/ticket-slots';

const BODY = 'Prospects could not log in during two live demos last week, and support logged 9 tickets about it.';

/** The first offer for `phrase` in `text`, with `body` as the rest of the ticket. */
function offer(text: string, phrase: string, { body = BODY, title = '', isTitle = false, remembered = {} } = {}) {
  const finding = analyze(text).find((f) => f.text === phrase);
  if (!finding) throw new Error(`"${phrase}" is not flagged in "${text}"`);
  return suggestFor({ text, finding, ticket: { title, body: `${body}\n\n${text}` }, isTitle, remembered });
}
const first = (text: string, phrase: string, options = {}) =>
  offer(text, phrase, options).suggestions[0]?.sentenceAfter ?? null;

describe('rewrites that fit the sentence', () => {
  it('a verb takes its object along and names the customer action from the ticket', () => {
    expect(first('Also refactor the worker pool before the launch.', 'refactor')).toBe(
      'Also fix the worker pool so prospects can log in without errors during live demos before the launch.',
    );
  });

  it('a purpose never splits an object the tagger cut short, nor follows a purpose or a passive', () => {
    // "sending" read as a verb would leave "Fix email so … sending from the signup request".
    expect(first('Decouple email sending from the signup request', 'Decouple', { isTitle: true })).toBeNull();
    expect(first('Refactor the checkout service to remove the duplicated tax logic.', 'Refactor')).toBeNull();
    expect(first('Code changes that touch the importer need to be refactored.', 'refactored')).toBeNull();
    // Where nothing follows but a preposition, the purpose still goes after the object.
    expect(first('Rework the importer before the launch.', 'Rework')).toBe(
      'Fix the importer so prospects can log in without errors before the launch.',
    );
  });

  it('work on the team’s own tools gains no customer purpose', () => {
    expect(first('Refactor the test helpers before the launch.', 'Refactor')).toBeNull();
    expect(first('Refactor CI workflows', 'Refactor', { isTitle: true })).toBeNull();
  });

  it('a verb in the progressive is no passive, and a relative clause after the object keeps it whole', () => {
    expect(first('We are refactoring the importer this sprint.', 'refactoring')).toBe(
      'We are fixing the importer this sprint so prospects can log in without errors during live demos.',
    );
    expect(first('Refactor the importer that parses CSV files.', 'Refactor')).toBeNull();
  });

  it('a bump of an amount is not an update, a bump of a package is', () => {
    expect(first('Bump the rate limit for enterprise tenants.', 'Bump')).toBeNull();
    expect(first('Bump the worker image to 2.3.', 'Bump')).toBe('Update the worker image to 2.3.');
  });

  it('a purpose is not put where the sentence argues against the work', () => {
    expect(first('Avoid a big rewrite; fix the hot paths instead.', 'big rewrite')).toBeNull();
    expect(first("Don't start a big rewrite now.", 'big rewrite')).toBeNull();
    // "no" and "not" alone argue against nothing: the purpose stays.
    expect(first('There is no reason the refactor should wait.', 'refactor')).toBe(
      'There is no reason the fix that lets prospects log in without errors should wait.',
    );
    expect(first('The login page needs a full rewrite.', 'full rewrite')).toBe(
      'The login page needs a rebuild that lets prospects log in without errors.',
    );
  });

  it('a purpose comes after everything the verb acts on, not between two of its objects', () => {
    expect(first('Refactor the cart store and the price cache in checkout', 'Refactor', { isTitle: true })).toBe(
      'Fix the cart store and the price cache in checkout so prospects can log in without errors during live demos',
    );
    // A second verb starts a clause of its own: the purpose stays with the first.
    expect(first('We should refactor the importer and add tests.', 'refactor')).toBe(
      'We should fix the importer so prospects can log in without errors during live demos and add tests.',
    );
  });

  it('a verb keeps its tense, and work already done gains no purpose', () => {
    expect(first('We are refactoring the importer.', 'refactoring')).toBe(
      'We are fixing the importer so prospects can log in without errors during live demos.',
    );
    // "so prospects can log in" would claim the work done achieved it.
    expect(first('We refactored the session handling last week.', 'refactored')).toBeNull();
    expect(
      first('I refactored the date helpers and now the invoice dates are off by one day.', 'refactored'),
    ).toBeNull();
    expect(first('We hotfixed the tax rounding yesterday.', 'hotfixed')).toBe(
      'We rushed out a fix for the tax rounding yesterday.',
    );
    expect(first('We throttle exports for free accounts.', 'throttle')).toBe('We limit exports for free accounts.');
  });

  it('a noun keeps the sentence’s determiner, and "a"/"an" agree with the new word', () => {
    expect(first('Add p99 latency alerts and an SLO for login.', 'SLO')).toBe(
      'Add p99 latency alerts and a reliability target for login.',
    );
    expect(first('The postmortem is booked for Thursday.', 'postmortem')).toBe(
      'The incident review is booked for Thursday.',
    );
    expect(first('New jobs get stuck after the 3.4.2 deployment.', 'deployment')).toBe(
      'New jobs get stuck after the 3.4.2 release.',
    );
  });

  it('a clause after "our" reads as the thing itself: "the time until …", not "our time until …"', () => {
    expect(first('Our MTTA doubled over the holidays.', 'MTTA')).toBe(
      'The time until someone responds to an alert doubled over the holidays.',
    );
    expect(first('The new disks raised our MTBF to 90 days.', 'MTBF')).toBe(
      'The new disks raised our time between failures to 90 days.',
    );
  });

  it('a bracket after the object ends it, so none is left half open', () => {
    // Grovyn#44: the goal used to end inside the brackets, leaving "… can't [customer action])".
    const o = first('Add monitoring dashboards (Grafana/Prometheus)', 'Add monitoring', { isTitle: true });
    expect(o).toMatch(/ \(Grafana\/Prometheus\)$/);
    expect(o!.split('(').length).toBe(o!.split(')').length);
  });

  it('no article after "what", and no swap for a label the sentence is about', () => {
    expect(first('The logs do not say what cron job failed.', 'cron job')).toBe(
      'The logs do not say what scheduled task failed.',
    );
    expect(first('This was labeled a p1 issue but affects every customer.', 'p1 issue')).toBeNull();
  });

  it('a plural stays plural', () => {
    expect(first('We keep seeing ANRs on older phones.', 'ANRs')).toBe('We keep seeing app freezes on older phones.');
  });

  it('a work verb and its object become one goal, where the plan ends the clause', () => {
    expect(first('Tune the retry logic.', 'retry logic')).toBe('Make sure prospects can log in on the first try.');
    // Words after the phrase would dangle: no goal.
    expect(first('Add retry logic for failed webhook deliveries.', 'retry logic')).toBeNull();
  });

  it('a verb at the start of a title is a verb even where the tagger misreads the next word', () => {
    expect(first('Bump frontend packages', 'Bump', { isTitle: true })).toBe('Update frontend packages');
  });

  it('problems are reduced or fixed, never updated or improved', () => {
    expect(first('Bump the npm vulnerabilities', 'Bump')).toBeNull();
    expect(offer('Bump the npm vulnerabilities', 'Bump').nothingFits).toMatch(/acts on “the npm vulnerabilities”/);
    expect(first('This should improve scrolling and ANRs on tablets.', 'ANRs')).toBe(
      'This should improve scrolling and reduce app freezes on tablets.',
    );
    expect(first('The patch improved load time and ANRs.', 'ANRs')).toBe(
      'The patch improved load time and reduced app freezes.',
    );
  });

  it('a noun after a work verb is swapped only for a plain synonym', () => {
    expect(first('We need to fix the OOM in the importer.', 'OOM')).toBe(
      'We need to fix the out-of-memory error in the importer.',
    );
  });

  it('"went EOL" becomes "reached end of support", in its tense', () => {
    expect(first('Python 3.7 went EOL last summer.', 'EOL')).toBe('Python 3.7 reached end of support last summer.');
    expect(first('Python 3.7 has gone end of life.', 'end of life')).toBe('Python 3.7 has reached end of support.');
  });

  it('"is already EOL" becomes "has already reached end of support"', () => {
    expect(first('Ruby 2.7 is already EOL, and we still ship it.', 'EOL')).toBe(
      'Ruby 2.7 has already reached end of support, and we still ship it.',
    );
    expect(first('Ruby 3.0 becomes EOL in April.', 'EOL')).toBe('Ruby 3.0 reaches end of support in April.');
  });

  it('punctuation after a phrase ends it, on whichever side of the space it sits', () => {
    expect(first('Ruby 2.7 is reaching EOL (end of March).', 'EOL')).toBe(
      'Ruby 2.7 is reaching end of support (end of March).',
    );
  });

  it('"is EOL since …" is a lasting state: no "has reached … since"', () => {
    expect(first('Node 18 is end of life since April.', 'end of life')).toBeNull();
    expect(offer('Node 18 is end of life since April.', 'end of life').nothingFits).toMatch(
      /None of the map's rewrites for “end of life” fits/,
    );
  });

  it('a title in title case is read as a sentence, and the rewrite keeps its style', () => {
    expect(first('Retry Cron Jobs After A Failure', 'Cron Jobs', { isTitle: true })).toBe(
      'Retry Scheduled Tasks After A Failure',
    );
  });

  it('a modifier ending in the noun it describes does not say it twice', () => {
    expect(first('No alarm is setup for 5xx error spikes', '5xx')).toBe('No alarm is setup for server error spikes');
    expect(first('Investigate spike in 5xx errors from the router', '5xx', { isTitle: true })).toBe(
      'Investigate spike in server errors from the router',
    );
    expect(first('Checkout returns 5xx responses under load.', '5xx')).toBe(
      'Checkout returns server error responses under load.',
    );
  });

  it('a modifier gets its article chosen again, and an -ing word before a noun is a modifier, not a verb', () => {
    expect(first('We need a post-mortem template for outages.', 'post-mortem')).toBe(
      'We need an incident review template for outages.',
    );
    expect(first('Publish the new throttling quota for exports.', 'throttling')).toBeNull();
  });

  it('never says a word twice in two forms ("limiting limit", "task tasks")', () => {
    expect(first('Increase throttling limit on the gateway', 'throttling', { isTitle: true })).toBeNull();
  });

  it('a goal is not offered where "to ..." follows the plan: it would dangle', () => {
    expect(first('Adjust memory limit to stop crashes on deploy', 'memory limit', { isTitle: true })).toBeNull();
  });

  it('a phrase standing for a whole event after "when" or "if" gets no noun', () => {
    expect(first('Restart the worker when OOM.', 'OOM')).toBeNull();
    expect(offer('Restart the worker when OOM.', 'OOM').nothingFits).toMatch(/whole event/);
    expect(first('Restart the worker when OOM happens.', 'OOM')).toBe(
      'Restart the worker when an out-of-memory error happens.',
    );
  });

  it('offers nothing in place where a swap would change what the sentence says, and says why', () => {
    for (const [text, phrase] of [
      ['The Redis cache handler never returns stale responses.', 'cache'],
      ['Jobs have a heavy payload.', 'payload'],
      ['Polling a job queue in the UI is slow.', 'job queue'],
      ['Since the session handling refactor went out, carts empty.', 'refactor'],
      ['Write summary of incident on Past Sev1 Incidents tab.', 'Sev1'],
    ] as const) {
      const o = offer(text, phrase);
      expect(o.suggestions, `${phrase} in "${text}"`).toEqual([]);
      expect(o.nothingFits).toMatch(
        /names a part of the system|describes the words after it|part of a name|labels the ticket|ends a longer name|names the engineering work/,
      );
    }
  });

  it('says why in words that fit the phrase: work is not "a part of the system"', () => {
    expect(offer('Carts empty since the session handling refactor.', 'refactor').nothingFits).toMatch(
      /“refactor” ends a longer name here/,
    );
    expect(offer('The refactor renamed the lock key.', 'refactor').nothingFits).toMatch(
      /“refactor” names the engineering work here/,
    );
    expect(offer('The Redis cache handler never returns stale responses.', 'Redis').nothingFits).toMatch(
      /“Redis” describes the words after it here/,
    );
    // A part of the system that did something is still a part of the system, not work.
    expect(offer('The connection pool ran out during the sale.', 'connection pool').nothingFits).toMatch(
      /names a part of the system here/,
    );
  });

  it('never writes doubled articles, braces or an unfilled blank into a first offer', () => {
    const texts = [
      'Most of this sprint goes to the refactor.',
      'Chore: clean up the old logs',
      'We need a cleanup of the billing module.',
    ];
    for (const text of texts) {
      for (const f of analyze(text)) {
        const after =
          suggestFor({ text, finding: f, ticket: { title: '', body: text } }).suggestions[0]?.sentenceAfter ?? '';
        expect(after).not.toMatch(/\b(the|a|an) (the|a|an)\b|[{}]|\[customer action\]/i);
      }
    }
  });

  it('a rewrite that needs an action the ticket never names waits for it, and fills in once typed', () => {
    const text = 'We should refactor the billing module.';
    const bare = suggestFor({ text, finding: analyze(text)[0]!, ticket: { title: '', body: text } });
    expect(bare.suggestions).toEqual([]);
    expect(bare.awaiting[0]!.text).toBe('fix the billing module so users can [customer action] without errors');
    const typed = suggestFor({
      text,
      finding: analyze(text)[0]!,
      ticket: { title: '', body: text },
      remembered: { action: 'renew' },
    });
    expect(typed.suggestions[0]!.sentenceAfter).toBe(
      'We should fix the billing module so users can renew without errors.',
    );
  });
});

describe('sentence and title rewrites', () => {
  it('rebuild a title around who, the action and the moment, within 80 characters', () => {
    const o = offer('Harden session handling', 'Harden', { isTitle: true, title: 'Harden session handling' });
    expect(o.sentenceRewrite?.text).toBe("Prospects can't log in during live demos");
    expect(o.sentenceRewrite!.text.length).toBeLessThanOrEqual(80);
  });

  it('name the effect on sales or support and keep the original as technical detail', () => {
    const o = offer('We need to refactor the auth service.', 'refactor');
    expect(o.sentenceRewrite?.text).toBe(
      "Prospects can't log in during live demos, and support keeps answering the same tickets.",
    );
    expect(o.sentenceRewrite?.detail).toBe('we need to refactor the auth service');
  });

  it('are not offered for a fact about the system, or where the ticket never says the action goes wrong', () => {
    expect(offer('The Redis cache handler never returns stale responses.', 'cache').sentenceRewrite).toBeNull();
    expect(
      offer('We need to refactor the auth service.', 'refactor', { body: 'Users log in with SSO.' }).sentenceRewrite,
    ).toBeNull();
  });

  it('in a title about the work itself, a plainer verb is said to be only that, and the title rewrite leads', () => {
    const title = 'Bump Node.js to the next release line';
    const withAction = offer(title, 'Bump', { isTitle: true, title });
    expect(withAction.suggestions[0]?.sentenceAfter).toBe('Update Node.js to the next release line');
    expect(withAction.sentenceRewrite?.text).toBe("Prospects can't log in during live demos");
    expect(withAction.plainerOnly).toBe(
      '“Update” is only a plainer word for the work: the title would still say nothing customers notice. The title rewrite above says what goes wrong for them.',
    );
    // No customer action in the ticket: no title rewrite, so the write-up is where to name one.
    const bare = offer(title, 'Bump', { isTitle: true, title, body: 'Node 16 reached end of life in 2023.' });
    expect(bare.sentenceRewrite).toBeNull();
    expect(bare.plainerOnly).toMatch(/Name the customer action in the write-up, then open this card again/);
  });

  it('says nothing of the kind where the title or the rewrite already speaks for customers', () => {
    const note = (title: string, phrase: string, options = {}) =>
      offer(title, phrase, { isTitle: true, title, ...options }).plainerOnly;
    // A body sentence, a rewrite that names who and what for, a rewrite that is more than a verb.
    expect(offer('We should bump Node.js to 20.', 'bump').plainerOnly).toBeNull();
    expect(note('Refactor the worker pool', 'Refactor')).toBeNull();
    expect(note('End of life for the v1 API', 'End of life')).toBeNull();
    // The title names people, or a customer action.
    expect(note('Bump pdf library to fix broken invoice downloads for customers', 'Bump')).toBeNull();
    expect(note('Bump Node.js to 20 because prospects could not log in during live demos', 'Bump')).toBeNull();
    // Work on the team's own tools never gets a title rewrite, so the note would promise one in vain.
    expect(note('Bump the test helpers to vitest 3', 'Bump', { remembered: { action: 'export reports' } })).toBeNull();
    expect(note('Bump backend dependencies', 'Bump', { body: 'Nothing else.' })).toBeNull();
  });

  it('customer-terms rewrite applies them once each, keeping the detail', () => {
    const text = `Harden session handling\n\n${BODY}\n\nWe need to refactor the auth service.`;
    expect(rewriteTicket(text, analyze(text))).toBe(
      `Prospects can't log in during live demos\n\n${BODY}\n\nProspects can't log in during live demos, and support keeps answering the same tickets (technical detail: we need to refactor the auth service).`,
    );
  });
});

describe('blanks from the ticket', () => {
  it('reads the action, who and the moment, skipping code senses of the words', () => {
    expect(ticketSlots({ title: 'Checkout fails for new buyers during live demos', body: '' })).toEqual({
      action: 'check out',
      who: 'new buyers',
      moment: 'during live demos',
    });
    expect(
      ticketSlots({ title: 'Fix import statements in the payment client', body: 'The API client breaks.' }),
    ).toEqual({});
  });

  it('takes who from the sentence that says the action fails, not from a name in the title', () => {
    const ticket = { title: 'Modernize the admin UI', body: 'Buyers cannot check out when the cart has 50 items.' };
    expect(ticketSlots(ticket)).toMatchObject({ action: 'check out', who: 'buyers' });
    // With no failing sentence, the first people the ticket names.
    expect(ticketSlots({ title: 'Modernize the admin UI', body: 'Buyers check out here.' }).who).toBe('admins');
  });
});

describe('names inside product names', () => {
  it('are not findings; hyphenated housekeeping and system words still are', () => {
    const texts = (t: string) => analyze(t).map((f) => f.text);
    expect(texts('We run sidekiq-ent 1.x and @calcom/features')).not.toContain('sidekiq');
    expect(texts('The immich-microservices container crashed after the clean-up.')).toEqual(
      expect.arrayContaining(['microservices', 'clean-up']),
    );
    expect(texts('Fix CVE-2021-23362 now')).toEqual(['CVE']);
  });
});
