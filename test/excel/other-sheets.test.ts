/** The Rules sheet and the skills sheet: created on request, read back on every run. */

import type { Notice } from "../../src/excel/other-sheets";
import { createRulesSheet } from "../../src/excel/rules-sheet";
import { createSkillsSheet } from "../../src/excel/skills-sheet";
import {
  activate,
  addSheet,
  columnValues,
  protectStructure,
  putCell,
  sheetOf,
  valueAt,
} from "../../src/fake-excel/builders";
import {
  BACK_TASK,
  classifyError,
  classifyOk,
  FRONT_TASK,
  taskWorkbook,
  typicalRows,
} from "./helpers";

/** The English text of the notice about a row of a sheet. */
function noticeAt(notices: readonly Notice[], sheet: string, row: number): string | undefined {
  return notices.find((notice) => notice.sheet === sheet && notice.row === row)?.texts.en;
}

describe("the Rules sheet", () => {
  it("is created from the built-in rules, with text kept as text and weights as numbers", async () => {
    const fake = taskWorkbook(typicalRows(2));
    const result = await createRulesSheet({}, fake.host());
    expect(result).toMatchObject({ status: "ok", sheetName: "Rules", created: true });
    expect(columnValues(fake, "Rules", "A", 1, 1)).toEqual(["Id"]);
    expect(columnValues(fake, "Rules", "B", 1, 3)).toEqual([
      "Side",
      "Front office",
      "Front office",
    ]);
    expect(typeof valueAt(fake, "Rules", "D2")).toBe("number");
    expect(sheetOf(fake, "Rules").formulas.size).toBe(0);
    expect(fake.roundTrips).toBe(2);
  });

  it("is left as the owner edited it when asked for again", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await createRulesSheet({}, fake.host());
    putCell(sheetOf(fake, "Rules"), 1, 3, 9);
    const again = await createRulesSheet({}, fake.host());
    expect(again).toMatchObject({ status: "ok", created: false, sheetName: "Rules" });
    expect(valueAt(fake, "Rules", "D2")).toBe(9);
  });

  it("is read back on every run: the owner's rules count and invalid rows are reported with their row", async () => {
    const fake = taskWorkbook([["Water the office plants", "Anna", 1]]);
    await createRulesSheet({}, fake.host());
    const rules = sheetOf(fake, "Rules");
    const last = rules.usedRect(true)!.rows;
    putCell(rules, last, 0, "plants");
    putCell(rules, last, 1, "Front office");
    putCell(rules, last, 2, "plants");
    putCell(rules, last, 3, 5);
    putCell(rules, last + 1, 0, "broken");
    putCell(rules, last + 1, 1, "Sideways");
    putCell(rules, last + 1, 2, "something");
    const result = await classifyOk(fake);
    expect(valueAt(fake, "Tasks", "D2")).toBe("Front office");
    expect(noticeAt(result.notices, "Rules", last + 2)).toContain(
      `Row ${last + 2}: the side must be`
    );
  });

  it("stops the run when FrontBack's rules sheet lost its header, before writing", async () => {
    const fake = taskWorkbook(typicalRows(2));
    await createRulesSheet({}, fake.host());
    putCell(sheetOf(fake, "Rules"), 0, 1, "Kind");
    putCell(sheetOf(fake, "Rules"), 0, 2, "Words");
    activate(fake, "Tasks");
    const error = await classifyError(fake);
    expect(error.code).toBe("rules-sheet-broken");
    expect(error.message).toContain('rules sheet "Rules" cannot be read');
    expect(valueAt(fake, "Tasks", "D1")).toBe("");
  });

  it("ignores an owner's sheet that only happens to be called Rules", async () => {
    const fake = taskWorkbook(typicalRows(2));
    addSheet(fake, { name: "Rules", rows: [["House rules"], ["No food at the desk"]] });
    const result = await classifyOk(fake);
    expect(result.notices.map((n) => n.texts.en)).toContainEqual(
      expect.stringContaining('"Rules" is not a FrontBack rules sheet')
    );
    expect(valueAt(fake, "Rules", "A2")).toBe("No food at the desk");
  });

  it("cannot be added to a workbook whose structure is protected", async () => {
    const fake = taskWorkbook(typicalRows(2));
    protectStructure(fake);
    const result = await createRulesSheet({}, fake.host());
    expect(result.status === "error" && result.error.code).toBe("protected-workbook");
  });
});

