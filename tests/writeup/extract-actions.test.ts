import { describe, expect, it } from 'vitest';
import { findActions } from '../../src/core/writeup';

const actionsIn = (text: string) => findActions(text).map((m) => m.action);

describe('findActions', () => {
  it.each([
    ['Users cannot log in', 'sign in'],
    ['login fails after the update', 'sign in'],
    ['users see a blank page once they have logged in', 'sign in'],
    ['the sign-in form spins', 'sign in'],
    ['Signing in takes a minute', 'sign in'],
    ['signing up breaks on step two', 'sign up'],
    ['new signups drop', 'sign up'],
    ['checking out fails on the first try', 'pay'],
    ['checkout is slow', 'pay'],
    ['orders were paid twice', 'pay'],
    ['renewal fails on the first try', 'pay'],
    ['search returns nothing', 'search'],
    ['uploads time out', 'upload'],
    ['failed exports', 'export'],
    ['the CSV was exported empty', 'export'],
    ['imported contacts go missing', 'import'],
    ['teammates never get invited', 'invite'],
    ['syncing stalls overnight', 'sync'],
    ['opening the report takes 20 seconds', 'open a page'],
    ['the dashboard won’t load', 'open a page'],
    ['customers contact support twice', 'get help'],
  ])('%s -> %s', (text, action) => {
    expect(actionsIn(text)).toEqual([action]);
  });

  it('a logged-in user is who, not what they do', () => {
    // adobe/acrobat-sign#10: the emails fail, not signing in.
    expect(actionsIn('emails are not sent when a logged-in user sends a document')).toEqual([]);
    expect(actionsIn('logged in users see a blank page')).toEqual([]);
    expect(actionsIn('the signed-in state is lost, so users log in again')).toEqual(['sign in']);
    // Still the action where it is one.
    expect(actionsIn('Logging in users takes 10 s')).toEqual(['sign in']);
    expect(actionsIn('they get logged into other accounts')).toEqual(['sign in']);
  });

  it('returns the first span of each action, in reading order', () => {
    const text = 'Exports fail, then users log in again and export again';
    expect(findActions(text)).toEqual([
      { action: 'export', start: 0, end: 7 },
      { action: 'sign in', start: 25, end: 31 },
    ]);
    expect(text.slice(25, 31)).toBe('log in');
  });

  it('finds no action in pure engineering text', () => {
    expect(findActions('Refactor Redis cache eviction and tune the job queue workers')).toEqual([]);
    expect(findActions('Add synchronous retries and check the error log in Kibana')).toEqual([]);
  });

  it('does not read words that merely contain a verb', () => {
    expect(findActions('payload size, important flags, async design, research notes')).toEqual([]);
  });

  it('does not count renewals at risk as customers paying', () => {
    expect(findActions('this puts renewals at risk')).toEqual([]);
  });
});
