import * as fs from "fs";
import * as path from "path";
import { parseCsv } from "../../src/csv/csv";
import { isFormulaLike } from "../../src/csv/formula-guard";
import { BACK_TASK, cli, FRONT_TASK, lines, put, tempDir } from "./helpers";

const EN_RESULTS = ["Office type", "Confidence", "Why", "Skills needed", "Skill gap"];
const NL_RESULTS = [
  "Officetype",
  "Zekerheid",
  "Waarom",
  "Benodigde vaardigheden",
  "Vaardigheidstekort",
];

describe("frontback classify, CSV in and out", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });

  it("reads a CSV with BOM and writes the input columns, then the results, in input order", async () => {
    put(
      dir,
      "tasks.csv",
      `\ufeffTask,Employee,Hours\r\n${BACK_TASK},Anna,8\r\n${FRONT_TASK},Bob,4\r\n${BACK_TASK} again,Anna,2\r\n`
    );
    const result = await cli(["classify", "tasks.csv"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("\ufeff")).toBe(false);
    const rows = parseCsv(result.stdout).rows;
    expect(rows[0]).toEqual(["Task", "Employee", "Hours", ...EN_RESULTS]);
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ["Task", "Employee", "Hours"],
      [BACK_TASK, "Anna", "8"],
      [FRONT_TASK, "Bob", "4"],
      [`${BACK_TASK} again`, "Anna", "2"],
    ]);
    expect(rows.slice(1).map((row) => row[3])).toEqual([
      "Back office",
      "Front office",
      "Back office",
    ]);
    for (const row of rows.slice(1)) {
      const confidence = Number(row[4]);
      expect(Number.isInteger(confidence) && confidence >= 0 && confidence <= 100).toBe(true);
      expect(row[5]).not.toBe("");
      expect(row[6]).not.toBe("");
    }
    expect(result.stdout.endsWith("\r\n")).toBe(true);
  });

  it("keeps a semicolon CSV semicolon-separated, with Dutch labels under --lang nl", async () => {
    put(
      dir,
      "taken.csv",
      `Taak;Medewerker;Uren p/w\n${BACK_TASK};Anna;7,5\n${FRONT_TASK};Bob;"12,25"\n`
    );
    const result = await cli(["classify", "taken.csv", "--lang", "nl"], dir);
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toBe(["Taak", "Medewerker", "Uren p/w", ...NL_RESULTS].join(";"));
    const rows = parseCsv(result.stdout);
    expect(rows.delimiter).toBe(";");
    expect(rows.rows[1].slice(0, 4)).toEqual([BACK_TASK, "Anna", "7,5", "Backoffice"]);
    expect(rows.rows[2].slice(0, 4)).toEqual([FRONT_TASK, "Bob", "12,25", "Frontoffice"]);
  });

  it("echoes quoted fields with line breaks, delimiters and quotes intact", async () => {
    const task = `${FRONT_TASK}\nand say "hello", warmly`;
    put(dir, "tasks.csv", `Task,Note\n"${task.replace(/"/g, '""')}","a,b"\n${BACK_TASK},\n`);
    const result = await cli(["classify", "tasks.csv"], dir);
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout).rows;
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(0, 3)).toEqual([task, "a,b", "Front office"]);
    expect(rows[2].slice(0, 3)).toEqual([BACK_TASK, "", "Back office"]);
  });

  it("neutralises formula-like cells, echoed ones included, but not plain negative numbers", async () => {
    put(
      dir,
      "tasks.csv",
      `Task,Employee,Hours,Note\n${BACK_TASK},=HYPERLINK("http://evil"),-5,@SUM(A1)\n${FRONT_TASK},+31 6 1234,+3.5,-rm\n`
    );
    const result = await cli(["classify", "tasks.csv"], dir);
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout).rows;
    expect(rows[1].slice(0, 4)).toEqual([
      BACK_TASK,
      `'=HYPERLINK("http://evil")`,
      "-5",
      "'@SUM(A1)",
    ]);
    expect(rows[2].slice(0, 4)).toEqual([FRONT_TASK, "'+31 6 1234", "+3.5", "'-rm"]);
    for (const row of rows) for (const cell of row) expect(isFormulaLike(cell)).toBe(false);
  });

  it("leaves the result cells of a row without task text empty and skips blank lines", async () => {
    put(dir, "tasks.csv", `Task,Employee\n${BACK_TASK},Anna\n,Bob\n\n${FRONT_TASK},Cas\n\n\n`);
    const result = await cli(["classify", "tasks.csv"], dir);
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout).rows;
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ["Task", "Employee", "Office type"],
      [BACK_TASK, "Anna", "Back office"],
      ["", "Bob", ""],
      [FRONT_TASK, "Cas", "Front office"],
    ]);
    expect(rows[2].slice(2)).toEqual(["", "", "", "", ""]);
  });

  it("reads Excel's Windows-1252 CSV with a warning, and UTF-16 CSV", async () => {
    put(dir, "ansi.csv", Buffer.from(`Taak;Medewerker\n${BACK_TASK};Ren\u00e9e\n`, "latin1"));
    const ansi = await cli(["classify", "ansi.csv"], dir);
    expect(ansi.code).toBe(0);
    expect(parseCsv(ansi.stdout).rows[1][1]).toBe("Ren\u00e9e");
    expect(ansi.stderr).toMatch(
      /^frontback: warning: ansi\.csv is not UTF-8; it was read as Windows-1252\.[^\n]*\n$/
    );

    put(
      dir,
      "utf16.csv",
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`Task,Employee\n${BACK_TASK},Zo\u00eb\n`, "utf16le"),
      ])
    );
    const utf16 = await cli(["classify", "utf16.csv"], dir);
    expect(utf16.stderr).toBe("");
    expect(parseCsv(utf16.stdout).rows[1].slice(0, 3)).toEqual([
      BACK_TASK,
      "Zo\u00eb",
      "Back office",
    ]);
  });

  it("finds the task column named with --task-column", async () => {
    put(dir, "odd.csv", `Klusje,Wie\n${BACK_TASK},Anna\n`);
    expect((await cli(["classify", "odd.csv"], dir)).code).toBe(2);
    const result = await cli(["classify", "odd.csv", "--task-column", "klusje"], dir);
    expect(result.code).toBe(0);
    expect(parseCsv(result.stdout).rows[1][2]).toBe("Back office");
  });

  it("writes --out .csv whole, with a BOM for Excel, and reports what it wrote", async () => {
    put(dir, "taken.csv", `Taak;Uren\n${BACK_TASK};7,5\n`);
    const result = await cli(["classify", "taken.csv", "--out", "uit.csv"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^frontback: wrote uit\.csv: 1 tasks \(0 front office, 1 back office, 0 unclear\)\.\n$/
    );
    const written = fs.readFileSync(path.join(dir, "uit.csv"), "utf8");
    expect(written.startsWith("\ufeffTaak;Uren;Office type;")).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["taken.csv", "uit.csv"]);
  });

  it("replaces its own result columns when run again on its output", async () => {
    put(dir, "tasks.csv", `Task,Note\n${BACK_TASK},keep me\n`);
    expect((await cli(["classify", "tasks.csv", "--out", "once.csv"], dir)).code).toBe(0);
    const again = await cli(["classify", "once.csv", "--lang", "nl"], dir);
    expect(again.code).toBe(0);
    const rows = parseCsv(again.stdout).rows;
    expect(rows[0]).toEqual(["Task", "Note", ...NL_RESULTS]);
    expect(rows[1].slice(0, 3)).toEqual([BACK_TASK, "keep me", "Backoffice"]);
  });

  it("warns about an override it does not understand and lets the words decide", async () => {
    put(dir, "tasks.csv", `Task,Override\n${BACK_TASK},sideways\n${BACK_TASK},Front office\n`);
    const result = await cli(["classify", "tasks.csv"], dir);
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout).rows;
    expect(rows[1][2]).toBe("Back office");
    expect(rows[2][2]).toBe("Front office");
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^frontback: warning: tasks\.csv row 2: override "sideways"/),
    ]);
  });
});

