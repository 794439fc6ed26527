import { formatDate, xlsxCellText } from "../../src/cli/xlsx-cell-text";
import { parseHours } from "../../src/core/hours";
import { locatedWarning, capWarnings, MAX_WARNINGS_PER_KIND } from "../../src/cli/warnings";
import { findPreviousResults, tableAsText } from "../../src/cli/task-table";

describe("xlsxCellText", () => {
  it("turns every kind of exceljs value into the text the owner sees", () => {
    expect(xlsxCellText(null)).toBe("");
    expect(xlsxCellText(undefined)).toBe("");
    expect(xlsxCellText("Payroll")).toBe("Payroll");
    expect(xlsxCellText(7.5)).toBe("7.5");
    expect(xlsxCellText(0.1 + 0.2)).toBe("0.3");
    expect(xlsxCellText(true)).toBe("TRUE");
    expect(xlsxCellText(new Date(Date.UTC(2024, 2, 5)))).toBe("2024-03-05");
    expect(
      xlsxCellText({ richText: [{ text: "Greet " }, { text: "customers", font: { bold: true } }] })
    ).toBe("Greet customers");
    expect(xlsxCellText({ text: "Website", hyperlink: "https://example.com" })).toBe("Website");
    expect(
      xlsxCellText({
        text: { richText: [{ text: "Rich link" }] },
        hyperlink: "https://example.com",
      })
    ).toBe("Rich link");
    expect(xlsxCellText({ formula: "A1*2", result: 16 })).toBe("16");
    expect(xlsxCellText({ sharedFormula: "B2", result: "Payroll" })).toBe("Payroll");
    expect(xlsxCellText({ formula: "NA()", result: { error: "#N/A" } })).toBe("#N/A");
    expect(xlsxCellText({ formula: "A1" })).toBe("");
    expect(xlsxCellText({ error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(xlsxCellText({ unexpected: 1 })).toBe("");
  });

  it("keeps a text cell as the owner typed it, spaces and all, as a CSV cell is read", () => {
    expect(xlsxCellText("  Anna ")).toBe("  Anna ");
    expect(xlsxCellText({ richText: [{ text: " Greet " }] })).toBe(" Greet ");
  });

  it("shows a time of day only when there is one", () => {
    expect(formatDate(new Date(Date.UTC(2024, 0, 31, 8, 30)))).toBe("2024-01-31 08:30");
    expect(formatDate(new Date(Date.UTC(2024, 0, 31, 8, 30, 15)))).toBe("2024-01-31 08:30:15");
    expect(formatDate(new Date(NaN))).toBe("");
  });
});

describe("parseHours", () => {
  it.each([
    ["8", 8],
    ["7.5", 7.5],
    ["7,5", 7.5],
    ["7,5 uur", 7.5],
    ["8h", 8],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    [",5", 0.5],
    ["12.", 12],
  ])("reads %j as %d", (text, hours) => {
    expect(parseHours(text)).toBeCloseTo(hours);
  });

  it.each(["", "n/a", "about eight", "-"])("reads %j as no hours", (text) => {
    expect(parseHours(text)).toBeUndefined();
  });
});

describe("warnings", () => {
  it("names the file and row once", () => {
    expect(locatedWarning("skills.csv", 3, "Row 3 has no employee name")).toBe(
      "skills.csv: Row 3 has no employee name"
    );
    expect(locatedWarning("skills.csv", 5, "Row 3 has no employee name")).toBe(
      "skills.csv row 5: Row 3 has no employee name"
    );
    expect(locatedWarning("rules.csv", 4, "weight\nmust be a number")).toBe(
      "rules.csv row 4: weight must be a number"
    );
    expect(locatedWarning("rules.csv", undefined, "empty")).toBe("rules.csv: empty");
  });

  it("caps a long list and says how many were left out", () => {
    const many = Array.from({ length: MAX_WARNINGS_PER_KIND + 5 }, (_, i) => `w${i}`);
    const capped = capWarnings(many, "tasks.csv");
    expect(capped).toHaveLength(MAX_WARNINGS_PER_KIND + 1);
    expect(capped[capped.length - 1]).toBe("tasks.csv: 5 more like these");
  });
});

describe("task table", () => {
  it("finds the result columns an earlier run wrote, in either language", () => {
    expect(
      findPreviousResults([
        "Task",
        "Office type",
        "Confidence",
        "Why",
        "Skills needed",
        "Skill gap",
      ])
    ).toBe(1);
    expect(
      findPreviousResults([
        "Taak",
        "Officetype",
        "Zekerheid",
        "Waarom",
        "Benodigde vaardigheden",
        "Vaardigheidstekort",
        "Notitie",
      ])
    ).toBe(1);
    expect(findPreviousResults(["Task", "Why"])).toBe(-1);
  });

  it("writes results after the owner's columns, or over the earlier results", () => {
    const result = { officeType: "Back office", confidence: 0.9, why: "w", skills: "s", gap: "" };
    const appended = tableAsText({
      lang: "en",
      header: ["Task", "Hours"],
      resultColumn: 2,
      rows: [{ cells: ["Payroll", "8"], rowNumber: 2, result }],
    });
    expect(appended).toEqual([
      ["Task", "Hours", "Office type", "Confidence", "Why", "Skills needed", "Skill gap"],
      ["Payroll", "8", "Back office", "90", "w", "s", ""],
    ]);
    const replaced = tableAsText({
      lang: "en",
      header: ["Task", "Office type", "Confidence", "Why", "Skills needed", "Skill gap", "Note"],
      resultColumn: 1,
      rows: [{ cells: ["Payroll", "old", "1", "old", "old", "old", "keep"], rowNumber: 2, result }],
    });
    expect(replaced[1]).toEqual(["Payroll", "Back office", "90", "w", "s", "", "keep"]);
  });
});
