import * as fs from "fs";
import * as path from "path";
import { writeAtomically } from "../../src/cli/output-file";
import { BACK_TASK, cli, fingerprint, put, tempDir, writeXlsx } from "./helpers";

const TASKS = `Task,Employee\n${BACK_TASK},Anna\n`;

interface Case {
  readonly name: string;
  readonly setup: (dir: string) => void | Promise<void>;
  readonly args: readonly string[];
  readonly message: RegExp;
}

const CASES: readonly Case[] = [
  {
    name: "a missing tasks file",
    setup: () => undefined,
    args: ["classify", "nope.csv", "--out", "out.csv"],
    message: /tasks file not found: nope\.csv/,
  },
  {
    name: "an empty tasks file",
    setup: (dir) => put(dir, "tasks.csv", ""),
    args: ["classify", "tasks.csv", "--out", "out.csv"],
    message: /tasks\.csv is empty/,
  },
  {
    name: "a tasks file with only blank lines (no header)",
    setup: (dir) => put(dir, "tasks.csv", "\ufeff\r\n ,  \r\n\r\n"),
    args: ["classify", "tasks.csv", "--out", "out.csv"],
    message: /tasks\.csv has no header row/,
  },
  {
    name: "no task column",
    setup: (dir) => put(dir, "tasks.csv", "Name,Hours\nAnna,8\n"),
    args: ["classify", "tasks.csv", "--out", "out.xlsx"],
    message:
      /^no task column in tasks\.csv\. Headers seen: Name, Hours\. Add a column named "Task" \(or "Taak"\) or pass --task-column "<header>"\.$/,
  },
  {
    name: "--task-column naming a header that does not exist",
    setup: (dir) => put(dir, "tasks.csv", TASKS),
    args: ["classify", "tasks.csv", "--task-column", "Omschrijving", "--out", "out.csv"],
    message: /no column "Omschrijving" in tasks\.csv\. Headers seen: Task, Employee\./,
  },
  {
    name: "a corrupt xlsx",
    setup: (dir) =>
      put(dir, "tasks.xlsx", Buffer.from("PK\u0003\u0004 this is not really a zip file")),
    args: ["classify", "tasks.xlsx", "--out", "out.xlsx"],
    message: /cannot read tasks\.xlsx as an Excel workbook/,
  },
  {
    name: "a CSV saved with an .xlsx extension",
    setup: (dir) => put(dir, "tasks.xlsx", TASKS),
    args: ["classify", "tasks.xlsx"],
    message: /cannot read tasks\.xlsx as an Excel workbook/,
  },
  {
    name: "an unknown --sheet",
    setup: async (dir) => {
      await writeXlsx(dir, "tasks.xlsx", (workbook) =>
        workbook.addWorksheet("Taken").addRow(["Taak"])
      );
    },
    args: ["classify", "tasks.xlsx", "--sheet", "Tasks", "--out", "out.xlsx"],
    message: /no sheet named "Tasks" in tasks\.xlsx\. Sheets: "Taken"/,
  },
  {
    name: "--sheet with a CSV",
    setup: (dir) => put(dir, "tasks.csv", TASKS),
    args: ["classify", "tasks.csv", "--sheet", "Tasks"],
    message: /--sheet only applies to an \.xlsx/,
  },
  {
    name: "a rules file without a rules header",
    setup: (dir) => {
      put(dir, "tasks.csv", TASKS);
      put(dir, "rules.csv", "Name,Hours\nAnna,8\n");
    },
    args: ["classify", "tasks.csv", "--rules", "rules.csv", "--out", "out.csv"],
    message:
      /^rules\.csv is not a rules file: .*Headers seen: name, hours\..*frontback rules --out rules\.csv/,
  },
  {
    name: "a rules file without a single valid rule",
    setup: (dir) => {
      put(dir, "tasks.csv", TASKS);
      put(dir, "rules.csv", "Id,Side,Phrases,Weight,Skills\nbad,sideways,payroll,2,\n");
    },
    args: ["classify", "tasks.csv", "--rules", "rules.csv", "--out", "out.csv"],
    message: /^rules\.csv has no valid rule\. Row 2: the side must be .*"sideways"\. Fix the rows/,
  },
  {
    name: "a missing skills file",
    setup: (dir) => put(dir, "tasks.csv", TASKS),
    args: ["classify", "tasks.csv", "--skills", "skills.xlsx", "--out", "out.csv"],
    message: /skills matrix not found: skills\.xlsx/,
  },
  {
    name: "an unknown option",
    setup: (dir) => put(dir, "tasks.csv", TASKS),
    args: ["classify", "tasks.csv", "--output", "out.csv"],
    message: /unknown option --output/,
  },
  {
    name: "--out equal to the input",
    setup: (dir) => put(dir, "tasks.csv", TASKS),
    args: ["classify", "tasks.csv", "--out", "./tasks.csv"],
    message: /--out \.\/tasks\.csv is the same file as the input tasks\.csv/,
  },
  {
    name: "--out equal to the skills file",
    setup: (dir) => {
      put(dir, "tasks.csv", TASKS);
      put(dir, "skills.csv", "Employee,Patience\nAnna,3\n");
    },
    args: ["classify", "tasks.csv", "--skills", "skills.csv", "--out", "skills.csv"],
    message: /same file as the input skills\.csv/,
  },
  {
    name: "an unsupported input extension",
    setup: (dir) => put(dir, "tasks.txt", TASKS),
    args: ["classify", "tasks.txt"],
    message:
      /tasks\.txt has the unsupported extension \.txt; the tasks file must be a \.csv or \.xlsx file/,
  },
  {
    name: "an old .xls workbook",
    setup: (dir) => put(dir, "tasks.xls", TASKS),
    args: ["classify", "tasks.xls"],
    message: /Save it from Excel as "Excel Workbook \(\.xlsx\)"/,
  },
  {
    name: "an unsupported --out extension",
    setup: (dir) => put(dir, "tasks.csv", TASKS),
    args: ["classify", "tasks.csv", "--out", "out.json"],
    message: /out\.json has the unsupported extension \.json/,
  },
  {
    name: "--out in a folder that does not exist",
    setup: (dir) => put(dir, "tasks.csv", TASKS),
    args: ["classify", "tasks.csv", "--out", "missing/out.csv"],
    message: /the folder for --out missing\/out\.csv does not exist/,
  },
  {
    name: "an unclosed quote",
    setup: (dir) => put(dir, "tasks.csv", `Task\n"${BACK_TASK}\n`),
    args: ["classify", "tasks.csv", "--out", "out.csv"],
    message: /opened in row 2 is never closed/,
  },
  {
    name: "an unknown --lang",
    setup: (dir) => put(dir, "tasks.csv", TASKS),
    args: ["classify", "tasks.csv", "--lang", "de"],
    message: /--lang must be en or nl/,
  },
  {
    name: "no command",
    setup: () => undefined,
    args: [],
    message: /missing command/,
  },
  {
    name: "rules --out with an unsupported extension",
    setup: () => undefined,
    args: ["rules", "--out", "rules.txt"],
    message: /rules\.txt has the unsupported extension \.txt/,
  },
];

