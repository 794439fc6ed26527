import { hoursUnitOf } from "../../src/core/hours-unit";

describe("hoursUnitOf", () => {
  it.each([
    ["Uren p/w", "week"],
    ["Hours per week", "week"],
    ["Weekend hours", undefined],
    ["Hours/month", "month"],
    ["Uren per maand", "month"],
    ["Hours per week or month", undefined],
    ["Hours per year", undefined],
    ["", undefined],
  ])("%j -> %j", (header, unit) => {
    expect(hoursUnitOf(header)).toBe(unit);
  });
});
