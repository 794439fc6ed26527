import {
  CORE_SKILLS,
  SKILL_CATALOGUE,
  findSkill,
  skillLabel,
  skillsNeeded,
} from "../../src/core/skills";
import { applyOverride } from "../../src/core/override";
import type { Decision, OfficeType, Reason, Side, SkillNeed } from "../../src/core/types";

function reason(side: Side, skills: SkillNeed[], extra: Partial<Reason> = {}): Reason {
  return {
    ruleId: `rule-${side}`,
    side,
    phrase: "word",
    matched: "word",
    weight: 1,
    source: "task",
    negated: false,
    skills,
    ...extra,
  };
}

/** The classifier's decision, then the owner's override on it when one is given, as a run applies it. */
function decision(officeType: OfficeType, reasons: Reason[] = [], override?: Side): Decision {
  const classified: Decision = {
    officeType,
    confidence: 0.8,
    reasons,
    scores: { front: 0, back: 0 },
  };
  return override === undefined ? classified : applyOverride(classified, override);
}

describe("SKILL_CATALOGUE", () => {
  it("holds the 14 skills of domain.md in their order, with both labels", () => {
    expect(
      SKILL_CATALOGUE.map((def) => [
        def.id,
        def.side,
        skillLabel(def.id, "en"),
        skillLabel(def.id, "nl"),
      ])
    ).toEqual([
      ["interpersonal", "front", "Interpersonal skills", "Interpersoonlijke vaardigheden"],
      ["clarity", "front", "Clear communication", "Duidelijk communiceren"],
      ["listening", "front", "Active listening", "Actief luisteren"],
      ["friendliness", "front", "Friendly manner", "Vriendelijkheid"],
      ["patience", "front", "Patience", "Geduld"],
      ["questioning", "front", "Questioning techniques", "Vraagtechnieken"],
      ["conflict", "front", "Conflict handling", "Conflicthantering"],
      ["basic-computer", "front", "Basic computer skills", "Basisvaardigheden computer"],
      [
        "correspondence",
        "back",
        "Oral and written communication",
        "Mondelinge en schriftelijke communicatie",
      ],
      ["numeracy", "back", "Working with numbers", "Cijfermatig inzicht"],
      ["organising", "back", "Organising", "Organisatievermogen"],
      ["filing", "back", "Accurate, on-time filing", "Nauwkeurig en tijdig archiveren"],
      ["office-software", "back", "Office and accounting software", "Kantoor- en boekhoudsoftware"],
      ["advanced-it", "back", "Advanced IT (networks, systems)", "Geavanceerde IT-kennis"],
    ]);
  });

  it("gives each side core skills that belong to that side", () => {
    expect(CORE_SKILLS.front).toEqual(["interpersonal", "clarity", "listening", "friendliness"]);
    expect(CORE_SKILLS.back).toEqual(["correspondence", "organising", "office-software"]);
    for (const side of ["front", "back"] as const) {
      for (const id of CORE_SKILLS[side]) {
        expect(SKILL_CATALOGUE.find((def) => def.id === id)?.side).toBe(side);
      }
    }
  });
});

describe("skillLabel", () => {
  it("names a skill in English or Dutch", () => {
    expect(skillLabel("conflict", "en")).toBe("Conflict handling");
    expect(skillLabel("conflict", "nl")).toBe("Conflicthantering");
    expect(skillLabel("office-software", "nl")).toBe("Kantoor- en boekhoudsoftware");
  });
});

describe("findSkill", () => {
  it.each([
    ["patience", "patience"],
    ["Patience", "patience"],
    ["Geduld", "patience"],
    ["GEDULD", "patience"],
    ["Conflicthantering", "conflict"],
    ["conflict handling", "conflict"],
    ["Conflict-Handling", "conflict"],
    ["vriendelijkheid ", "friendliness"],
    ["Vriéndelijkheid", "friendliness"],
    ["  Active   listening  ", "listening"],
    ["basic-computer", "basic-computer"],
    ["Basic computer", "basic-computer"],
    ["office software", "office-software"],
    ["Kantoor en boekhoudsoftware", "office-software"],
    ["Accurate on-time filing", "filing"],
    ["Accurate, on time filing", "filing"],
    ["Advanced IT (networks, systems)", "advanced-it"],
    ["Advanced IT", "advanced-it"],
    ["Geavanceerde IT kennis", "advanced-it"],
    ["Mondelinge en schriftelijke communicatie", "correspondence"],
    ["cijfermatig inzicht", "numeracy"],
  ])("finds %j as %s", (header, id) => {
    expect(findSkill(header)).toBe(id);
  });

  it.each([
    ["Typing"],
    [""],
    ["   "],
    ["Employee"],
    [3],
    [null],
    [undefined],
    [{}],
    [["patience"]],
  ])("finds no skill in %j", (header) => {
    expect(findSkill(header)).toBeUndefined();
  });
});

