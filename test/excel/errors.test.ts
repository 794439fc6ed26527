import { FrontBackError, officeErrorCode, toFrontBackError } from "../../src/excel/errors";
import { officeError } from "../../src/fake-excel/errors";

describe("toFrontBackError", () => {
  it.each([
    [
      "InvalidOperationInCellEditMode",
      "cell-edit-mode",
      "Press Enter or Esc",
      "Druk op Enter of Esc",
    ],
    ["AccessDenied", "access-denied", "protected", "beveiligd"],
    ["ItemNotFound", "not-found", "deleted or renamed", "verwijderd of hernoemd"],
    ["InvalidArgument", "rejected", "merged cells", "samengevoegde cellen"],
    ["RequestPayloadSizeLimitExceeded", "too-large", "5 MB", "5 MB"],
    ["ApiNotFound", "unsupported", "Excel 2016 or later", "Excel 2016 of later"],
    ["GeneralException", "unexpected", "unexpected", "onverwachts"],
  ])("maps %s to plain words in English and Dutch, keeping the cause", (code, mapped, en, nl) => {
    const cause = officeError(code, "Range.values");
    const error = toFrontBackError(cause);
    expect(error.code).toBe(mapped);
    expect(error.texts.en).toContain(en);
    expect(error.texts.nl).toContain(nl);
    expect(error.messageIn("nl")).toBe(error.texts.nl);
    expect(error.technical).toContain(code);
    expect(error.technical).toContain("at Range.values");
    expect(error.cause).toBe(cause);
  });

  it("says when results were partly written", () => {
    const error = toFrontBackError(officeError("ItemNotFound", "Worksheet.getItem"), true);
    expect(error.texts.en).toContain("running it again finishes the job");
    expect(error.texts.nl).toContain("start FrontBack opnieuw om het af te maken");
  });

  it("reports a programming error as unexpected, with its message as the technical detail", () => {
    const error = toFrontBackError(new TypeError("x is not a function"));
    expect(error.code).toBe("unexpected");
    expect(error.technical).toBe("TypeError: x is not a function");
    expect(officeErrorCode(new TypeError("x"))).toBeUndefined();
  });

  it("keeps a FrontBackError as it is", () => {
    const original = new FrontBackError("no-tasks", { en: "a", nl: "b" });
    expect(toFrontBackError(original)).toBe(original);
  });
});
