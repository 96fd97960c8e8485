// The default map, compiled at build time (src/build/phrase-map-plugin.ts): extension
// pages and content scripts use it as plain data, without loading the compiler.
import data from 'virtual:customer-terms/default-map';
import type { CompiledMap } from '../core/phrase-map/compiled';

export const compiledDefaultMap = data as CompiledMap;
