import { describe, expect, it } from 'vitest';
import { compileMap, validateEntries } from '../../src/core/phrase-map/compile';
import { PhraseMapError } from '../../src/core/phrase-map/errors';
import { compileLayered, parseTeamMap } from '../../src/core/phrase-map/layer';
import { analyzeWith } from '../../src/core/analyze';
import { entry, identifier } from './fixture-map';

function issuesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof PhraseMapError) return error.issues.map((i) => `${i.entry} | ${i.field} | ${i.message}`);
    throw error;
  }
  throw new Error('expected a PhraseMapError');
}

describe('phrase map validation', () => {
  it('names the entry and the field of every problem', () => {
    expect(
      issuesOf(() =>
        validateEntries([
          entry('ok', ['fine phrase']),
          entry('no-rewrites', ['x y'], { rewrites: [{ as: 'verb', text: 'the release' }] }),
          entry('bad-slot', ['z z'], { rewrites: ['{customer} wins'] }),
          { ...entry('Bad Id', ['q']) },
          entry('empty-why', ['w'], { why: ' ' }),
          { phrases: ['nameless'] },
        ]),
      ),
    ).toEqual([
      'no-rewrites | rewrites.0.text | a verb rewrite starts with its verb',
      'bad-slot | rewrites.0.text | a rewrite may only use the slots {action}, {moment}, {who}, {number} (and {object} in a verb)',
      'Bad Id | id | an id is lowercase words joined by hyphens',
      'empty-why | why | why cannot be empty',
      expect.stringMatching(/^entry #6 \| id \| /),
      expect.stringMatching(/^entry #6 \| category \| /),
      expect.stringMatching(/^entry #6 \| why \| /),
    ]);
  });

  it('rejects duplicate ids and phrases listed twice', () => {
    expect(
      issuesOf(() =>
        validateEntries([entry('a', ['retry logic']), entry('a', ['other']), entry('b', ['Retry  Logic'])]),
      ),
    ).toEqual(['a | id | another entry has the same id', 'b | phrases.0 | "Retry  Logic" is listed in entry "a" too']);
  });

  it('rejects phrases with no words and too many rewrites', () => {
    expect(
      issuesOf(() =>
        validateEntries([entry('p', ['---']), entry('r', ['r'], { rewrites: ['a', 'b', 'c', 'd', 'e'] })]),
      ),
    ).toEqual([
      'p | phrases.0 | a phrase needs at least one letter or digit',
      'r | rewrites | an entry has at most four rewrites',
    ]);
  });

  it('lets a listed phrase beat another entry’s inflected form', () => {
    const map = compileMap([entry('log', ['log']), entry('logging', ['logging'])], identifier);
    expect(analyzeWith(map, 'logging and logs').map((f) => f.entryId)).toEqual(['logging', 'log']);
  });
});

describe('team maps', () => {
  const base = validateEntries([entry('cache', ['cache']), entry('queue', ['queue'])]);

  it('adds, replaces and disables entries', () => {
    const team = parseTeamMap(
      JSON.stringify({
        version: 1,
        entries: [
          entry('cache', ['cache layer'], { why: 'Ours.' }),
          entry('sidekiq', ['sidekiq'], { category: 'component' }),
        ],
        disable: ['queue'],
      }),
    );
    const map = compileLayered(base, team, identifier);
    expect(analyzeWith(map, 'the cache layer, the queue and sidekiq').map((f) => [f.entryId, f.text, f.why])).toEqual([
      ['cache', 'cache layer', 'Ours.'],
      ['sidekiq', 'sidekiq', 'sidekiq is internal.'],
    ]);
  });

  it('reports malformed input without loading any of it', () => {
    expect(issuesOf(() => parseTeamMap('{"entries": [ }'))[0]).toMatch(/^\(file\) \| \(json\) \| not valid JSON/);
    expect(issuesOf(() => parseTeamMap('[]'))).toEqual([
      '(file) | (root) | a team map is an object with "entries" and "disable"',
    ]);
    expect(issuesOf(() => parseTeamMap('{"entries": {}}'))).toEqual(['(file) | entries | must be a list of entries']);
    expect(
      issuesOf(() =>
        parseTeamMap(JSON.stringify({ entries: [entry('good', ['good']), entry('bad', ['x'], { rewrites: [''] })] })),
      ),
    ).toEqual(['bad | rewrites.0.text | a rewrite cannot be empty']);
    expect(issuesOf(() => parseTeamMap('{"version": 2}'))[0]).toMatch(/^\(file\) \| version \| /);
    expect(issuesOf(() => parseTeamMap('{"colour": "red"}'))[0]).toMatch(/^\(file\) \| \(entry\) \| .*colour/);
  });

  it('rejects disabling an id that does not exist', () => {
    const team = parseTeamMap(JSON.stringify({ disable: ['nope'] }));
    expect(issuesOf(() => compileLayered(base, team, identifier))).toEqual(['nope | disable | no entry has this id']);
  });
});
