// The default phrase map, compiled at build time by src/build/phrase-map-plugin.ts.
declare module 'virtual:customer-terms/default-map' {
  const map: unknown;
  export default map;
}
