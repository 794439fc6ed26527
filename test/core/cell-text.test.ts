import { cellText } from "../../src/core/cell-text";

describe("cellText", () => {
  it("reads text without the spaces around it", () => {
    expect(cellText("  Anna ")).toBe("Anna");
    expect(cellText("Hours\tper week\n")).toBe("Hours\tper week");
    expect(cellText("   ")).toBe("");
  });

  it("reads a number as Excel shows it in General format", () => {
    expect(cellText(1001)).toBe("1001");
    expect(cellText(7.5)).toBe("7.5");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(-0.5)).toBe("-0.5");
    expect(cellText(1e21)).toBe("1e+21");
  });

  it("gives a number that is not finite no text", () => {
    expect(cellText(NaN)).toBe("");
    expect(cellText(Infinity)).toBe("");
  });

  it("reads a boolean as Excel shows it, TRUE or FALSE", () => {
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(false)).toBe("FALSE");
  });

  it("gives anything else no text", () => {
    for (const value of [null, undefined, {}, [], { error: "#N/A" }, new Date(0), () => 1, 1n]) {
      expect(cellText(value)).toBe("");
    }
  });
});
