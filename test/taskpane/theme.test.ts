import { themeOfBackground } from "../../src/taskpane/theme";

describe("themeOfBackground", () => {
  it.each([
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["#FFFFFF", "light"],
    ["#e6e6e6", "light"],
    ["1f1f1f", "dark"],
  ])("reads %s as %s", (colour, theme) => {
    expect(themeOfBackground(colour)).toBe(theme);
  });

  it("gives no answer without a colour, so the system's scheme decides", () => {
    expect(themeOfBackground(undefined)).toBeUndefined();
    expect(themeOfBackground("white")).toBeUndefined();
  });
});
