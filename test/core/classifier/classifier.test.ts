/**
 * The classifier as a whole: a role read as a weaker signal, and the built-in rules on the hard
 * cases of the domain. Each reading step has its own tests beside this file.
 */
import { createClassifier } from "../../../src/core/classifier/classifier";
import { ROLE_FACTOR } from "../../../src/core/classifier/tuning";
import { BUILTIN_RULES } from "../../../src/core/rules/builtin";
import { SMALL } from "./small-rules";

const builtin = createClassifier(BUILTIN_RULES);
const small = createClassifier(SMALL);

describe("role", () => {
  it("uses the role as a weaker signal than the task", () => {
    const d = small.classify({ text: "Monday", role: "Adviseur" });
    expect(d.officeType).toBe("front");
    expect(d.reasons[0]).toMatchObject({ source: "role", weight: 2 * ROLE_FACTOR });
    expect(small.classify({ text: "Facturen", role: "Adviseur" }).officeType).toBe("back");
  });
});

describe("the built-in rules on the hard cases of the domain", () => {
  it.each([
    ["Bel leverancier over late levering", "back"],
    ["Bel klant over late levering", "front"],
    ["Call the supplier about the order", "back"],
    ["Call the customer about the order", "front"],
    ["Administratie zonder klantcontact", "back"],
    ["Data entry, no customer contact", "back"],
    ["Interne helpdesk: laptops van medewerkers", "back"],
    ["Klantenhelpdesk bemannen", "front"],
    ["Salarisadministratie", "back"],
    ["Debiteurenbeheer", "back"],
    ["Kassamedewerker aflossen", "front"],
    ["Klachtenafhandeling", "front"],
    ["Invoicing", "back"],
  ] as const)("%s -> %s", (text, side) => {
    expect(builtin.classify({ text }).officeType).toBe(side);
  });
});
