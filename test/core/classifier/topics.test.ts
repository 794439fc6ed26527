/** Step 4: what a contact is about weighs less than whom it is with. */
import { createClassifier } from "../../../src/core/classifier/classifier";
import { FIRST_FACTOR } from "../../../src/core/classifier/tuning";
import { SMALL } from "./small-rules";

const small = createClassifier(SMALL);

describe("what a contact is about", () => {
  it("halves what a contact with a customer is about: explaining tax to customers is front", () => {
    const d = small.classify({ text: "Advise customers on tax" });
    expect(d.officeType).toBe("front");
    expect(d.scores).toEqual({ front: 2 * FIRST_FACTOR + 3, back: 1.5 });
    expect(small.classify({ text: "Tax for customers" }).scores).toEqual({
      front: 2,
      back: 3 * FIRST_FACTOR,
    });
  });

  it("halves the other side's words after about, over, regarding: what the contact is about", () => {
    const d = small.classify({ text: "Advise customers about tax, and send invoices" });
    expect(d.officeType).toBe("front");
    expect(d.scores).toEqual({ front: 2 * FIRST_FACTOR + 3, back: 1.5 + 1.5 });
    expect(small.classify({ text: "Tax. Customers" }).scores.back).toBe(3 * FIRST_FACTOR);
  });
});