describe("skillsNeeded", () => {
  it("needs the front core skills at a working level for a plain front-office task", () => {
    expect(skillsNeeded(decision("front"))).toEqual([
      { skill: "interpersonal", level: 2 },
      { skill: "clarity", level: 2 },
      { skill: "listening", level: 2 },
      { skill: "friendliness", level: 2 },
    ]);
  });

  it("needs the back core skills at a working level for a plain back-office task", () => {
    expect(skillsNeeded(decision("back"))).toEqual([
      { skill: "correspondence", level: 2 },
      { skill: "organising", level: 2 },
      { skill: "office-software", level: 2 },
    ]);
  });

  it("needs nothing for an unclear task without reasons", () => {
    expect(skillsNeeded(decision("unclear"))).toEqual([]);
  });

  it("adds the skills of the reasons for the decided side, in catalogue order", () => {
    const needs = skillsNeeded(
      decision("front", [
        reason("front", [{ skill: "conflict", level: 3 }]),
        reason("front", [{ skill: "patience", level: 3 }]),
      ])
    );
    expect(needs.map((n) => n.skill)).toEqual([
      "interpersonal",
      "clarity",
      "listening",
      "friendliness",
      "patience",
      "conflict",
    ]);
    expect(needs.find((n) => n.skill === "conflict")?.level).toBe(3);
  });

  it("leaves out the skills of reasons for the other side", () => {
    const needs = skillsNeeded(
      decision("front", [
        reason("front", [{ skill: "conflict", level: 3 }]),
        reason("back", [{ skill: "numeracy", level: 3 }]),
      ])
    );
    expect(needs.some((n) => n.skill === "numeracy")).toBe(false);
  });

  it("keeps the highest level asked for a skill", () => {
    const needs = skillsNeeded(
      decision("front", [
        reason("front", [{ skill: "interpersonal", level: 4 }]),
        reason("front", [
          { skill: "conflict", level: 2 },
          { skill: "clarity", level: 1 },
        ]),
        reason("front", [{ skill: "conflict", level: 3 }]),
      ])
    );
    expect(needs.find((n) => n.skill === "interpersonal")?.level).toBe(4);
    expect(needs.find((n) => n.skill === "clarity")?.level).toBe(2);
    expect(needs.find((n) => n.skill === "conflict")?.level).toBe(3);
  });

  it("follows the override, not the classifier's side", () => {
    const needs = skillsNeeded(
      decision("front", [reason("front", [{ skill: "conflict", level: 3 }])], "back")
    );
    expect(needs).toEqual([
      { skill: "correspondence", level: 2 },
      { skill: "organising", level: 2 },
      { skill: "office-software", level: 2 },
    ]);
  });

  it("adds the skills of reasons that agree with the override", () => {
    const needs = skillsNeeded(
      decision("back", [reason("front", [{ skill: "conflict", level: 3 }])], "front")
    );
    expect(needs.find((n) => n.skill === "conflict")?.level).toBe(3);
    expect(needs.some((n) => n.skill === "organising")).toBe(false);
  });

  it("lists the skills of all reasons for an unclear task, without core skills", () => {
    const needs = skillsNeeded(
      decision("unclear", [
        reason("front", [{ skill: "conflict", level: 3 }]),
        reason("back", [{ skill: "numeracy", level: 3 }]),
      ])
    );
    expect(needs).toEqual([
      { skill: "conflict", level: 3 },
      { skill: "numeracy", level: 3 },
    ]);
  });

  it("adds nothing for a negated reason, whose skills are empty", () => {
    const needs = skillsNeeded(
      decision("back", [
        reason("back", [], { negated: true, matched: "no customer contact" }),
        reason("back", [{ skill: "numeracy", level: 3 }]),
      ])
    );
    expect(needs.map((n) => n.skill)).toEqual([
      "correspondence",
      "numeracy",
      "organising",
      "office-software",
    ]);
  });
});
