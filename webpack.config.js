/**
 * Builds the task pane into dist/: taskpane.html + taskpane.js, the stylesheet, the icons and the
 * manifest. `--mode development` serves office.js from this machine, so the pane also opens
 * offline in a plain browser; `--mode production` loads it from Microsoft's CDN, as Office
 * requires of published add-ins, and rewrites the manifest's https://localhost:3000 URLs to
 * FRONTBACK_URL.
 */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000";
const DEV_PORT = 3000;
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN = `${OFFICE_CDN}/lib/1/hosted/office.js`;
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/**
 * office.js's telemetry frame is hidden with setAttribute("style", "display:none"), which a plain
 * style-src 'self' blocks, leaving an empty frame on the pane. Allow exactly that one attribute.
 */
const OFFICE_HIDDEN_FRAME_STYLE = `'unsafe-hashes' 'sha256-${crypto
  .createHash("sha256")
  .update("display:none")
  .digest("base64")}'`;

/** The URL the add-in is served from in production, without a trailing slash. */
function productionUrl() {
  const url = process.env.FRONTBACK_URL;
  if (url === undefined || url === "") {
    console.warn(
      `FRONTBACK_URL is not set: dist/manifest.xml keeps ${DEV_URL}. ` +
        "Set FRONTBACK_URL=https://your.host/path to build a manifest for publishing."
    );
    return DEV_URL;
  }
  if (!/^https:\/\/[^\s"'<>]+$/.test(url)) {
    throw new Error(`FRONTBACK_URL must be an https:// URL; got "${url}"`);
  }
  return url.replace(/\/+$/, "");
}

/** HTTPS options from office-addin-dev-certs' files, or undefined where they were never made. */
function devCertificates() {
  const key = path.join(CERT_DIR, "localhost.key");
  const cert = path.join(CERT_DIR, "localhost.crt");
  if (!fs.existsSync(key) || !fs.existsSync(cert)) return undefined;
  const ca = path.join(CERT_DIR, "ca.crt");
  return {
    key: fs.readFileSync(key),
    cert: fs.readFileSync(cert),
    ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}),
  };
}

/** A short hash of a file, appended to its URL so Office's web view does not keep a stale copy. */
function versionOf(file) {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 8);
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const publicUrl = production ? productionUrl() : DEV_URL;
  const certificates = production ? undefined : devCertificates();
  // The demo page (the pane against an in-browser workbook) is for trying FrontBack without
  // Excel and for the browser tests; a build for publishing (FRONTBACK_URL set) leaves it out.
  const withDemo = !(production && process.env.FRONTBACK_URL);

  const scriptSources = production ? `'self' ${OFFICE_CDN}` : "'self'";
  const contentSecurityPolicy = [
    `script-src ${scriptSources}`,
    `style-src 'self' ${OFFICE_HIDDEN_FRAME_STYLE}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
  const pageParameters = {
    contentSecurityPolicy,
    officeJsUrl: production ? OFFICE_JS_CDN : "assets/office/office.js",
    cssUrl: `taskpane.css?v=${versionOf("src/taskpane/taskpane.css")}`,
  };

  return {
    mode: production ? "production" : "development",
    // eval-based source maps would need 'unsafe-eval' in the page's Content-Security-Policy.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.ts",
      commands: "./src/commands/commands.ts",
      ...(withDemo ? { demo: "./src/demo/index.ts" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Only the pane's own files: the CLI and tests are type-checked by `npm run typecheck`.
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: pageParameters,
        // Appends ?<build hash> to the bundle's URL in production: Office caches hard.
        hash: production,
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
        templateParameters: pageParameters,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: pageParameters,
        hash: production,
      }),
      ...(withDemo
        ? [
            new HtmlWebpackPlugin({
              filename: "demo.html",
              template: "./src/demo/demo.html",
              chunks: ["demo"],
              templateParameters: pageParameters,
              hash: production,
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          ...(withDemo ? [{ from: "src/demo/demo.css", to: "demo.css" }] : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // An AppDomain is an origin; every other URL keeps its path below FRONTBACK_URL.
            transform: (content) =>
              content
                .toString()
                .split(`<AppDomain>${DEV_URL}</AppDomain>`)
                .join(`<AppDomain>${new URL(publicUrl).origin}</AppDomain>`)
                .split(DEV_URL)
                .join(publicUrl),
          },
          // office.js loads o15apptofilemappingtable.js from its own folder: without it,
          // Office.onReady never resolves.
          ...(production
            ? []
            : ["office.js", "o15apptofilemappingtable.js"].map((file) => ({
                from: path.join(OFFICE_JS_DIR, file),
                to: `assets/office/${file}`,
              }))),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      // Dev certificates cannot be installed everywhere (no sudo): fall back to plain HTTP on
      // the loopback address, enough for the pane in a browser but not for Office itself.
      host: certificates ? "localhost" : "127.0.0.1",
      port: DEV_PORT,
      server: certificates ? { type: "https", options: certificates } : { type: "http" },
      headers: { "Cache-Control": "no-store" },
      // Inside Office, office.js also loads the host's own scripts (excel-win32-16.01.js,
      // strings, telemetry) from its folder; serve the package's whole folder behind the two
      // copied files rather than copying 27 MB into every development build.
      static: [{ directory: OFFICE_JS_DIR, publicPath: "/assets/office", watch: false }],
      hot: false,
      liveReload: true,
      // The pane shows its own runtime errors; the overlay would cover that error area.
      client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
    },
  };
};
