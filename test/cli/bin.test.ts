/**
 * The real binary, end to end: `node bin/frontback.js` on files in a temp folder, from the
 * compiled build (built here when missing or older than the sources).
 */

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parseCsv } from "../../src/csv/csv";
import { BACK_TASK, FRONT_TASK, put, tempDir } from "./helpers";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "frontback.js");
const MAIN = path.join(ROOT, "build", "node", "src", "cli", "main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function node(args: readonly string[], cwd: string, bin = BIN) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
}

beforeAll(() => {
  const sources = Math.max(
    newestSource(path.join(ROOT, "src", "cli")),
    newestSource(path.join(ROOT, "src", "core"))
  );
  if (!fs.existsSync(MAIN) || fs.statSync(MAIN).mtimeMs < sources) {
    // tsc still emits when another module has a type error; the run below shows whether that matters.
    spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"],
      { cwd: ROOT, encoding: "utf8" }
    );
  }
  expect(fs.existsSync(MAIN)).toBe(true);
}, 120_000);

describe("bin/frontback.js", () => {
  it("prints the usage with --help", () => {
    const result = node(["--help"], ROOT);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Usage:\n {2}frontback classify <tasks\.csv\|tasks\.xlsx> \[options\]/
    );
    expect(result.stderr).toBe("");
  });

  it("classifies a CSV file to standard output", () => {
    const dir = tempDir();
    put(dir, "tasks.csv", `Task;Hours\n${BACK_TASK};7,5\n${FRONT_TASK};4\n`);
    const result = node(["classify", "tasks.csv"], dir);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const rows = parseCsv(result.stdout).rows;
    expect(rows.map((row) => row[2])).toEqual(["Office type", "Back office", "Front office"]);
  });

  it("writes an xlsx file and exits 2 with one line on bad input", () => {
    const dir = tempDir();
    put(dir, "tasks.csv", `Task\n${BACK_TASK}\n`);
    const ok = node(["classify", "tasks.csv", "--out", "out.xlsx"], dir);
    expect(ok.status).toBe(0);
    expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(true);
    const bad = node(["classify", "missing.csv"], dir);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^frontback: tasks file not found: missing\.csv\.[^\n]*\n$/);
  });

  it("says to build first when the compiled CLI is missing", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "bin"));
    const copy = path.join(dir, "bin", "frontback.js");
    fs.copyFileSync(BIN, copy);
    const result = node(["--help"], dir, copy);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^frontback: not built yet\. Run `npm install` \(or `npm run build:node`\)[^\n]*\n$/
    );
  });
});
