/** opencc-js ships each dictionary as an ES module of `from to|from to` text (exports `./*`), without types. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
