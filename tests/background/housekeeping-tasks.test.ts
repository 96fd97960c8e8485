import { describe, expect, it } from 'vitest';
import { DRAFT_DAYS, pruneDrafts, serially } from '../../src/background/housekeeping-tasks';

describe('storage upkeep in the background', () => {
  it('runs read-then-write updates one after another, so none is lost', async () => {
    let list: string[] = [];
    const add = (key: string) =>
      serially(async () => {
        const read = [...list];
        await new Promise((r) => setTimeout(r, 5));
        list = [...read, key];
      });
    await Promise.all([add('cache'), add('redis'), add('queue')]);
    expect(list.sort()).toEqual(['cache', 'queue', 'redis']);
  });

  it('keeps going after an update fails', async () => {
    await expect(serially(async () => Promise.reject(new Error('quota')))).rejects.toThrow('quota');
    expect(await serially(async () => 'next')).toBe('next');
  });

  it('prunes drafts not touched for 90 days, and nothing else', async () => {
    const day = 24 * 60 * 60 * 1000;
    const now = Date.UTC(2026, 11, 1);
    const store: Record<string, unknown> = {
      'draft:github:a/b#1': { savedAt: now - (DRAFT_DAYS + 1) * day },
      'draft:github:a/b#2': { savedAt: now - 10 * day },
      ignoredPhrases: ['cache'],
      teamMap: { savedAt: now - 400 * day },
    };
    const removed: string[] = [];
    const area = { get: async () => store, remove: async (keys: string[]) => void removed.push(...keys) };
    expect(await pruneDrafts(now, area)).toBe(1);
    expect(removed).toEqual(['draft:github:a/b#1']);
  });
});
