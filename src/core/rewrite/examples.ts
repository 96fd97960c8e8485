// Every map entry's examples, run through the card's own offer: the build and the
// tests fail on an example whose first rewrite no longer reads as written.
import { analyzeWith } from '../analyze';
import type { CompiledMap } from '../phrase-map/compiled';
import type { MapIssue } from '../phrase-map/errors';
import type { Example, PhraseEntry } from '../phrase-map/schema';
import { suggestFor } from './suggest';

/** The sentence after the first rewrite offered for the entry's phrase in `example.from`, or null. */
export function runExample(map: CompiledMap, entryId: string, example: Example): string | null | undefined {
  const found = analyzeWith(map, example.from).filter((f) => f.entryId === entryId);
  if (found.length !== 1) return undefined;
  const ticket = example.title ? { title: example.from, body: '' } : { title: '', body: example.from };
  const offer = suggestFor({
    text: example.from,
    finding: found[0]!,
    ticket,
    isTitle: example.title,
    remembered: example.slots,
  });
  return offer.suggestions[0]?.sentenceAfter ?? null;
}

export function exampleIssues(map: CompiledMap, entries: PhraseEntry[]): MapIssue[] {
  const issues: MapIssue[] = [];
  for (const entry of entries) {
    entry.examples.forEach((example, i) => {
      const got = runExample(map, entry.id, example);
      if (got === undefined)
        issues.push({
          entry: entry.id,
          field: `examples.${i}`,
          message: `"${example.from}" should be flagged once by this entry`,
        });
      else if (got !== example.to)
        issues.push({
          entry: entry.id,
          field: `examples.${i}`,
          message: `expected ${JSON.stringify(example.to)}, got ${JSON.stringify(got)}`,
        });
    });
  }
  return issues;
}