describe("frontback classify --skills", () => {
  it("warns once when tasks have no employee column to compare skills with", async () => {
    const dir = tempDir();
    put(dir, "tasks.csv", `Task\n${FRONT_TASK}\n`);
    put(dir, "skills.csv", "Employee,Patience\nAnna,3\n");
    const result = await cli(["classify", "tasks.csv", "--skills", "skills.csv"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^frontback: warning: tasks\.csv has no employee column, so skill gaps are left empty\.[^\n]*\n$/
    );
    expect(parseCsv(result.stdout).rows[1][5]).toBe("");
  });

  it("warns about each problem row with its row number and uses the rest", async () => {
    const dir = tempDir();
    put(
      dir,
      "tasks.csv",
      `Task,Employee\n${FRONT_TASK},Anna\n${FRONT_TASK},Bob\n${FRONT_TASK},Zoe\n`
    );
    put(
      dir,
      "skills.csv",
      "Employee,Interpersonal skills,Clear communication,Active listening,Friendly manner\nAnna,1,4,4,4\n,3,3,3,3\nBob,4,4,4,9\n"
    );
    const result = await cli(["classify", "tasks.csv", "--skills", "skills.csv"], dir);
    expect(result.code).toBe(0);
    const warnings = result.stderr.trim().split("\n");
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^frontback: warning: skills\.csv.*[Rr]ow 3/);
    expect(warnings[1]).toMatch(/^frontback: warning: skills\.csv.*[Rr]ow 4/);
    const rows = parseCsv(result.stdout).rows;
    expect(rows[1][6]).toContain("Interpersonal skills: needs 2, has 1");
    // Bob's bad level is left unrated; the rest of his row still counts.
    expect(rows[2][6]).toMatch(/Not rated: .*Friendly manner/);
    expect(rows[2][6]).not.toContain("Interpersonal skills");
    expect(rows[3][6]).toBe("Not in skills matrix");
  });
});
