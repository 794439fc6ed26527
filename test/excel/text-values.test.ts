import { enterValue } from "../../src/fake-excel/entry";
import {
  fitCell,
  MAX_CELL_CHARS,
  staysText,
  textValue,
  valueBytes,
} from "../../src/excel/text-values";

describe("textValue", () => {
  it.each([
    ["Front office"],
    ["Anna de Vries"],
    ["Interpersonal skills 2, Conflict handling 3"],
    ["Überstunden"],
  ])("writes %p as it is: Excel keeps it", (text) => {
    expect(textValue(text)).toBe(text);
  });

  it.each([
    ["=SUM(A1)"],
    ["+31 6 1234"],
    ["-5"],
    ["@anna"],
    ["'t Hooft"],
    ["0612"],
    ["2024-03-05"],
    ["TRUE"],
    ["waar"],
    ["May 5"],
    ["#N/A"],
    ["50%"],
    ["*klant*"],
  ])("puts an apostrophe before %p, so Excel keeps exactly that text", (text) => {
    expect(textValue(text)).toBe(`'${text}`);
    expect(staysText(text)).toBe(false);
    // What the fake (as Excel) makes of the written value: the same text, as text.
    expect(enterValue(textValue(text))).toEqual({ value: text, quotePrefix: true });
  });

  it("leaves the empty string empty", () => {
    expect(textValue("")).toBe("");
  });

  it("cuts text to what a cell holds, apostrophe included, and marks the cut", () => {
    const long = "x".repeat(MAX_CELL_CHARS + 10);
    expect(textValue(long)).toHaveLength(MAX_CELL_CHARS);
    expect(textValue(long).endsWith("…")).toBe(true);
    expect(textValue(`=${long}`)).toHaveLength(MAX_CELL_CHARS);
    expect(fitCell("short")).toBe("short");
  });
});

describe("valueBytes", () => {
  it("estimates a value's JSON bytes in UTF-8, never below the real size", () => {
    for (const value of ["plain", 'quote " and \\', "ë", "€", 12.5, true, ""]) {
      const real = new TextEncoder().encode(JSON.stringify(value)).length;
      expect(valueBytes(value)).toBeGreaterThanOrEqual(real);
      expect(valueBytes(value)).toBeLessThanOrEqual(real + 2);
    }
  });
});