describe("the skills sheet", () => {
  const names = ["Anna", "Bram", "anna ", "=Evil()", "'t Hooft"];

  it("is created for the employees found, once each, with 0-4 drop-downs", async () => {
    const fake = taskWorkbook(names.map((name) => [FRONT_TASK, name, 1]));
    const result = await createSkillsSheet({}, fake.host());
    expect(result).toMatchObject({ status: "ok", sheetName: "Skills", created: true, rows: 4 });
    expect(columnValues(fake, "Skills", "A", 1, 5)).toEqual([
      "Employee",
      "Anna",
      "Bram",
      "=Evil()",
      "'t Hooft",
    ]);
    expect(valueAt(fake, "Skills", "B1")).toBe("Interpersonal skills");
    expect(sheetOf(fake, "Skills").formulas.size).toBe(0);
    expect(sheetOf(fake, "Skills").dataValidations).toEqual([
      {
        rect: { row: 1, col: 1, rows: 4, cols: 14 },
        rule: { list: { inCellDropDown: true, source: "0,1,2,3,4" } },
      },
    ]);
  });

  it("gets only the new employees added on FrontBack's own sheet", async () => {
    const fake = taskWorkbook([[FRONT_TASK, "Anna", 1]]);
    await createSkillsSheet({}, fake.host());
    putCell(sheetOf(fake, "Skills"), 1, 1, 3);
    putCell(sheetOf(fake, "Tasks"), 2, 0, BACK_TASK);
    putCell(sheetOf(fake, "Tasks"), 2, 1, "Cas");
    const result = await createSkillsSheet({}, fake.host());
    expect(result).toMatchObject({ status: "ok", created: false, rows: 1 });
    expect(columnValues(fake, "Skills", "A", 2, 2)).toEqual(["Anna", "Cas"]);
    expect(valueAt(fake, "Skills", "B2")).toBe(3);
  });

  it("stops without an employee column", async () => {
    const fake = taskWorkbook([[FRONT_TASK]], { header: ["Task"] });
    const result = await createSkillsSheet({}, fake.host());
    expect(result.status === "error" && result.error.code).toBe("no-employee-column");
  });

  it("is read back: gaps per row, skills out of range reported, not guessed", async () => {
    const fake = taskWorkbook([[FRONT_TASK, "Anna", 2]]);
    addSheet(fake, {
      name: "Skills",
      rows: [
        ["Employee", "Conflict handling", "Patience"],
        ["Anna", 7, 1],
      ],
    });
    const result = await classifyOk(fake);
    expect(noticeAt(result.notices, "Skills", 2)).toContain("7 is not a level");
    expect(valueAt(fake, "Tasks", "H2")).toMatch(/Not rated: .*Conflict handling/);
    expect(result.topGaps).toHaveLength(3);
    expect(result.topGaps.every((gap) => gap.peopleShort === 1)).toBe(true);
  });

  it("is read back: duplicate employee names reported, the first row used", async () => {
    const fake = taskWorkbook([[FRONT_TASK, "Anna", 2]]);
    addSheet(fake, {
      name: "Skills",
      rows: [
        ["Employee", "Conflict handling"],
        ["Anna", 4],
        ["anna", 0],
      ],
    });
    const result = await classifyOk(fake);
    expect(noticeAt(result.notices, "Skills", 3)).toContain("already on row 2");
    expect(valueAt(fake, "Tasks", "H2")).not.toContain("Conflict handling");
  });

  it("accepts Dutch labels and skill ids as headers", async () => {
    const fake = taskWorkbook([[FRONT_TASK, "Anna", 2]]);
    addSheet(fake, {
      name: "Vaardigheden",
      rows: [
        [
          "Medewerker",
          "Conflicthantering",
          "patience",
          "interpersonal",
          "clarity",
          "listening",
          "friendliness",
          "Basisvaardigheden computer",
        ],
        ["Anna", 4, 4, 4, 4, 4, 4, 4],
      ],
    });
    await classifyOk(fake);
    expect(valueAt(fake, "Tasks", "H2")).toBe("None");
  });
});
