// The default map compiled on first use, for Node, the side panel and workers.
// The content script imports the build-time copy instead (see build/phrase-map-plugin).
import { defaultEntries, identifierShape } from '../phrases';
import type { CompiledMap } from './phrase-map/compiled';
import { compileMap } from './phrase-map/compile';

let compiled: CompiledMap | undefined;

export function defaultMap(): CompiledMap {
  compiled ??= compileMap(defaultEntries, identifierShape);
  return compiled;
}
