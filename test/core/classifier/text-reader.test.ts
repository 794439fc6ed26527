/** Step 1 and the signals read from it: the words that carry meaning and where they stand. */
import { createClassifier } from "../../../src/core/classifier/classifier";
import { FIRST_FACTOR } from "../../../src/core/classifier/tuning";
import { SMALL } from "./small-rules";

const small = createClassifier(SMALL);

describe("examples of the job", () => {
  it("halves examples after such as, including, zoals: the words before say what the job is", () => {
    expect(small.classify({ text: "Advise customers, such as invoices" }).scores).toEqual({
      front: 2 * FIRST_FACTOR + 3,
      back: 1.5,
    });
    expect(small.classify({ text: "Facturen, zoals voor klanten" }).scores).toEqual({
      front: 1,
      back: 3 * FIRST_FACTOR,
    });
  });
});
