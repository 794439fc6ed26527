// ESLint 9 flat config: the Office add-in rules plus typescript-eslint's type-checked rules.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/**
 * The office-addins recommended config bundles its own typescript-eslint (8.8) plugin and parser.
 * Registering a second "@typescript-eslint" plugin beside the project's own makes ESLint crash
 * ("Cannot redefine plugin"), so those entries are stripped and the project's version supplies
 * both. Its ecmaVersion 6 would reject modern syntax in plain JS files, so it is lifted too.
 */
const officeRecommended = officeAddins.configs.recommended.map((entry) => {
  const { plugins, languageOptions, ...rest } = entry;
  const copy = { ...rest };
  if (plugins) {
    const { "@typescript-eslint": _bundled, ...others } = plugins;
    copy.plugins = others;
  }
  if (languageOptions) {
    const { parser: _bundledParser, ...options } = languageOptions;
    copy.languageOptions = { ...options, ecmaVersion: "latest" };
  }
  return copy;
});

/** Globals of Node's CommonJS and ES module scripts (config files, bin/, scripts/*.mjs). */
const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
  ].map((name) => [name, "readonly"])
);

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "build/",
      "coverage/",
      "test-results/",
      // Written by the TypeScript compiler from src/: linting the sources is enough.
      "**/*.d.ts",
    ],
  },
  ...officeRecommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: {
        // One program for the whole repo: quicker than the project service with one tsconfig.
        project: "./tsconfig.json",
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: "error",
    },
    rules: {
      // A `return promise` inside try/catch skips the catch when it rejects (conventions.md).
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // These rules model Office.js proxy objects (load, then sync, then read). The CLI and its
    // tests read workbooks with ExcelJS, whose objects are plain and already loaded, so the
    // rules only report false positives there (e.g. `row.getCell(c).value`).
    files: ["src/cli/**", "test/cli/**", "scripts/**"],
    rules: Object.fromEntries(
      Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "off"])
    ),
  },
  {
    // Plain JavaScript (config files, bin/, scripts/*.mjs) is not in any tsconfig project.
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: nodeGlobals,
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: {
      // CommonJS files (webpack, jest, the bin shim) have no other way to load modules.
      "@typescript-eslint/no-require-imports": "off",
    },
  }
);
