/** 100,000 rows: every row classified, in blocks Excel on the web accepts, in few round trips. */

import { classifyActiveSheet } from "../../src/excel/classify-sheet";
import { columnValues, valueAt } from "../../src/fake-excel/builders";
import { WEB_PAYLOAD_LIMIT } from "../../src/fake-excel/fake-excel";
import { largeTaskWorkbook } from "../../scripts/large-sheet";
import { FRONT_TASK, taskWorkbook } from "./helpers";

const ROWS = 100_000;
const BLOCK_ROWS = 5_000;

describe("classifyActiveSheet on 100,000 rows", () => {
  it("classifies every row in 2 + 1 per block round trips, each request and response under 5 MB", async () => {
    const fake = largeTaskWorkbook(ROWS);
    const result = await classifyActiveSheet({}, fake.host());
    if (result.status !== "ok") throw new Error(result.error.technical);
    expect(result.counts.front + result.counts.back + result.counts.unclear).toBe(ROWS);
    const blocks = Math.ceil(ROWS / BLOCK_ROWS);
    expect(result.roundTrips).toBe(fake.roundTrips);
    expect(fake.roundTrips).toBeLessThanOrEqual(2 + blocks);
    expect(fake.largestRequestBytes).toBeLessThanOrEqual(4_500_000);
    expect(fake.largestResponseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(fake.requests.every((request) => request.failed === undefined)).toBe(true);
    expect(valueAt(fake, "Tasks", "E2")).toMatch(/office|Unclear/);
    expect(valueAt(fake, "Tasks", `E${ROWS + 1}`)).toMatch(/office|Unclear/);
  }, 120_000);
});

describe("classifyActiveSheet on long task texts", () => {
  it("asks again with a smaller first block when it is too large for Excel on the web, before writing", async () => {
    const long = `${FRONT_TASK} `.repeat(50);
    const fake = taskWorkbook(Array.from({ length: 5_000 }, () => [long, "Anna", 1]));
    const result = await classifyActiveSheet({}, fake.host());
    if (result.status !== "ok") throw new Error(result.error.technical);
    expect(fake.requests.map((r) => r.failed).filter((code) => code !== undefined)).toEqual([
      "ResponsePayloadSizeLimitExceeded",
    ]);
    const answered = fake.requests.filter((request) => request.failed === undefined);
    expect(Math.max(...answered.map((request) => request.responseBytes))).toBeLessThan(
      WEB_PAYLOAD_LIMIT
    );
    expect(columnValues(fake, "Tasks", "D", 5_000, 2)).toEqual(["Front office", "Front office"]);
  }, 60_000);
});
