import { describe, expect, it } from 'vitest';
import { analyzeWith, isIgnored } from '../../src/core/analyze';
import { compileMap } from '../../src/core/phrase-map/compile';
import { inflections } from '../../src/core/phrase-map/inflect';
import { entry, identifier, smallMap } from './fixture-map';

const find = (text: string) =>
  analyzeWith(smallMap, text).map((f) => ({ text: f.text, id: f.entryId, start: f.start, end: f.end }));
const ids = (text: string) => analyzeWith(smallMap, text).map((f) => `${f.entryId}:${f.text}`);

describe('matching', () => {
  it('reports whole findings with offsets into the input', () => {
    expect(analyzeWith(smallMap, 'We should refactor this.')).toEqual([
      {
        start: 10,
        end: 18,
        text: 'refactor',
        entryId: 'refactor',
        category: 'system',
        why: 'refactor is internal.',
        rewrites: [{ as: 'noun', text: '{action} works' }],
      },
    ]);
  });

  it('is case-insensitive and matches inflections', () => {
    expect(ids('Refactors, REFACTORED and refactoring')).toEqual([
      'refactor:Refactors',
      'refactor:REFACTORED',
      'refactor:refactoring',
    ]);
    expect(ids('retry, retries, retried, retrying')).toEqual([
      'retry:retry',
      'retry:retries',
      'retry:retried',
      'retry:retrying',
    ]);
    expect(ids('cache, caches and caching')).toEqual(['cache:cache', 'cache:caches', 'cache:caching']);
    // Only the queue family keeps its e before -ing; nobody writes "cacheing".
    expect(inflections('queue')).toContain('queueing');
    expect(inflections('queue')).toContain('queuing');
    for (const word of ['decouple', 'cache', 'deprecate', 'tune', 'retire'])
      expect(inflections(word).filter((form) => form.endsWith('eing'))).toEqual([]);
    expect(ids('two flaky tests')).toEqual(['flaky-tests:flaky tests']);
  });

  it('matches whole words only', () => {
    expect(ids('refactoringly cachet retrying2 precache')).toEqual([]);
  });

  it('matches multi-word phrases across line breaks, extra spaces and hyphens', () => {
    expect(ids('the retry\nlogic')).toEqual(['retry-logic:retry\nlogic']);
    expect(ids('the retry    logic')).toEqual(['retry-logic:retry    logic']);
    expect(ids('a clean-up and a clean up')).toEqual(['clean-up:clean-up', 'clean-up:clean up']);
    expect(ids('a Sev-1 and a SEV 1')).toEqual(['sev1:Sev-1', 'sev1:SEV 1']);
  });

  it('does not join words across punctuation or paragraphs', () => {
    expect(ids('retry, logic')).toEqual(['retry:retry']);
    expect(ids('retry\n\nlogic')).toEqual(['retry:retry']);
  });

  it('lets the longest phrase win', () => {
    expect(ids('tune the retry logic')).toEqual(['retry-logic:retry logic']);
    expect(ids('Hardening session handling now')).toEqual(['session-handling:Hardening session handling']);
  });

  it('keeps exact entries case-sensitive, with plurals', () => {
    expect(ids('GC pauses and gc and N+1 queries, SLOs')).toEqual(['gc:GC', 'n-plus-one:N+1']);
    expect(ids('two GCs')).toEqual(['gc:GCs']);
  });

  it('leaves exceptions alone', () => {
    expect(ids('Please clean up your browser data, then clean up')).toEqual(['clean-up:clean up']);
  });

  it('never flags code, links, addresses, mentions, references or paths', () => {
    const text = [
      '```',
      'refactor cache',
      '```',
      'Use `retry` and ``cache`` here.',
      'See https://example.com/refactor and www.cache.io/retry.',
      'Mail cache@example.com or ping @refactor and @org/cache-team.',
      'Fixed in #123, org/repo#45, CACHE-12 and GH-7.',
      'Edit ./cache/retry.ts, src/refactor/index and cache.yml.',
      'See [the docs](https://x.dev/retry-logic) <!-- cache -->',
      'Only this refactor counts.',
    ].join('\n');
    expect(find(text)).toEqual([
      { text: 'refactor', id: 'refactor', start: text.lastIndexOf('refactor'), end: text.lastIndexOf('refactor') + 8 },
    ]);
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(ids('refactor\n```\ncache')).toEqual(['refactor:refactor']);
  });

  it('flags severity labels even though they look like tracker keys', () => {
    expect(ids('This was a SEV-1.')).toEqual(['sev1:SEV-1']);
  });

  it('matches a name before a possessive', () => {
    expect(ids("Redis's memory and the cache’s size")).toEqual(['redis:Redis', 'cache:cache']);
    expect(ids("it's the cache")).toEqual(['cache:cache']);
  });

  it('flags code identifiers by their shape', () => {
    const found = analyzeWith(
      smallMap,
      'getConnection() fails, user_id is empty, QUEUE_MODE is set, Session.refresh() and send.signing.requested.email fire',
    );
    expect(found.map((f) => [f.entryId, f.text])).toEqual([
      ['code-identifier', 'getConnection()'],
      ['code-identifier', 'user_id'],
      ['code-identifier', 'QUEUE_MODE'],
      ['code-identifier', 'Session.refresh()'],
      ['code-identifier', 'send.signing.requested.email'],
    ]);
    expect(found[0]!.category).toBe('identifier');
  });

  it('leaves brand names, abbreviations and host names alone', () => {
    expect(ids('On my iPhone with GitHub and PayPal, e.g. via docs.example.com, i.e. not macOS v1.2.3')).toEqual([]);
  });

  it('honours ignored phrases', () => {
    const ignore = new Set(['retry logic']);
    expect(analyzeWith(smallMap, 'the retry logic and the cache', { ignore }).map((f) => f.text)).toEqual(['cache']);
  });

  it('ignores every form of an ignored word, and notices a phrase added later', () => {
    const ignore = new Set(['cache']);
    expect(analyzeWith(smallMap, 'caches, cached, Caching, retries', { ignore }).map((f) => f.text)).toEqual([
      'retries',
    ]);
    ignore.add('retry');
    expect(analyzeWith(smallMap, 'retries, retried, retrying', { ignore })).toEqual([]);
  });

  it('checking with phrases ignored finds what checking without them finds, less those (pages drop them so)', () => {
    const text = 'The retry logic caches; cached retries, a cache and the retry logic again.';
    const ignore = new Set(['cache', 'retry logic']);
    const all = analyzeWith(smallMap, text);
    expect(all.some((f) => isIgnored(ignore, f.text))).toBe(true);
    expect(analyzeWith(smallMap, text, { ignore })).toEqual(all.filter((f) => !isIgnored(ignore, f.text)));
    expect(isIgnored(new Set(), 'cache')).toBe(false);
  });
});

