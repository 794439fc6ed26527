#!/usr/bin/env node
// The frontback command. The CLI itself is compiled TypeScript (src/cli, built by
// `npm run build:node`); this shim only finds it and connects it to the process.
"use strict";

const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const main = path.join(root, "build", "node", "src", "cli", "main.js");

if (!fs.existsSync(main)) {
  process.stderr.write(
    `frontback: not built yet. Run \`npm install\` (or \`npm run build:node\`) in ${root}, then try again.\n`
  );
  process.exit(2);
}

// `frontback classify ... | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const { run } = require(main);
run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
}).then((code) => {
  // exitCode rather than exit(): a large CSV on a pipe is still being flushed.
  process.exitCode = code;
});
