/**
 * The fake must run in a browser demo page too: no Node module, no Node global. Its files import
 * only each other and the adapter's API types.
 */

import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const FAKE_DIR = join(__dirname, "../../src/fake-excel");

describe("the fake Excel is portable", () => {
  const files = readdirSync(FAKE_DIR).filter((file) => file.endsWith(".ts"));

  it.each(files)("%s imports only the fake and the adapter's API types", (file) => {
    const text = readFileSync(join(FAKE_DIR, file), "utf8");
    const imports = [...text.matchAll(/from "([^"]+)"/g)].map((match) => match[1]);
    for (const source of imports) {
      expect(source.startsWith("./") || source === "../excel/excel-api").toBe(true);
    }
    expect(text).not.toMatch(/\b(require\(|process\.|Buffer\b|__dirname)/);
  });
});
