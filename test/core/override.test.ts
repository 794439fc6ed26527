import { parseOverride } from "../../src/core/override";

describe("parseOverride", () => {
  it.each(["Front office", "front office", "FRONTOFFICE", "Front-office", " front ", "FO"])(
    "reads %j as front",
    (value) => {
      expect(parseOverride(value)).toEqual({ side: "front" });
    }
  );

  it.each(["Back office", "Backoffice", "back", "BO", "Back-Office"])(
    "reads %j as back",
    (value) => {
      expect(parseOverride(value)).toEqual({ side: "back" });
    }
  );

  it.each([undefined, null, "", "   ", {}])("reads %j as no override", (value) => {
    expect(parseOverride(value)).toEqual({});
  });

  it("keeps what it did not understand, so the owner can be told", () => {
    expect(parseOverride(" maybe ")).toEqual({ invalid: "maybe" });
    expect(parseOverride(42)).toEqual({ invalid: "42" });
    expect(parseOverride(true)).toEqual({ invalid: "TRUE" });
  });
});
