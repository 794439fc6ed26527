import fc from "fast-check";

import { BLOCK_LIMITS, planBlocks, rowsPerBlock } from "../../src/excel/plan-blocks";

describe("planBlocks", () => {
  it("cuts at 5,000 rows", () => {
    expect(planBlocks(12_000, () => 10).map((b) => [b.start, b.count])).toEqual([
      [0, 5000],
      [5000, 5000],
      [10_000, 2000],
    ]);
  });

  it("cuts at about 4 MB", () => {
    const blocks = planBlocks(3000, () => 2000);
    expect(blocks.map((b) => b.count)).toEqual([2000, 1000]);
    expect(blocks[0].bytes).toBe(4_000_000);
  });

  it("gives a row too large for a block a block of its own", () => {
    expect(planBlocks(3, (row) => (row === 1 ? 9_000_000 : 10)).map((b) => b.count)).toEqual([
      1, 1, 1,
    ]);
  });

  it("plans nothing for no rows", () => {
    expect(planBlocks(0, () => 1)).toEqual([]);
  });

  it("covers every row once, in order, within the limits", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50_000 }), { maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 200_000 }),
        (sizes, maxRows, maxBytes) => {
          const blocks = planBlocks(sizes.length, (row) => sizes[row], { maxRows, maxBytes });
          let next = 0;
          for (const block of blocks) {
            expect(block.start).toBe(next);
            expect(block.count).toBeGreaterThan(0);
            expect(block.count).toBeLessThanOrEqual(maxRows);
            const bytes = sizes
              .slice(block.start, block.start + block.count)
              .reduce((a, b) => a + b, 0);
            expect(block.bytes).toBe(bytes);
            if (block.count > 1) expect(bytes).toBeLessThanOrEqual(maxBytes);
            next += block.count;
          }
          expect(next).toBe(sizes.length);
        }
      )
    );
  });
});

describe("rowsPerBlock", () => {
  it("fits the byte limit, at most the row limit, at least one row", () => {
    expect(rowsPerBlock(100)).toBe(BLOCK_LIMITS.maxRows);
    expect(rowsPerBlock(2000)).toBe(2000);
    expect(rowsPerBlock(10_000_000)).toBe(1);
    expect(rowsPerBlock(0)).toBe(BLOCK_LIMITS.maxRows);
  });
});
