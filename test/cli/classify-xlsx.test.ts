import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseCsv } from "../../src/csv/csv";
import {
  BACK_TASK,
  cli,
  FRONT_TASK,
  put,
  readXlsx,
  sheetText,
  tempDir,
  writeXlsx,
} from "./helpers";

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FF1D4E89" },
};

/** A workbook as owners keep one: a styled header, every kind of cell value, a second sheet. */
async function ownersWorkbook(dir: string): Promise<string> {
  return writeXlsx(dir, "team.xlsx", (workbook) => {
    const tasks = workbook.addWorksheet("Tasks 2024");
    tasks.addRow(["Task", "Employee", "Hours", "Since", "Link", "Check"]);
    tasks.getRow(1).eachCell((cell) => {
      cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
      cell.fill = HEADER_FILL;
    });
    tasks.addRow([
      { richText: [{ text: "Prepare the " }, { text: "monthly payroll", font: { bold: true } }] },
      "Anna",
      7.5,
      new Date(Date.UTC(2024, 2, 5)),
      { text: "Payroll guide", hyperlink: "https://example.com/payroll" },
      { formula: "NA()", result: { error: "#N/A" } },
    ]);
    tasks.addRow([FRONT_TASK, "Bob", { formula: "2*2", result: 4 }, null, null, "=not a formula"]);
    const notes = workbook.addWorksheet("Notes");
    notes.addRow(["Owner's notes", 42]);
  });
}

