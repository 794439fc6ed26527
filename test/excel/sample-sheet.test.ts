/** "Try it with sample data": the sample sheets, written through the adapter, and the summary link. */

import { classifyActiveSheet } from "../../src/excel/classify-sheet";
import { activateSheet, createSampleSheet, sampleData } from "../../src/excel/sample-sheet";
import { FakeExcel } from "../../src/fake-excel/fake-excel";
import { addSheet, protectStructure, valueAt } from "../../src/fake-excel/builders";

function blankWorkbook(): FakeExcel {
  const fake = new FakeExcel();
  addSheet(fake, { name: "Sheet1", rows: [] });
  return fake;
}

function activeName(fake: FakeExcel): string | undefined {
  const id = fake.model.activeSheetId;
  return id === undefined ? undefined : fake.model.sheetById(id)?.name;
}

describe("the sample sheet", () => {
  it("adds Dutch tasks and a skills matrix, shows the tasks, in two round trips", async () => {
    const fake = blankWorkbook();
    const result = await createSampleSheet({ lang: "nl" }, fake.host());
    expect(result).toEqual({
      status: "ok",
      taskSheet: "Voorbeeldtaken",
      skillsSheet: "Vaardigheden",
    });
    expect(fake.roundTrips).toBe(2);
    expect(activeName(fake)).toBe("Voorbeeldtaken");
    expect(valueAt(fake, "Voorbeeldtaken", "A1")).toBe("Taak");
    expect(valueAt(fake, "Voorbeeldtaken", "D2")).toBe(12);
    expect(valueAt(fake, "Vaardigheden", "A2")).toBe("Anna");
    expect(typeof valueAt(fake, "Vaardigheden", "B2")).toBe("number");
  });

  it("classifies with hours and real skill gaps", async () => {
    const fake = blankWorkbook();
    await createSampleSheet({ lang: "en" }, fake.host());
    const run = await classifyActiveSheet({ lang: "en" }, fake.host());
    if (run.status !== "ok") throw run.error;
    expect(run.sheetName).toBe("Sample tasks");
    expect(run.rows).toBe(sampleData("en").tasks.length - 1);
    expect(run.counts.front).toBeGreaterThan(2);
    expect(run.counts.back).toBeGreaterThan(2);
    expect(run.hours?.total).toBe(61);
    expect(run.topGaps.length).toBeGreaterThan(0);
    expect(valueAt(fake, "Sample tasks", "E1")).toBe("Office type");
  });

  it("keeps the owner's sheets and skills sheet, and takes a free name", async () => {
    const fake = new FakeExcel();
    addSheet(fake, { name: "Sample tasks", rows: [["mine"]] });
    addSheet(fake, {
      name: "Skills",
      rows: [
        ["Employee", "Patience"],
        ["Zoe", 3],
      ],
    });
    const result = await createSampleSheet({ lang: "en" }, fake.host());
    expect(result).toEqual({ status: "ok", taskSheet: "Sample tasks (2)" });
    expect(valueAt(fake, "Sample tasks", "A1")).toBe("mine");
    expect(valueAt(fake, "Skills", "A2")).toBe("Zoe");
  });

  it("reports a protected workbook as a value, writing nothing", async () => {
    const fake = blankWorkbook();
    protectStructure(fake);
    const result = await createSampleSheet({}, fake.host());
    expect(result.status === "error" && result.error.code).toBe("protected-workbook");
    expect(fake.model.sheets).toHaveLength(1);
  });
});

describe("activateSheet", () => {
  it("shows the named sheet", async () => {
    const fake = blankWorkbook();
    addSheet(fake, { name: "FrontBack summary", rows: [["x"]] });
    expect(await activateSheet("FrontBack summary", fake.host())).toEqual({ status: "ok" });
    expect(activeName(fake)).toBe("FrontBack summary");
  });

  it("reports a missing sheet as a value", async () => {
    const fake = blankWorkbook();
    const result = await activateSheet("Gone", fake.host());
    expect(result.status === "error" && result.error.code).toBe("not-found");
  });
});

describe("a run without a summary", () => {
  it("writes the columns but no summary sheet", async () => {
    const fake = blankWorkbook();
    await createSampleSheet({ lang: "en" }, fake.host());
    const run = await classifyActiveSheet({ summary: false }, fake.host());
    expect(run.status === "ok" && run.summarySheetName).toBe("");
    expect(fake.model.sheetByName("FrontBack summary")).toBeUndefined();
  });
});
