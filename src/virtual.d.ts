// The default phrase map, compiled at build time by src/build/phrase-map-plugin.ts.
declare module 'virtual:customer-terms/default-map' {
  const map: unknown;
  export default map;
}

// The content scripts' built-in map: the matcher's tables, the entries without reasons (src/build/page-map.ts).
declare module 'virtual:customer-terms/page-map' {
  const map: unknown;
  export default map;
}
