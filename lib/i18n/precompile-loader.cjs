/**
 * Turbopack loader for the message catalogues (messages/<locale>/*.json and the pure modules'
 * messages/*.json): every ICU message compiled at build time with icu-minify, the same compiler
 * next-intl's `precompile` option uses. The output stays JSON (the imports carry
 * `with { type: "json" }`, which the server run by tsx needs), so only the bundles Next builds see
 * compiled messages — and they format them with use-intl's small format-only runtime (aliased in
 * next.config.js) instead of shipping intl-messageformat's parser to every browser.
 */
module.exports = function precompileMessages(source) {
  const callback = this.async();
  import("icu-minify/compile")
    .then(({ default: compile }) => {
      const walk = (node) =>
        typeof node === "string" ? compile(node) : Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
      callback(null, JSON.stringify(walk(JSON.parse(source))));
    })
    .catch(callback);
};
