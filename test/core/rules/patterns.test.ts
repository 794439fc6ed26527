import { inflections, parsePhrase } from "../../../src/core/rules/patterns";

describe("parsePhrase", () => {
  it.each([
    ["klant", [{ kind: "word", text: "klant" }]],
    ["klant*", [{ kind: "prefix", text: "klant" }]],
    ["*klant", [{ kind: "suffix", text: "klant" }]],
    ["*klant*", [{ kind: "infix", text: "klant" }]],
    [
      "No Customer  Contact",
      [
        { kind: "word", text: "no" },
        { kind: "word", text: "customer" },
        { kind: "word", text: "contact" },
      ],
    ],
    [
      "back-up*",
      [
        { kind: "word", text: "back" },
        { kind: "prefix", text: "up" },
      ],
    ],
    ["Cliënt", [{ kind: "word", text: "client" }]],
  ])("reads %s", (phrase, words) => {
    expect(parsePhrase(phrase)).toEqual({ ok: true, words });
  });

  it.each([
    ["", { code: "empty-phrase" }],
    ["   ", { code: "empty-phrase" }],
    ["*", { code: "no-letters", part: "*" }],
    ["kl*ant", { code: "misplaced-star", part: "kl*ant" }],
    ["--", { code: "no-letters", part: "--" }],
  ])("rejects %j and says why", (phrase, problem) => {
    expect(parsePhrase(phrase)).toEqual({ ok: false, ...problem });
  });
});

describe("inflections", () => {
  it.each([
    ["invoice", ["invoices", "invoicing", "invoiced"]],
    ["klant", ["klanten"]],
    ["factuur", ["facturen"]],
    ["afspraak", ["afspraken"]],
    ["gesprek", ["gesprekken"]],
    ["plan", []],
    ["planner", ["planners"]],
    ["inquiry", ["inquiries"]],
    ["shop", []],
    ["complaint", ["complaints"]],
  ])("%s also matches %j", (word, forms) => {
    const all = inflections(word);
    for (const form of forms) expect(all).toContain(form);
    expect(all).not.toContain(word);
  });

  it("leaves short words and words with digits exact", () => {
    expect(inflections("btw")).toEqual([]);
    expect(inflections("hr")).toEqual([]);
    expect(inflections("ab12")).toEqual([]);
  });
});
