import { commandReport, failureReport } from "../../src/commands/report";
import { FrontBackError } from "../../src/excel/errors";

describe("the ribbon command's report", () => {
  it("counts the sides on success, in the owner's language", () => {
    const report = commandReport(
      {
        status: "ok",
        sheetName: "Taken",
        rows: 3,
        counts: { front: 2, back: 1, unclear: 0 },
        topGaps: [],
        skipped: 0,
        skippedRows: [],
        summarySheetName: "FrontBack overzicht",
        columns: {},
        notices: [],
        roundTrips: 3,
      },
      "nl"
    );
    expect(report).toEqual({
      ok: true,
      text: 'FrontBack heeft de taken op "Taken" ingedeeld: Frontoffice 2, Backoffice 1, Onduidelijk 0.',
    });
  });

  it("passes on an error's plain words with the technical part apart", () => {
    const error = new FrontBackError("no-tasks", { en: "No tasks yet", nl: "Nog geen taken" });
    expect(commandReport({ status: "error", error }, "en")).toEqual({
      ok: false,
      text: "No tasks yet",
      technical: "no-tasks",
    });
    expect(failureReport(new Error("bad"), "en")).toMatchObject({
      ok: false,
      technical: "Error: bad",
    });
  });
});
