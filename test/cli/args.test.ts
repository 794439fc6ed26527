import { parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/cli-error";

function failure(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  throw new Error(`expected ${argv.join(" ")} to fail`);
}

describe("parseArgs", () => {
  it("reads classify with every option, in both spellings", () => {
    expect(
      parseArgs([
        "classify",
        "tasks.csv",
        "--out",
        "out.xlsx",
        "--skills=skills.csv",
        "--rules",
        "rules.xlsx",
        "--lang",
        "NL",
        "--sheet",
        "Taken 2024",
        "--task-column",
        "Wat doe je",
      ])
    ).toEqual({
      kind: "classify",
      input: "tasks.csv",
      out: "out.xlsx",
      skills: "skills.csv",
      rules: "rules.xlsx",
      lang: "nl",
      sheet: "Taken 2024",
      taskColumn: "Wat doe je",
    });
  });

  it("defaults to English and accepts -o and a dash-led file after --", () => {
    expect(parseArgs(["classify", "-o", "x.csv", "--", "-tasks.csv"])).toMatchObject({
      input: "-tasks.csv",
      out: "x.csv",
      lang: "en",
    });
  });

  it("reads the rules command", () => {
    expect(parseArgs(["rules", "--lang", "nl", "--out", "regels.xlsx"])).toEqual({
      kind: "rules",
      lang: "nl",
      out: "regels.xlsx",
    });
  });

  it.each([["--help"], ["-h"], ["help"], ["classify", "--help"], ["rules", "-h"]])(
    "shows help for %j",
    (...argv) => {
      expect(parseArgs(argv)).toEqual({ kind: "help" });
    }
  );

  it.each([
    [[], /missing command/],
    [["sort", "x.csv"], /unknown command "sort"/],
    [["classify", "x.csv", "--bogus"], /unknown option --bogus/],
    [["rules", "--sheet", "x"], /unknown option --sheet/],
    [["classify"], /missing the tasks file/],
    [["classify", "a.csv", "b.csv"], /one tasks file/],
    [["classify", "a.csv", "--out"], /--out needs a value/],
    [["classify", "a.csv", "--out", "--lang", "nl"], /--out needs a value/],
    [["classify", "a.csv", "--lang", "fr"], /--lang must be en or nl/],
    [["classify", "a.csv", "--out", "x.csv", "--out", "y.csv"], /given twice/],
    [["rules", "rules.csv"], /--out rules.csv/],
  ] as [string[], RegExp][])("rejects %j", (argv, pattern) => {
    const message = failure(argv);
    expect(message).not.toContain("\n");
    expect(message).toMatch(pattern);
  });
});