describe("frontback classify, XLSX", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });

  it("reads every kind of cell as the text the owner sees", async () => {
    await ownersWorkbook(dir);
    const result = await cli(["classify", "team.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const rows = parseCsv(result.stdout).rows;
    expect(rows[0].slice(0, 7)).toEqual([
      "Task",
      "Employee",
      "Hours",
      "Since",
      "Link",
      "Check",
      "Office type",
    ]);
    expect(rows[1].slice(0, 7)).toEqual([
      BACK_TASK,
      "Anna",
      "7.5",
      "2024-03-05",
      "Payroll guide",
      "#N/A",
      "Back office",
    ]);
    expect(rows[2].slice(0, 7)).toEqual([
      FRONT_TASK,
      "Bob",
      "4",
      "",
      "",
      "'=not a formula",
      "Front office",
    ]);
  });

  it("keeps the input sheets, adds results beside the owner's columns in the header's style, and a summary sheet", async () => {
    const input = await ownersWorkbook(dir);
    const before = fs.readFileSync(input);
    const result = await cli(["classify", "team.xlsx", "--out", "result.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);

    const workbook = await readXlsx(path.join(dir, "result.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Tasks 2024",
      "Notes",
      "FrontBack summary",
    ]);
    const tasks = workbook.getWorksheet("Tasks 2024")!;
    const header = tasks.getRow(1);
    expect([7, 8, 9, 10, 11].map((c) => header.getCell(c).value)).toEqual([
      "Office type",
      "Confidence",
      "Why",
      "Skills needed",
      "Skill gap",
    ]);
    expect(header.getCell(7).fill).toEqual(HEADER_FILL);
    expect(header.getCell(11).font?.bold).toBe(true);
    // The owner's own cells keep their types: the formula is still a formula, the date a date.
    expect(tasks.getCell("C3").value).toEqual(expect.objectContaining({ formula: "2*2" }));
    expect(tasks.getCell("D2").value).toEqual(new Date(Date.UTC(2024, 2, 5)));
    expect(tasks.getCell("G2").value).toBe("Back office");
    expect(tasks.getCell("G3").value).toBe("Front office");
    expect(typeof tasks.getCell("H2").value).toBe("number");
    // Confidence as the add-in writes it: a fraction, shown as a whole percent.
    for (const address of ["H2", "H3"]) {
      const confidence = tasks.getCell(address);
      expect(confidence.value).toBeGreaterThan(0);
      expect(confidence.value).toBeLessThanOrEqual(1);
      expect(Math.round(Number(confidence.value) * 100) / 100).toBe(confidence.value);
      expect(confidence.numFmt).toBe("0%");
    }
    expect(sheetText(workbook.getWorksheet("Notes")!)).toEqual([["Owner's notes", "42"]]);

    const summary = sheetText(workbook.getWorksheet("FrontBack summary")!);
    expect(summary[0]).toEqual(["FrontBack summary"]);
    expect(summary).toContainEqual(["Front office", "1", "4"]);
    expect(summary).toContainEqual(["Back office", "1", "7.5"]);
    expect(summary).toContainEqual(["Total", "2", "11.5"]);
    expect(summary).toContainEqual(["Anna", "1", "0", "7.5", "0"]);
    expect(summary.some((row) => row[0] === "Skill" && row[1] === "Tasks needing it")).toBe(true);
  });

  it("uses the sheet named with --sheet and a header below blank rows, writing results on the right rows", async () => {
    await writeXlsx(dir, "book.xlsx", (workbook) => {
      workbook.addWorksheet("Intro").addRow(["Read me first"]);
      const sheet = workbook.addWorksheet("Werk");
      sheet.getCell("A3").value = "Taak";
      sheet.getCell("B3").value = "Uren";
      sheet.getCell("A4").value = BACK_TASK;
      sheet.getCell("B4").value = "7,5";
      sheet.getCell("A6").value = FRONT_TASK;
    });
    const result = await cli(
      ["classify", "book.xlsx", "--sheet", "werk", "--lang", "nl", "--out", "uit.xlsx"],
      dir
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const workbook = await readXlsx(path.join(dir, "uit.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Intro",
      "Werk",
      "FrontBack overzicht",
    ]);
    const sheet = workbook.getWorksheet("Werk")!;
    expect(sheet.getCell("C3").value).toBe("Officetype");
    expect(sheet.getCell("C4").value).toBe("Backoffice");
    expect(sheet.getCell("C5").value).toBeNull();
    expect(sheet.getCell("C6").value).toBe("Frontoffice");
    const summary = sheetText(workbook.getWorksheet("FrontBack overzicht")!);
    expect(summary).toContainEqual(["Backoffice", "1", "7.5"]);
  });

  it("makes a Tasks sheet and a summary from CSV input, with plain numbers as numbers", async () => {
    put(
      dir,
      "taken.csv",
      `Taak;Medewerker;Uren;Postcode\n${BACK_TASK};Anna;7,5;0612\n${FRONT_TASK};Bob;4;1234\n`
    );
    const result = await cli(["classify", "taken.csv", "--lang", "nl", "--out", "uit.xlsx"], dir);
    expect(result.code).toBe(0);
    const workbook = await readXlsx(path.join(dir, "uit.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Taken",
      "FrontBack overzicht",
    ]);
    const sheet = workbook.getWorksheet("Taken")!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Taak",
      "Medewerker",
      "Uren",
      "Postcode",
      "Officetype",
      "Zekerheid",
      "Waarom",
      "Benodigde vaardigheden",
      "Vaardigheidstekort",
    ]);
    expect(sheet.getCell("C2").value).toBe(7.5);
    expect(sheet.getCell("D2").value).toBe("0612");
    expect(sheet.getCell("E2").value).toBe("Backoffice");
    expect(sheet.getCell("E3").value).toBe("Frontoffice");
    // The same confidence as the CSV output, as a fraction with a percent format.
    const csv = parseCsv((await cli(["classify", "taken.csv", "--lang", "nl"], dir)).stdout).rows;
    for (const row of [2, 3]) {
      const cell = sheet.getCell(`F${row}`);
      expect(cell.numFmt).toBe("0%");
      expect(Math.round(Number(cell.value) * 100)).toBe(Number(csv[row - 1][5]));
    }
    const summary = sheetText(workbook.getWorksheet("FrontBack overzicht")!);
    expect(summary).toContainEqual(["Totaal", "2", "11.5"]);
  });

  it("shows per-employee gaps and people short per skill in the summary when given a skills matrix", async () => {
    put(
      dir,
      "tasks.csv",
      `Task,Employee,Hours\n${FRONT_TASK},Anna,10\n${BACK_TASK},Bob,5\n${FRONT_TASK},Cas,1\n`
    );
    await writeXlsx(dir, "skills.xlsx", (workbook) => {
      workbook.addWorksheet("Read me").addRow(["Levels 0-4"]);
      const sheet = workbook.addWorksheet("Skills");
      sheet.addRow([
        "Employee",
        "Interpersonal skills",
        "Clear communication",
        "Active listening",
        "Friendly manner",
        "Basic computer skills",
        "Organising",
      ]);
      sheet.addRow(["Anna", 1, 4, 4, 4, 4, 4]);
      sheet.addRow(["Bob", 4, 4, 4, 4, 4, 0]);
    });
    const result = await cli(
      ["classify", "tasks.csv", "--skills", "skills.xlsx", "--out", "out.xlsx"],
      dir
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const summary = sheetText(
      (await readXlsx(path.join(dir, "out.xlsx"))).getWorksheet("FrontBack summary")!
    );
    const employeeHeader = summary.findIndex((row) => row[0] === "Employee");
    expect(summary[employeeHeader]).toEqual([
      "Employee",
      "Tasks",
      "Front office hours",
      "Back office hours",
      "Unclear hours",
      "Largest skill gaps",
    ]);
    const anna = summary.find((row) => row[0] === "Anna")!;
    expect(anna.slice(0, 5)).toEqual(["Anna", "1", "10", "0", "0"]);
    expect(anna[5]).toContain("Interpersonal skills: needs 2, has 1");
    expect(summary.find((row) => row[0] === "Cas")![5]).toBe("Not in skills matrix");
    expect(summary).toContainEqual(["Skill", "Tasks needing it", "People short"]);
    const interpersonal = summary.find((row) => row[0] === "Interpersonal skills")!;
    expect(interpersonal[1]).toBe("2");
    expect(interpersonal[2]).toBe("1");
  });

  it("never writes over an owner's cell, not even a formula that shows nothing", async () => {
    await writeXlsx(dir, "book.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Tasks");
      sheet.addRow(["Task"]);
      sheet.addRow([BACK_TASK]);
      sheet.getCell("C2").value = { formula: 'IF(A2="","","")', result: "" };
    });
    expect((await cli(["classify", "book.xlsx", "--out", "out.xlsx"], dir)).code).toBe(0);
    const sheet = (await readXlsx(path.join(dir, "out.xlsx"))).getWorksheet("Tasks")!;
    expect(sheet.getCell("C2").formula).toBe('IF(A2="","","")');
    expect(sheet.getCell("D1").value).toBe("Office type");
    expect(sheet.getCell("D2").value).toBe("Back office");
  });

  it("writes formula-like text as string cells, never as formulas", async () => {
    put(
      dir,
      "tasks.csv",
      `Task,Note\n${BACK_TASK},"=HYPERLINK(""http://evil"",""x"")"\n${FRONT_TASK},@cmd\n`
    );
    expect((await cli(["classify", "tasks.csv", "--out", "out.xlsx"], dir)).code).toBe(0);
    const sheet = (await readXlsx(path.join(dir, "out.xlsx"))).getWorksheet("Tasks")!;
    for (const ref of ["B2", "B3"]) {
      expect(sheet.getCell(ref).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(ref).formula).toBeUndefined();
    }
    expect(sheet.getCell("B2").value).toBe('=HYPERLINK("http://evil","x")');
  });

  it("updates its own columns and summary when run on its own output", async () => {
    await ownersWorkbook(dir);
    expect((await cli(["classify", "team.xlsx", "--out", "once.xlsx"], dir)).code).toBe(0);
    const again = await cli(["classify", "once.xlsx", "--out", "twice.xlsx", "--lang", "nl"], dir);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    const workbook = await readXlsx(path.join(dir, "twice.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Tasks 2024",
      "Notes",
      "FrontBack overzicht",
    ]);
    const tasks = workbook.getWorksheet("Tasks 2024")!;
    expect(tasks.getCell("G1").value).toBe("Officetype");
    expect(tasks.getCell("G2").value).toBe("Backoffice");
    expect(tasks.getCell("L1").value).toBeNull();
  });
});
