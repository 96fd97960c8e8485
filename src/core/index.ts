// The pure core: no DOM, no extension API. Runs in content scripts, pages, workers and Node.
import { analyzeWith, type AnalyzeOptions } from './analyze';
import { defaultMap } from './default-map';
import type { CompiledMap } from './phrase-map/compiled';
import type { Finding } from './types';

export interface Options extends AnalyzeOptions {
  /** A compiled map; the default map when absent. */
  map?: CompiledMap;
}

export function analyze(text: string, options: Options = {}): Finding[] {
  return analyzeWith(options.map ?? defaultMap(), text, options);
}

export { analyzeWith, phraseKey, matcherFor } from './analyze';
export { defaultMap } from './default-map';
export { compileMap, compileEntries, validateEntries } from './phrase-map/compile';
export { PhraseMapError, type MapIssue } from './phrase-map/errors';
export type { CompiledMap, CompiledEntry } from './phrase-map/compiled';
export { CATEGORIES, SLOTS, type Category, type PhraseEntry, type SlotName } from './phrase-map/schema';
export type { Finding } from './types';
