// The jargon finder the panel uses everywhere: the phrase map in use (built-in,
// team and personal layers), minus the phrases the user chose to ignore.
import { analyzeWith } from '../core/analyze';
import type { CompiledMap } from '../core/phrase-map/compiled';
import type { Finding } from '../core/types';
import { compiledDefaultMap } from '../phrases/compiled';

export type FindJargonFindings = (text: string) => Finding[];

export function jargonFinder(
  ignored: ReadonlySet<string> = new Set(),
  map: CompiledMap = compiledDefaultMap,
): FindJargonFindings {
  return (text) => (text.trim() ? analyzeWith(map, text, { ignore: ignored }) : []);
}
