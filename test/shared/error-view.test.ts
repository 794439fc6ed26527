import { FrontBackError } from "../../src/excel/errors";
import { errorView } from "../../src/shared/error-view";

describe("errorView", () => {
  it("shows a FrontBackError's own words and folds the technical cause", () => {
    const error = new FrontBackError(
      "cell-edit-mode",
      { en: "Excel is busy", nl: "Excel is bezig" },
      { code: "InvalidOperationInCellEditMode", message: "edit" }
    );
    expect(errorView(error, "nl")).toEqual({
      message: "Excel is bezig",
      technical: "InvalidOperationInCellEditMode: edit",
    });
  });

  it("words anything else plainly and keeps what it was for the details", () => {
    const view = errorView(new TypeError("x is undefined"), "en");
    expect(view.message).toMatch(/Something went wrong/);
    expect(view.technical).toBe("TypeError: x is undefined");
    expect(errorView("boom", "nl").technical).toBe("boom");
  });
});
