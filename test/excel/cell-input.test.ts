import { cellText, hoursOf, taskCell } from "../../src/excel/cell-input";

describe("taskCell", () => {
  it("classifies text, trimmed", () => {
    expect(taskCell("  Call the supplier ", "String")).toEqual({
      kind: "text",
      text: "Call the supplier",
    });
  });

  it.each([
    ["", "Empty"],
    ["   ", "String"],
    [null, undefined],
  ])("reads %p as a blank row", (value, type) => {
    expect(taskCell(value, type)).toEqual({ kind: "blank" });
  });

  it.each([
    [42, "Double", "number"],
    [true, "Boolean", "boolean"],
    ["#N/A", "Error", "error"],
    [{}, "Unknown", "other"],
  ])("skips %p with the reason %p", (value, type, reason) => {
    expect(taskCell(value, type)).toEqual({ kind: "skip", reason });
  });

  it("reads text that only looks like an error as text", () => {
    expect(taskCell("#N/A", "String")).toEqual({ kind: "text", text: "#N/A" });
  });
});

describe("cellText and hoursOf", () => {
  it("reads names, employee numbers and booleans; not errors", () => {
    expect(cellText(" Anna ", "String")).toBe("Anna");
    expect(cellText(1001, "Double")).toBe("1001");
    expect(cellText(0.1 + 0.2, "Double")).toBe("0.3");
    expect(cellText(false, "Boolean")).toBe("FALSE");
    expect(cellText("#N/A", "Error")).toBeUndefined();
    expect(cellText("", "Empty")).toBeUndefined();
  });

  it("reads hours from numbers and from text as owners type it", () => {
    expect(hoursOf(7.5, "Double")).toBe(7.5);
    expect(hoursOf("7,5 uur", "String")).toBe(7.5);
    expect(hoursOf("#VALUE!", "Error")).toBeUndefined();
    expect(hoursOf(true, "Boolean")).toBeUndefined();
  });
});
