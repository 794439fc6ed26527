/**
 * The fake behaves as the Excel JavaScript API reference says where the adapter depends on it;
 * each test names the behaviour and the page it comes from.
 */

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read before load and sync on purpose, to check that the fake throws as Excel does. */
import type { ExcelContext } from "../../src/excel/excel-api";
import {
  addSheet,
  cellAt,
  deleteRows,
  deleteSheet,
  insertColumns,
  insertRows,
  protectSheet,
  protectStructure,
  renameSheet,
  valueAt,
} from "../../src/fake-excel/builders";
import { FakeExcel } from "../../src/fake-excel/fake-excel";
import { renderHtml, renderText } from "../../src/fake-excel/render";

function run<T>(fake: FakeExcel, batch: (context: ExcelContext) => Promise<T>): Promise<T> {
  return fake.host().run(batch);
}

function tasks(fake: FakeExcel): void {
  addSheet(fake, {
    name: "Tasks",
    rows: [
      ["Task", "Hours"],
      ["Answer the phone", 2],
    ],
  });
}

describe("the fake Excel: load and sync (application-specific API model)", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      expect(() => range.values).toThrow(/not available.*call the load method/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded|not available/);
      await context.sync();
      expect(range.values).toEqual([
        ["Task", "Hours"],
        ["Answer the phone", 2],
      ]);
      expect(() => range.rowCount).toThrow(/'rowCount' is not available/);
    });
  });

  it("applies queued writes only at sync, in order", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    await run(fake, async (context) => {
      const cell = context.workbook.worksheets.getActiveWorksheet().getRange("C1");
      cell.values = [["first"]];
      cell.values = [["second"]];
      expect(valueAt(fake, "Tasks", "C1")).toBe("");
      await context.sync();
      expect(valueAt(fake, "Tasks", "C1")).toBe("second");
    });
  });

  it("rejects a values array whose shape differs from the range with InvalidArgument", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("C1:C2").values = [["one"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(valueAt(fake, "Tasks", "C1")).toBe("");
  });

  it("keeps what ran before a failing command (a batch is not a transaction)", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    await expect(
      run(fake, async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("C1").values = [["kept"]];
        sheet.getRange("D1:D2").values = [["bad"]];
        sheet.getRange("E1").values = [["never"]];
        await context.sync();
      })
    ).rejects.toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.values" },
    });
    expect(valueAt(fake, "Tasks", "C1")).toBe("kept");
    expect(valueAt(fake, "Tasks", "E1")).toBe("");
  });

  it("gives null objects from ...OrNullObject, known after sync", async () => {
    const fake = new FakeExcel();
    fake.model.addSheet("Empty");
    await run(fake, async (context) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
      used.load("address");
      expect(() => used.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(() => used.address).toThrow(/not available/);
    });
  });

  it("fails at sync when a null object is used for anything but load", async () => {
    const fake = new FakeExcel();
    fake.model.addSheet("Empty");
    await expect(
      run(fake, async (context) => {
        const used = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject();
        used.getRow(0).load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("gives ItemNotFound for a sheet that does not exist", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("the fake Excel: values (Excel.Range values)", () => {
  async function write(fake: FakeExcel, value: string): Promise<void> {
    await run(fake, async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("C1").values = [[value]];
      await context.sync();
    });
  }

  it.each([["=SUM(A1)"], ["+31 6 1234"], ["-call back"], ["@home"]])(
    "turns %p written through values into a formula",
    async (text) => {
      const fake = new FakeExcel();
      tasks(fake);
      await write(fake, text);
      expect(cellAt(fake, "Tasks", "C1").formula).toBeDefined();
      expect(valueAt(fake, "Tasks", "C1")).not.toBe(text);
    }
  );

  it.each([
    ["0612", 612],
    ["2024-03-05", 45356],
    ["TRUE", true],
    ["50%", 0.5],
  ])("reads %p as Excel reads typing", async (text, value) => {
    const fake = new FakeExcel();
    tasks(fake);
    await write(fake, text);
    expect(valueAt(fake, "Tasks", "C1")).toBe(value);
  });

  it("keeps text after a leading apostrophe, without the apostrophe", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    await write(fake, "'=not a formula");
    expect(cellAt(fake, "Tasks", "C1")).toEqual({ value: "=not a formula", quotePrefix: true });
  });

  it("refuses more than 32,767 characters in a cell", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    await expect(write(fake, "x".repeat(32_768))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("reports error cells as their code, typed Error", async () => {
    const fake = new FakeExcel();
    addSheet(fake, { name: "Tasks", rows: [["Task"], [{ error: "#N/A" }]] });
    await run(fake, async (context) => {
      const cell = context.workbook.worksheets.getActiveWorksheet().getRange("A2");
      cell.load("values, valueTypes");
      await context.sync();
      expect(cell.values).toEqual([["#N/A"]]);
      expect(cell.valueTypes).toEqual([["Error"]]);
    });
  });
});

describe("the fake Excel: protection, edit mode, requirement sets, payload", () => {
  it("refuses writes on a protected sheet", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    protectSheet(fake, "Tasks");
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("C1").values = [["x"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("refuses a new sheet when the workbook structure is protected", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    protectStructure(fake);
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.add("More");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("fails every request while a cell is being edited", async () => {
    const fake = new FakeExcel({ cellEditMode: true });
    tasks(fake);
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getActiveWorksheet().load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("fails a member of a newer requirement set with ApiNotFound, and says so in isSetSupported", async () => {
    const fake = new FakeExcel({ apiVersion: "1.7" });
    tasks(fake);
    expect(fake.host().isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fake.host().isSetSupported("ExcelApi", "1.8")).toBe(false);
    await expect(
      run(fake, async (context) => {
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("counts round trips and refuses a request over 5 MB before running it", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    const big = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("C1:C6000").values = big;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(valueAt(fake, "Tasks", "C1")).toBe("");
    expect(fake.roundTrips).toBe(1);
    expect(fake.largestRequestBytes).toBeGreaterThan(6_000_000);
  });

  it("refuses a response over 5 MB after running the request", async () => {
    const fake = new FakeExcel();
    addSheet(fake, { name: "Tasks", rows: Array.from({ length: 6000 }, () => ["y".repeat(1000)]) });
    await expect(
      run(fake, async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("B1").values = [["written"]];
        sheet.getRange("A1:A6000").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(valueAt(fake, "Tasks", "B1")).toBe("written");
  });
});

describe("the fake Excel: names move with the cells (Excel.NamedItem)", () => {
  async function nameB1(fake: FakeExcel): Promise<void> {
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.names.add("Mine", sheet.getRange("B1"), "FrontBack");
      await context.sync();
    });
  }

  async function formulaOf(fake: FakeExcel): Promise<{ type: string; formula: unknown }> {
    return run(fake, async (context) => {
      const names = context.workbook.worksheets.getActiveWorksheet().names;
      names.load("items/name, items/type, items/formula");
      await context.sync();
      const item = names.items[0];
      return { type: item.type, formula: item.formula };
    });
  }

  it("follows inserted rows and columns and a renamed sheet", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    await nameB1(fake);
    insertRows(fake, "Tasks", 1, 2);
    insertColumns(fake, "Tasks", "A");
    renameSheet(fake, "Tasks", "My tasks");
    expect(await formulaOf(fake)).toEqual({ type: "Range", formula: "='My tasks'!$C$3" });
  });

  it("turns into #REF! when its cells are deleted", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    await nameB1(fake);
    deleteRows(fake, "Tasks", 1);
    expect(await formulaOf(fake)).toEqual({ type: "Error", formula: "=Tasks!#REF!" });
  });

  it("loses its target with its sheet", async () => {
    const fake = new FakeExcel();
    tasks(fake);
    fake.model.addSheet("Other");
    await run(fake, async (context) => {
      context.workbook.names.add(
        "Elsewhere",
        context.workbook.worksheets.getItem("Other").getRange("A1")
      );
      await context.sync();
    });
    deleteSheet(fake, "Other");
    const formula = await run(fake, async (context) => {
      context.workbook.names.load("items/formula");
      await context.sync();
      return context.workbook.names.items[0].formula;
    });
    expect(formula).toBe("=#REF!");
  });
});

describe("the fake Excel: tables (Excel.TableColumnCollection add)", () => {
  it("adds a column at the end, shifting cells right of the table in its rows", async () => {
    const fake = new FakeExcel();
    addSheet(fake, { name: "Tasks", rows: [["Task"], ["Call"], ["File"]], table: "Tasks" });
    addSheet(fake, { name: "Notes", rows: [] });
    fake.model.sheetByName("Tasks")!.cells.set(2 * 16384 + 2, "note in C3");
    await run(fake, async (context) => {
      context.workbook.worksheets
        .getItem("Tasks")
        .tables.getItem("Tasks")
        .columns.add(undefined, undefined, "Why");
      await context.sync();
    });
    expect(valueAt(fake, "Tasks", "B1")).toBe("Why");
    expect(valueAt(fake, "Tasks", "D3")).toBe("note in C3");
  });
});

describe("the fake Excel: rendering", () => {
  it("draws a sheet as text and as HTML", () => {
    const fake = new FakeExcel();
    tasks(fake);
    expect(renderText(fake, "Tasks")).toBe(
      [
        "Tasks",
        "  | A                | B",
        "1 | Task             | Hours",
        "2 | Answer the phone | 2",
      ].join("\n")
    );
    expect(renderHtml(fake, "Tasks")).toContain("<td>Answer the phone</td>");
  });
});
