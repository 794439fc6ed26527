import * as path from "path";
import { parseCsv } from "../../src/csv/csv";
import { BACK_TASK, cli, FRONT_TASK, put, readXlsx, tempDir, writeXlsx } from "./helpers";

/** A task no built-in rule speaks to, so only an owner's rule can decide it. */
const NEUTRAL_TASK = "Water the plants";

const TASKS = [
  "Task,Employee",
  `${BACK_TASK},Anna`,
  `${FRONT_TASK},Bob`,
  `${NEUTRAL_TASK},Cas`,
  "Handle customer complaints about invoices,Anna",
  "Bel leveranciers over de levering,Bob",
].join("\n");

describe("frontback rules", () => {
  it("prints the built-in rules as CSV with the rules header", async () => {
    const result = await cli(["rules"], tempDir());
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout).rows;
    expect(rows[0].slice(0, 5)).toEqual(["Id", "Side", "Phrases", "Weight", "Skills"]);
    expect(rows.length).toBeGreaterThan(10);
  });

  it("writes Dutch rules as semicolon CSV", async () => {
    const result = await cli(["rules", "--lang", "nl"], tempDir());
    const parsed = parseCsv(result.stdout);
    expect(parsed.delimiter).toBe(";");
    expect(parsed.rows[0].slice(0, 5)).toEqual(["Id", "Kant", "Zinnen", "Gewicht", "Vaardigheden"]);
  });

  it.each([
    ["rules.csv", "en"],
    ["regels.csv", "nl"],
    ["rules.xlsx", "en"],
    ["regels.xlsx", "nl"],
  ])("round-trips through --rules unchanged (%s)", async (file, lang) => {
    const dir = tempDir();
    put(dir, "tasks.csv", TASKS);
    const written = await cli(["rules", "--lang", lang, "--out", file], dir);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(
      new RegExp(`^frontback: wrote \\d+ built-in rules to ${file.replace(".", "\\.")}`)
    );
    const builtIn = await cli(["classify", "tasks.csv"], dir);
    const viaFile = await cli(["classify", "tasks.csv", "--rules", file], dir);
    expect(viaFile.stderr).toBe("");
    expect(viaFile.code).toBe(0);
    expect(viaFile.stdout).toBe(builtIn.stdout);
  });

  it("names the sheet of a rules workbook Rules or Regels", async () => {
    const dir = tempDir();
    expect((await cli(["rules", "--lang", "nl", "--out", "regels.xlsx"], dir)).code).toBe(0);
    const workbook = await readXlsx(path.join(dir, "regels.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Regels"]);
    expect(workbook.worksheets[0].getRow(1).font?.bold).toBe(true);
  });
});

describe("frontback classify --rules", () => {
  it("warns about an invalid row with its row number and applies the valid ones", async () => {
    const dir = tempDir();
    put(dir, "tasks.csv", TASKS);
    put(
      dir,
      "rules.csv",
      [
        "Id,Side,Phrases,Weight,Skills",
        "plants,front,water the plants; plant*,5,friendliness:3",
        "broken,sideways,payroll,2,",
      ].join("\n")
    );
    const before = await cli(["classify", "tasks.csv"], dir);
    expect(parseCsv(before.stdout).rows[3][2]).toBe("Unclear");

    const result = await cli(["classify", "tasks.csv", "--rules", "rules.csv"], dir);
    expect(result.code).toBe(0);
    const warnings = result.stderr.trim().split("\n");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^frontback: warning: rules\.csv.*row 3/i);
    const rows = parseCsv(result.stdout).rows;
    expect(rows[3][2]).toBe("Front office");
    expect(rows[3][4]).toContain("plants");
    expect(rows[3][5]).toContain("Friendly manner 3");
    // The other rows are still decided by the built-in rules.
    expect(rows[1][2]).toBe("Back office");
    expect(rows[2][2]).toBe("Front office");
  });

  it("reads a rules workbook's Rules sheet even when it is not the first", async () => {
    const dir = tempDir();
    put(dir, "tasks.csv", TASKS);
    const builtIn = parseCsv((await cli(["rules"], dir)).stdout).rows;
    await writeXlsx(dir, "mine.xlsx", (workbook) => {
      workbook.addWorksheet("Read me").addRow(["Edit the Rules sheet"]);
      const rules = workbook.addWorksheet("Rules");
      rules.addRows(builtIn);
      rules.addRow(["plants", "front", "water the plants", 5, ""]);
    });
    const result = await cli(["classify", "tasks.csv", "--rules", "mine.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(parseCsv(result.stdout).rows[3][2]).toBe("Front office");
  });
});
