declare module 'virtual:customer-terms/default-map' {
  import type { CompiledMap } from './core/phrase-map/compiled';
  const map: CompiledMap;
  export default map;
}
