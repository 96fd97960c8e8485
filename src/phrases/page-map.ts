// The built-in map as the content scripts carry it (src/build/page-map.ts): it checks text
// like the whole map, but its findings have no reasons; src/page/reasons.ts asks for them.
import data from 'virtual:customer-terms/page-map';
import type { CompiledMap } from '../core/phrase-map/compiled';

export const pageDefaultMap = data as CompiledMap;
