import {
  computeMetrics,
  formatMetrics,
  inSplit,
  readLabelledRows,
  splitOf,
} from "../../scripts/eval-metrics";
import type { LabelledRow, Outcome } from "../../scripts/eval-metrics";
import type { OfficeType, Side } from "../../src/core/types";

function outcome(
  label: Side,
  got: OfficeType,
  lang = "en",
  source = "s1",
  id = "x-1",
  confidence = 0.5
): Outcome {
  const row: LabelledRow = { id, text: "t", lang, label, source };
  return { row, got, confidence };
}

describe("splitOf", () => {
  it.each([
    ["onet-1", "report"],
    ["onet-10", "tune"],
    ["onet-11271", "report"],
    ["sbb-042", "tune"],
    ["esco-0a1b-s3", "report"],
    ["esco-0a1b-s0", "tune"],
  ] as const)("%s is in the %s half by its last digit", (id, half) => {
    expect(splitOf(id)).toBe(half);
  });

  it("splits ids without a digit by hash, the same way every time", () => {
    const ids = Array.from(
      { length: 200 },
      (_, i) =>
        `row-${String.fromCharCode(97 + (i % 26))}${"x".repeat(i % 7)}${String.fromCharCode(97 + ((i * 7) % 26))}`
    );
    const halves = ids.map(splitOf);
    expect(ids.map(splitOf)).toEqual(halves);
    const report = halves.filter((half) => half === "report").length;
    expect(report).toBeGreaterThan(40);
    expect(report).toBeLessThan(160);
  });

  it("puts every id in exactly one half, and all in 'all'", () => {
    for (const id of ["onet-1", "onet-2", "abc", ""]) {
      expect(inSplit(id, "report")).not.toBe(inSplit(id, "tune"));
      expect(inSplit(id, "all")).toBe(true);
    }
  });
});

describe("readLabelledRows", () => {
  const file = { source: "file.csv" };

  it("reads the benchmark's columns by name, in any order, without its occupation as a role", () => {
    const read = readLabelledRows(
      [
        ["label", "ID", "text", "source", "lang", "occupation"],
        ["front", "onet-1", "Greet guests", "onet", "en", "Receptionists"],
        ["Back", "sbb-2", "Stelt de factuur op", "sbb", "nl", ""],
      ],
      file
    );
    expect(read.problems).toEqual([]);
    expect(read.hasIds).toBe(true);
    expect(read.rows).toEqual([
      { id: "onet-1", text: "Greet guests", lang: "en", label: "front", source: "onet" },
      { id: "sbb-2", text: "Stelt de factuur op", lang: "nl", label: "back", source: "sbb" },
    ]);
  });

  it("reads an owner's task list: task and role columns found by header, language from the file", () => {
    const read = readLabelledRows(
      [
        ["Medewerker", "Functie", "Taak", "Uren per week", "label"],
        ["Anna", "Receptionist", "Gasten ontvangen", "8", "Front office"],
        ["Bram", "", "Btw-aangifte", "2", "backoffice"],
      ],
      { source: "nl-hotel.csv", lang: "nl" }
    );
    expect(read.hasIds).toBe(false);
    expect(read.rows).toEqual([
      {
        id: "row 2",
        text: "Gasten ontvangen",
        lang: "nl",
        label: "front",
        source: "nl-hotel.csv",
        role: "Receptionist",
      },
      { id: "row 3", text: "Btw-aangifte", lang: "nl", label: "back", source: "nl-hotel.csv" },
    ]);
  });

  it("leaves rows labelled neither front nor back out of the scores, and says which rows have no text", () => {
    const read = readLabelledRows(
      [
        ["id", "text", "lang", "label", "source"],
        ["a1", "Greet guests", "en", "skip", "s"],
        ["a2", "", "en", "front", "s"],
        ["a3", "File invoices", "en", "back", "s"],
      ],
      file
    );
    expect(read.rows.map((row) => row.id)).toEqual(["a3"]);
    expect(read.unscored).toBe(1);
    expect(read.problems).toEqual(["Record 3 (a2): no text."]);
  });

  it("names what is missing", () => {
    expect(readLabelledRows([["id", "lang"]], file).problems).toEqual([
      "Missing column(s): text (or a task column), label.",
    ]);
    expect(readLabelledRows([], file).problems).toEqual(["The file is empty."]);
  });
});

describe("computeMetrics", () => {
  const outcomes = [
    outcome("front", "front", "en", "onet"),
    outcome("front", "back", "en", "onet"),
    outcome("front", "unclear", "nl", "esco"),
    outcome("back", "back", "nl", "esco"),
    outcome("back", "back", "nl", "sbb"),
    outcome("back", "front", "en", "onet"),
    outcome("back", "unclear", "en", "onet"),
    outcome("back", "back", "en", "onet"),
  ];
  const metrics = computeMetrics(outcomes);

  it("counts unclear as wrong", () => {
    expect(metrics.overall).toEqual({
      n: 8,
      correct: 4,
      unclear: 2,
      accuracy: 0.5,
      unclearRate: 0.25,
    });
  });

  it("breaks accuracy down by language, source and label", () => {
    expect(metrics.byLang.en).toEqual({
      n: 5,
      correct: 2,
      unclear: 1,
      accuracy: 0.4,
      unclearRate: 0.2,
    });
    expect(metrics.byLang.nl).toMatchObject({ n: 3, correct: 2 });
    expect(Object.keys(metrics.bySource)).toEqual(["esco", "onet", "sbb"]);
    expect(metrics.bySource.sbb).toMatchObject({ n: 1, correct: 1, accuracy: 1 });
    expect(metrics.byLabel.front).toMatchObject({ n: 3, correct: 1, unclear: 1 });
    expect(metrics.byLabel.back).toMatchObject({ n: 5, correct: 3, unclear: 1 });
  });

  it("fills the confusion matrix and precision", () => {
    expect(metrics.confusion).toEqual({
      front: { front: 1, back: 1, unclear: 1 },
      back: { front: 1, back: 3, unclear: 1 },
    });
    expect(metrics.precision.front).toBeCloseTo(0.5);
    expect(metrics.precision.back).toBeCloseTo(0.75);
  });

  it("gives zeros, not NaN, for no rows", () => {
    const empty = computeMetrics([]);
    expect(empty.overall).toEqual({ n: 0, correct: 0, unclear: 0, accuracy: 0, unclearRate: 0 });
    expect(empty.precision).toEqual({ front: 0, back: 0 });
    expect(JSON.stringify(empty)).not.toContain("null");
  });
});

