// ESLint 9 flat config: the Office add-in rules plus typescript-eslint's type-checked rules, and
// the boundaries between src's folders.
import { builtinModules } from "node:module";
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

/** An import, from a file anywhere in src/, of one of the given src folders ("../core/x"). */
function srcFolders(folders, message) {
  return { regex: `^(\\.\\./)+(${folders.join("|")})(/|$)`, message };
}

/** An import of Node's own modules ("fs", "node:path") or of ExcelJS: what only Node hosts use. */
function nodeHosts(message) {
  return { regex: `^(node:|(${builtinModules.join("|")}|exceljs)(/|$))`, message };
}

/**
 * What src/ as a whole never imports: tests and scripts are not part of the product. A later
 * block's options for a rule replace an earlier one's, so boundary() adds this to every folder's.
 */
const SRC_IMPORTS_NO_TEST = {
  regex: "^(\\.\\./)+(test|scripts)(/|$)",
  message:
    "src/ is the product: it never imports test/ or scripts/. The demo page's workbook is src/fake-excel.",
};

/**
 * One folder's boundary: which other folders its files must not import, and why. Written with
 * typescript-eslint's version of no-restricted-imports, which can allow `import type` alone.
 */
function boundary(folder, patterns) {
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [...patterns, SRC_IMPORTS_NO_TEST] },
      ],
    },
  };
}

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
  // The boundaries of src (README, Project layout). Data flows one way: a host reads, the core
  // decides, the host writes; each rule below keeps a folder to the folders its job needs. A
  // folder without a block of its own still never imports test/ or scripts/.
  {
    files: ["src/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [SRC_IMPORTS_NO_TEST] }],
    },
  },
  boundary("core", [
    // The core is pure and shared by every host: it calls no host, so no host's code comes in.
    srcFolders(
      ["excel", "fake-excel", "taskpane", "commands", "shared", "demo", "cli", "csv"],
      "The core imports only the core: hosts call the core, never the other way round."
    ),
    nodeHosts(
      "The core is pure: no file system, no ExcelJS. A host reads the data and passes it in."
    ),
    {
      regex: "^(@microsoft/office-js|office-addin-)",
      message: "The core is pure: no Office. The Excel adapter (src/excel) talks to Excel.",
    },
  ]),
  {
    // Office's and the browser's globals need no import: the core must not reach for them either.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension", "window", "document", "process"].map((name) => ({
          name,
          message:
            "The core is pure: no Office, DOM or Node globals. A host passes in what it needs.",
        })),
      ],
    },
  },
  boundary("csv", [
    // Plain text in and out, for the CLI and the scripts alike: nothing of theirs comes in.
    srcFolders(
      ["core", "excel", "fake-excel", "taskpane", "commands", "shared", "demo", "cli"],
      "CSV is plain text handling that the CLI and the scripts share: it imports nothing else from src."
    ),
    nodeHosts("CSV works on text: the caller reads and writes the file."),
  ]),
  boundary("excel", [
    // The adapter is what the pane, the ribbon command and the demo call, and what the fake Excel
    // implements the API of: importing any of them would turn the arrows round.
    srcFolders(
      ["fake-excel", "taskpane", "commands", "shared", "demo", "cli", "csv"],
      "The Excel adapter imports only the core (and its own modules): its callers pass the host in."
    ),
    nodeHosts("The Excel adapter runs in Office: no Node modules, no ExcelJS."),
  ]),
  boundary("fake-excel", [
    // The fake imitates Excel and nothing else, so that it shares no code (and no mistake) with
    // the adapter it checks, and runs in the demo page's browser.
    srcFolders(
      ["core", "taskpane", "commands", "shared", "demo", "cli", "csv"],
      "The fake Excel imports only itself and the Excel API types it implements (excel/excel-api)."
    ),
    {
      regex: "^(\\.\\./)+excel(/(?!excel-api$)|$)",
      message:
        "The fake Excel imports only itself and the Excel API types it implements (excel/excel-api).",
    },
    {
      regex: "^(\\.\\./)+excel/excel-api$",
      allowTypeImports: true,
      message: "The fake Excel takes only the types of the API it implements: use `import type`.",
    },
    nodeHosts("The fake Excel runs in the demo page's browser too: no Node modules, no ExcelJS."),
  ]),
  boundary("shared", [
    // What the pane and the ribbon command both need, built on what both may use.
    srcFolders(
      ["fake-excel", "taskpane", "commands", "demo", "cli", "csv"],
      "src/shared is what the pane and the ribbon command share: it builds on the core and the adapter only."
    ),
    nodeHosts("src/shared runs in Office: no Node modules, no ExcelJS."),
  ]),
  boundary("taskpane", [
    // The pane is told its host (Excel, or the demo page's workbook) by its entry file; it never
    // reaches for the demo, and shares with the ribbon command only through src/shared.
    srcFolders(
      ["fake-excel", "commands", "demo", "cli", "csv"],
      "The task pane imports the core, the Excel adapter and src/shared only."
    ),
    nodeHosts("The task pane runs in Office: no Node modules, no ExcelJS."),
  ]),
  boundary("commands", [
    // The ribbon command calls the same use cases as the pane, not the pane.
    srcFolders(
      ["taskpane"],
      "The ribbon command does not import the task pane: what both need belongs in src/shared."
    ),
    srcFolders(
      ["fake-excel", "demo", "cli", "csv"],
      "The ribbon command imports the core, the Excel adapter and src/shared only."
    ),
    nodeHosts("The ribbon command runs in Office: no Node modules, no ExcelJS."),
  ]),
  boundary("cli", [
    // The command line is a Node host of its own, over files: none of the add-in's Office code.
    srcFolders(
      ["excel", "fake-excel", "taskpane", "commands", "shared", "demo"],
      "The command line imports the core and src/csv only: it reads files, not Excel."
    ),
  ]),
  boundary("demo", [
    // The demo page hosts the pane against the fake Excel in a browser.
    srcFolders(
      ["commands", "cli", "csv"],
      "The demo page imports the fake Excel, the adapter, the pane, src/shared and the core only."
    ),
    nodeHosts("The demo page runs in a browser: no Node modules, no ExcelJS."),
  ]),
  {
    // Scripts are Node tools over the core and its file hosts; the UI and the tests are not theirs.
    files: ["scripts/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./src/(taskpane|commands|shared|demo)(/|$)",
              message:
                "Scripts import the core, src/csv, the CLI, the Excel adapter and the fake Excel only.",
            },
            {
              regex: "^(\\.\\./)+test(/|$)",
              message:
                "Scripts do not import tests: what a script and a test share lives in scripts/ or src/.",
            },
          ],
        },
      ],
    },
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
