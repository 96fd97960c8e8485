// The jargon finder the panel uses everywhere: the default phrase map, minus
// the phrases the user chose to ignore on the page.
import { analyzeWith } from '../core/analyze';
import type { Finding } from '../core/types';
import { compiledDefaultMap } from '../phrases/compiled';

export type FindJargonFindings = (text: string) => Finding[];

export function jargonFinder(ignored: ReadonlySet<string> = new Set()): FindJargonFindings {
  return (text) => (text.trim() ? analyzeWith(compiledDefaultMap, text, { ignore: ignored }) : []);
}