describe("bad input", () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s: exit 2, one line on stderr, nothing written",
    async (_name, c) => {
      const dir = tempDir();
      await c.setup(dir);
      const before = fingerprint(dir);
      const result = await cli(c.args, dir);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.endsWith("\n")).toBe(true);
      const errorLines = result.stderr.slice(0, -1).split("\n");
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0].startsWith("frontback: ")).toBe(true);
      expect(errorLines[0].slice("frontback: ".length)).toMatch(c.message);
      // No output, no temp file, inputs byte-for-byte unchanged.
      expect(fingerprint(dir)).toEqual(before);
    }
  );

  it("quotes a multi-line header on one line", async () => {
    const dir = tempDir();
    put(dir, "tasks.csv", '"Name\nof person",Hours\nAnna,8\n');
    const result = await cli(["classify", "tasks.csv"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^frontback: no task column in tasks\.csv\. Headers seen: Name of person, Hours\.[^\n]*\n$/
    );
  });
});

describe("writeAtomically", () => {
  it("leaves neither the target nor a temp file when writing fails half-way", async () => {
    const dir = tempDir();
    const target = path.join(dir, "out.xlsx");
    await expect(
      writeAtomically(target, "out.xlsx", async (temp) => {
        fs.writeFileSync(temp, "half");
        await Promise.resolve();
        throw new Error("disk went away");
      })
    ).rejects.toThrow("disk went away");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("replaces an existing target only with the complete new file", async () => {
    const dir = tempDir();
    const target = put(dir, "out.csv", "old");
    await expect(
      writeAtomically(target, "out.csv", () => Promise.reject(new Error("boom")))
    ).rejects.toThrow("boom");
    expect(fs.readFileSync(target, "utf8")).toBe("old");
    await writeAtomically(target, "out.csv", (temp) => fs.promises.writeFile(temp, "new"));
    expect(fs.readFileSync(target, "utf8")).toBe("new");
    expect(fs.readdirSync(dir)).toEqual(["out.csv"]);
  });
});
