import { csvField, detectDelimiter, formatCsv, parseCsv } from "../../src/csv/csv";
import { guardCsvText, isFormulaLike } from "../../src/csv/formula-guard";

describe("parseCsv", () => {
  it("drops a UTF-8 BOM so the first header reads as typed", () => {
    const parsed = parseCsv("\ufeffTask,Hours\r\nPayroll,8\r\n");
    expect(parsed.rows).toEqual([
      ["Task", "Hours"],
      ["Payroll", "8"],
    ]);
    expect(parsed.delimiter).toBe(",");
  });

  it("detects semicolons from the header, ignoring semicolons inside quotes", () => {
    expect(detectDelimiter('Taak;Uren;Medewerker\n"a,b,c";1;x')).toBe(";");
    expect(detectDelimiter('"Taak;met;puntkomma",Uren\n')).toBe(",");
    expect(parseCsv("Taak;Uren\nSalarisadministratie;7,5\n").rows).toEqual([
      ["Taak", "Uren"],
      ["Salarisadministratie", "7,5"],
    ]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    const parsed = parseCsv(
      'Task,Note\r\n"Call ""Acme"", then file","line one\r\nline two"\r\nx,"a\nb"\n'
    );
    expect(parsed.rows).toEqual([
      ["Task", "Note"],
      ['Call "Acme", then file', "line one\r\nline two"],
      ["x", "a\nb"],
    ]);
    expect(parsed.unclosedQuoteRow).toBeUndefined();
  });

  it("keeps empty fields, including a trailing one, and drops blank lines at the end", () => {
    expect(parseCsv("a,,c,\n,,,\n\n\r\n  \n").rows).toEqual([["a", "", "c", ""]]);
    expect(parseCsv("a,b").rows).toEqual([["a", "b"]]);
    expect(parseCsv("a,b,").rows).toEqual([["a", "b", ""]]);
  });

  it("keeps blank lines in the middle, so row numbers match the file", () => {
    expect(parseCsv("Task\n\nPayroll\n").rows).toEqual([["Task"], [""], ["Payroll"]]);
  });

  it("honours Excel's sep= line", () => {
    const parsed = parseCsv("sep=;\r\nTask,with comma;Hours\r\nx;1\r\n");
    expect(parsed.delimiter).toBe(";");
    expect(parsed.rows[0]).toEqual(["Task,with comma", "Hours"]);
  });

  it("accepts CR-only line ends (old Mac exports)", () => {
    expect(parseCsv("a,b\rc,d\r").rows).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("reports the row where a quote is opened and never closed", () => {
    expect(parseCsv('Task\nok\n"never closed\nmore\n').unclosedQuoteRow).toBe(3);
  });

  it("keeps text after a closing quote, as Excel does", () => {
    expect(parseCsv('"a"b,c\n').rows).toEqual([["ab", "c"]]);
  });
});

describe("formatCsv", () => {
  it("quotes only fields that need it and ends every record with CRLF", () => {
    expect(formatCsv([["a", "b,c", 'say "hi"', "two\nlines"]], ",")).toBe(
      'a,"b,c","say ""hi""","two\nlines"\r\n'
    );
    expect(formatCsv([["a;b", "c,d"]], ";")).toBe('"a;b";c,d\r\n');
    expect(formatCsv([], ",")).toBe("");
  });

  it("round-trips any text through parseCsv", () => {
    const rows = [
      ["Task", "Note", "Empty"],
      ['He said "no", twice', "multi\r\nline; with ;", ""],
      ["ünïcödé — ok", " spaced ", "'quoted"],
    ];
    for (const delimiter of [",", ";"] as const) {
      expect(parseCsv(formatCsv(rows, delimiter)).rows).toEqual(rows);
    }
  });

  it("writes 200,000 rows and reads them back in well under the time budget", () => {
    const rows: string[][] = [["Task", "Employee", "Hours"]];
    for (let i = 0; i < 200_000; i++)
      rows.push([`Prepare payroll, run ${i}`, `Anna ${i % 50}`, "7,5"]);
    const started = Date.now();
    const text = formatCsv(rows, ";");
    const parsed = parseCsv(text);
    const elapsed = Date.now() - started;
    expect(parsed.rows.length).toBe(rows.length);
    expect(parsed.rows[123_456]).toEqual(rows[123_456]);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe("formula guard", () => {
  it.each(["=SUM(A1:A2)", "+31 6 1234", "-cmd", "@user", "\tx", "\rx", "=1+1", "-", "+"])(
    "prefixes %j with a quote",
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
      expect(guardCsvText(text)).toBe(`'${text}`);
    }
  );

  it.each(["-5", "+3.5", "-7,5", "-.5", "Payroll", "", "a=b", "'=already"])(
    "leaves %j alone",
    (text) => {
      expect(guardCsvText(text)).toBe(text);
    }
  );

  it("applies the guard before quoting", () => {
    expect(csvField('=HYPERLINK("x")', ",")).toBe('"\'=HYPERLINK(""x"")"');
  });
});
