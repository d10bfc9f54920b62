// ESLint (flat config) for the site's own scripts: the recommended rules, browser globals.
// Run with `make lint-js`; versions are pinned in package.json and package-lock.json.
const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  {ignores: ["site/", "site-zensical/", "build/", "node_modules/", ".venv/", "screenshots/"]},
  js.configs.recommended,
  {
    files: ["docs/assets/**/*.js", "overrides/**/*.js"],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      globals: {...globals.browser},
    },
    linterOptions: {reportUnusedDisableDirectives: "error"},
  },
  {
    files: ["eslint.config.js"],
    languageOptions: {sourceType: "commonjs", globals: {...globals.node}},
  },
];