describe("formatMetrics", () => {
  it("prints accuracy per group and the confusion matrix", () => {
    const text = formatMetrics(
      computeMetrics([
        outcome("front", "front"),
        outcome("back", "unclear"),
        outcome("back", "back", "nl"),
      ])
    );
    expect(text).toMatch(/overall\s+3\s+2\s+66\.7%\s+33\.3%/);
    expect(text).toMatch(/lang nl\s+1\s+1\s+100\.0%\s+0\.0%/);
    expect(text).toMatch(/back\s+0\s+1\s+1/);
    expect(text).toContain("Precision: front 100.0%, back 100.0%");
  });
});

describe("kinds of work and reliability", () => {
  it("reads a kind column and reports each kind", () => {
    const read = readLabelledRows(
      [
        ["Taak", "label", "kind"],
        ["Kapsel knippen", "front", "hands-on"],
        ["Vloer dweilen na sluiting", "back", "operational"],
        ["Facturen versturen", "back", ""],
      ],
      { source: "nl-kapper.csv" }
    );
    expect(read.rows.map((row) => row.kind)).toEqual(["hands-on", "operational", undefined]);
    const metrics = computeMetrics(
      read.rows.map((row) => ({ row, got: "back" as const, confidence: 0.7 }))
    );
    expect(Object.keys(metrics.byKind)).toEqual(["hands-on", "operational"]);
    expect(metrics.byKind["hands-on"]).toMatchObject({ n: 1, correct: 0 });
    expect(metrics.byKind.operational).toMatchObject({ n: 1, correct: 1 });
    expect(formatMetrics(metrics)).toContain("kind operational");
  });

  it("has no kind rows when no row says its kind", () => {
    expect(computeMetrics([outcome("front", "front")]).byKind).toEqual({});
  });

  it("bands the answers with a side by confidence, with their mean and how many were right", () => {
    const metrics = computeMetrics([
      outcome("front", "front", "en", "s1", "a-1", 0.1),
      outcome("back", "front", "en", "s1", "a-2", 0.3),
      outcome("front", "front", "en", "s1", "a-3", 0.9),
      outcome("back", "back", "en", "s1", "a-4", 1),
      outcome("front", "unclear", "en", "s1", "a-5", 0.05),
    ]);
    expect(metrics.reliability.map((band) => band.n)).toEqual([1, 1, 0, 0, 2]);
    expect(metrics.reliability[1]).toEqual({
      from: 0.2,
      to: 0.4,
      n: 1,
      meanConfidence: 0.3,
      accuracy: 0,
    });
    expect(metrics.reliability[4].meanConfidence).toBeCloseTo(0.95);
    expect(metrics.reliability[4].accuracy).toBe(1);
    const text = formatMetrics(metrics);
    expect(text).toContain("Reliability");
    expect(text).toMatch(/80-100%\s+2\s+95\.0%\s+100\.0%/);
  });
});

describe("a parallel corpus", () => {
  const read = readLabelledRows(
    [
      ["id", "label", "kind", "trade", "en", "nl"],
      ["p001", "back", "operational", "shop", "Restock the shelves", "Schappen bijvullen"],
      ["p002", "front", "hands-on", "salon", "Haircut", "Knippen"],
      ["p003", "front", "office", "shop", "Answer customer e-mails", ""],
    ],
    { source: "parallel.csv" }
  );

  it("reads each task once per language, as a pair", () => {
    expect(read.rows.map((row) => [row.id, row.lang, row.text, row.pair])).toEqual([
      ["p001", "en", "Restock the shelves", "p001"],
      ["p001", "nl", "Schappen bijvullen", "p001"],
      ["p002", "en", "Haircut", "p002"],
      ["p002", "nl", "Knippen", "p002"],
    ]);
    expect(read.problems).toEqual(["Record 4 (p003): no text."]);
    expect(read.hasIds).toBe(true);
  });

  it("counts the pairs that got the same side in both languages", () => {
    const answers = ["back", "back", "unclear", "unclear"] as const;
    const metrics = computeMetrics(
      read.rows.map((row, i) => ({ row, got: answers[i], confidence: 0.5 }))
    );
    expect(metrics.pairs).toEqual({ n: 2, alike: 1 });
    expect(formatMetrics(metrics)).toContain(
      "Pairs: 1 of 2 tasks (50.0%) got the same side in both languages"
    );
  });

  it("has no pair figures for an ordinary task list", () => {
    expect(computeMetrics([outcome("front", "front")]).pairs).toBeUndefined();
    expect(formatMetrics(computeMetrics([outcome("front", "front")]))).not.toContain("Pairs:");
  });
});
