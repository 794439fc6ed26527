/**
 * For random owner sheets: every cell the owner had is the same after a run, and running twice
 * gives the same workbook as running once. A run may stop (no task column, a header of ours);
 * then nothing may have changed at all.
 */

import fc from "fast-check";

import { classifyActiveSheet } from "../../src/excel/classify-sheet";
import { addSheet, cellMap, workbookSnapshot } from "../../src/fake-excel/builders";
import type { CellInput } from "../../src/fake-excel/builders";
import { FakeExcel } from "../../src/fake-excel/fake-excel";
import type { CellFormat } from "../../src/fake-excel/model";
import { BACK_TASK, FRONT_TASK } from "./helpers";

const HEADERS = [
  "Employee",
  "Hours",
  "Role",
  "Notes",
  "Date",
  "Override",
  "Uren p/w",
  "Klant",
  "Why",
  "",
];

const cell: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constantFrom<CellInput>(
    FRONT_TASK,
    BACK_TASK,
    "Bel de leverancier",
    "Klachten afhandelen",
    "",
    null
  ),
  fc.constantFrom<CellInput>(
    "=SUM(A1)",
    "+31 6 1234",
    "-5",
    "@anna",
    "'t Hooft",
    "0612",
    "TRUE",
    "#N/A"
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constantFrom<CellInput>(
    { error: "#N/A" },
    { error: "#DIV/0!" },
    { formula: "=B2*2", result: 8 }
  )
);

const format: fc.Arbitrary<CellFormat | undefined> = fc.option(
  fc.record({ bold: fc.boolean(), fill: fc.constantFrom("#FFFF00", "#1D4E89") }),
  { nil: undefined }
);

const sheetSpec = fc.record({
  headers: fc.uniqueArray(fc.constantFrom(...HEADERS), { maxLength: 4 }),
  rows: fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 12 }),
  at: fc.constantFrom("A1", "B3", "C1"),
  table: fc.boolean(),
  headerFormat: format,
  otherSheet: fc.constantFrom("none", "FrontBack summary", "Rules", "Skills"),
  lang: fc.constantFrom<"en" | "nl">("en", "nl"),
});

type SheetSpecValue = typeof sheetSpec extends fc.Arbitrary<infer V> ? V : never;

function build(spec: SheetSpecValue): FakeExcel {
  const fake = new FakeExcel();
  const header: CellInput[] = ["Task", ...spec.headers];
  const width = header.length;
  addSheet(fake, {
    name: "Tasks",
    at: spec.at,
    rows: [header, ...spec.rows.map((row) => row.slice(0, width))],
    ...(spec.table && spec.rows.length > 0 && { table: "Tasks" }),
    ...(spec.headerFormat !== undefined && { headerFormat: spec.headerFormat }),
  });
  if (spec.otherSheet !== "none") {
    addSheet(fake, {
      name: spec.otherSheet,
      rows: [
        ["Employee", "Patience"],
        ["Anna", 7],
        ["=x", "3"],
      ],
    });
  }
  return fake;
}

function ownerCells(fake: FakeExcel): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const sheet of fake.model.sheets) {
    for (const [address, snapshot] of cellMap(sheet))
      cells.set(`${sheet.name}!${address}`, snapshot);
  }
  return cells;
}

describe("classifyActiveSheet on random owner sheets", () => {
  it("keeps every owner cell, and a second run changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(sheetSpec, async (spec) => {
        const fake = build(spec);
        const before = ownerCells(fake);
        const snapshotBefore = workbookSnapshot(fake);
        const first = await classifyActiveSheet({ lang: spec.lang }, fake.host());
        const after = ownerCells(fake);
        for (const [address, snapshot] of before)
          expect([address, after.get(address)]).toEqual([address, snapshot]);
        if (first.status === "error") {
          expect(workbookSnapshot(fake)).toEqual(snapshotBefore);
          return;
        }
        const once = workbookSnapshot(fake);
        const second = await classifyActiveSheet({ lang: spec.lang }, fake.host());
        expect(second.status).toBe("ok");
        expect(workbookSnapshot(fake)).toEqual(once);
      }),
      { numRuns: 60 }
    );
  }, 60_000);
});
