// opencc-js exposes its dictionaries as subpath modules (package.json "./*") without declarations: each
// is a string of "from to|from to" pairs. The search page loads only the two Traditional→Simplified ones.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