describe('offsets with Unicode', () => {
  it('counts UTF-16 code units past emoji, CJK, right-to-left text and combining marks', () => {
    const text = '🚀👩🏽‍💻 日本語 שלום cafe\u0301 refactor';
    expect(find(text).find((f) => f.id === 'refactor')).toEqual({
      text: 'refactor',
      id: 'refactor',
      start: text.indexOf('refactor'),
      end: text.length,
    });
  });

  it('matches phrases with combining marks and CJK phrases', () => {
    expect(ids('Le café est prêt')).toEqual(['caf:café']);
    expect(ids('この技術的負債を返す')).toEqual([]);
    expect(ids('技術的負債')).toEqual(['tech-debt:技術的負債']);
  });

  it('survives lone surrogates and control characters', () => {
    expect(ids('\ud800refactor\u0000 cache \udfff')).toEqual(['refactor:refactor', 'cache:cache']);
  });
});

describe('names that look like files or keys', () => {
  const map = compileMap(
    [entry('node', ['node.js']), entry('cve', ['CVE'], { match: 'exact', category: 'acronym' })],
    identifier,
  );
  const found = (text: string) => analyzeWith(map, text).map((f) => f.text);

  it('reads Node.js as a name but src/node.js and index.js as files', () => {
    expect(found('Upgrade Node.js before the release')).toEqual(['Node.js']);
    expect(found('see src/node.js and index.js')).toEqual([]);
  });

  it('flags a vulnerability id instead of treating it as a tracker key', () => {
    expect(found('Fix CVE-2021-23362 now')).toEqual(['CVE']);
  });
});
