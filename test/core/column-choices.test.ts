import { detectChosenColumns } from "../../src/core/column-choices";
import type { ColumnDetection, ColumnMap } from "../../src/core/columns";

/** The columns of a detection that must have gone through, or the detection's message. */
function outcome(detection: ColumnDetection): ColumnMap | string {
  return detection.status === "ok" ? detection.columns : detection.message;
}

const HEADERS = ["Task", "Employee", "Who did it", "Hours p/w", "Notes"];

describe("detectChosenColumns", () => {
  it("is plain detection when nothing is chosen", () => {
    expect(outcome(detectChosenColumns(HEADERS, {}))).toEqual({
      task: 0,
      employee: 1,
      hours: 3,
    });
  });

  it("puts a chosen column in place of the detected one, and keeps the hours unit", () => {
    const detection = detectChosenColumns(HEADERS, { employee: "who did it" });
    expect(outcome(detection)).toEqual({ task: 0, employee: 2, hours: 3 });
    expect(detection.status === "ok" && detection.hoursUnit).toBe("week");
  });

  it("takes a chosen column away from the field detection gave it to", () => {
    expect(outcome(detectChosenColumns(HEADERS, { role: "Employee" }))).toEqual({
      task: 0,
      role: 1,
      hours: 3,
    });
  });

  it("removes a field the owner says the sheet does not have", () => {
    expect(outcome(detectChosenColumns(HEADERS, { hours: "" }))).toEqual({
      task: 0,
      employee: 1,
    });
  });

  it("uses the chosen task column", () => {
    expect(outcome(detectChosenColumns(HEADERS, { task: "Notes" }))).toMatchObject({ task: 4 });
  });

  it("says which chosen column is missing, in the owner's language", () => {
    expect(outcome(detectChosenColumns(HEADERS, { hours: "Time" }))).toBe(
      'The chosen hours column "Time" is not in the header row. Choose another column, or none.'
    );
    expect(outcome(detectChosenColumns(HEADERS, { employee: "Naam" }, "nl"))).toContain(
      'De gekozen medewerkerkolom "Naam"'
    );
  });

  it("refuses the task column for another field", () => {
    expect(outcome(detectChosenColumns(HEADERS, { override: "task" }))).toContain(
      "already the task column"
    );
  });

  it("passes a detection failure through", () => {
    expect(outcome(detectChosenColumns(["Notes"], {}))).toContain("No task column found");
  });
});
