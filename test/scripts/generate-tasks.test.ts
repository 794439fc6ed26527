import { GENERATED_HEADER, generateTasks, toCsv } from "../../scripts/generate-tasks";
import { parseCsv } from "../../src/csv/csv";
import { detectColumns } from "../../src/core/columns";

describe("generateTasks", () => {
  it("gives the same rows for the same seed, and other rows for another", () => {
    expect(generateTasks(50, 7)).toEqual(generateTasks(50, 7));
    expect(generateTasks(50, 8)).not.toEqual(generateTasks(50, 7));
  });

  it("gives exactly n rows, none for n = 0", () => {
    expect(generateTasks(1234, 1)).toHaveLength(1234);
    expect(generateTasks(0, 1)).toEqual([]);
  });

  it("writes plausible rows: filled templates, hours in half hours from 0.5 to 16", () => {
    for (const row of generateTasks(2000, 3)) {
      expect(row.task).not.toMatch(/[{}]/);
      expect(row.employee.length).toBeGreaterThan(0);
      expect(row.role.length).toBeGreaterThan(0);
      expect(row.hours).toBeGreaterThanOrEqual(0.5);
      expect(row.hours).toBeLessThanOrEqual(16);
      expect(Number.isInteger(row.hours * 2)).toBe(true);
    }
  });

  it("mixes Dutch and English, and front- and back-office work", () => {
    const texts = generateTasks(2000, 5).map((row) => row.task);
    const share = (pattern: RegExp): number =>
      texts.filter((t) => pattern.test(t)).length / texts.length;
    expect(
      share(/\b(klant|klanten|leverancier|facturen|salarisadministratie|kassa|gasten)\b/i)
    ).toBeGreaterThan(0.15);
    expect(
      share(/\b(customer|customers|supplier|invoices|payroll|till|guests)\b/i)
    ).toBeGreaterThan(0.1);
    expect(share(/klant|customer|gast|guest|balie|desk|telefoon|phone/i)).toBeGreaterThan(0.25);
    expect(
      share(
        /leverancier|supplier|factu|invoice|salaris|payroll|btw|vat|netwerk|network|boekhoud|grootboek|ledger|urenstat|timesheet|contract|dossier|personnel|reconcile|bestelling|order/i
      )
    ).toBeGreaterThan(0.3);
  });

  it("has a realistic team: several people, each with one role", () => {
    const rows = generateTasks(1000, 2);
    const roles = new Map<string, Set<string>>();
    for (const row of rows)
      roles.set(row.employee, (roles.get(row.employee) ?? new Set()).add(row.role));
    expect(roles.size).toBeGreaterThanOrEqual(20);
    for (const set of roles.values()) expect(set.size).toBe(1);
  });
});

describe("toCsv", () => {
  it("round-trips through the CLI's CSV reader, with headers column detection finds", () => {
    const rows = generateTasks(300, 11);
    const parsed = parseCsv(toCsv(rows));
    expect(parsed.delimiter).toBe(",");
    expect(parsed.rows[0]).toEqual([...GENERATED_HEADER]);
    expect(parsed.rows.slice(1)).toEqual(
      rows.map((row) => [row.employee, row.role, row.task, String(row.hours)])
    );
    expect(detectColumns(parsed.rows[0])).toEqual({
      status: "ok",
      columns: { task: 2, employee: 0, role: 1, hours: 3 },
      hoursUnit: "week",
      headers: [...GENERATED_HEADER],
    });
  });
});
