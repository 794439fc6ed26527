/**
 * Splitting a large write or read into blocks, each sent in its own request. Excel on the web
 * refuses a request or a response over 5 MB ("Resource limits and performance optimization for
 * Office Add-ins"), and the reference's advice for large ranges is blocks of 5k-20k rows, values
 * first and formats after ("Read or write to a large range"). A block here is at most 5,000 rows
 * and about 4 MB, which leaves room for the commands around the values.
 */

/** Rows of one block, from `start` (0-based, in the data) for `count` rows, and its estimated bytes. */
export interface Block {
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
}

export interface BlockLimits {
  readonly maxRows: number;
  readonly maxBytes: number;
}

export const BLOCK_LIMITS: BlockLimits = { maxRows: 5_000, maxBytes: 4_000_000 };

/**
 * Cuts `count` rows into consecutive blocks, in order, so that no block has more than
 * `maxRows` rows or (unless a single row does) more than `maxBytes` estimated bytes.
 */
export function planBlocks(
  count: number,
  rowBytes: (row: number) => number,
  limits: BlockLimits = BLOCK_LIMITS
): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let bytes = 0;
  for (let row = 0; row < count; row++) {
    const size = rowBytes(row);
    const rows = row - start;
    if (rows > 0 && (rows >= limits.maxRows || bytes + size > limits.maxBytes)) {
      blocks.push({ start, count: rows, bytes });
      start = row;
      bytes = 0;
    }
    bytes += size;
  }
  if (count > start) blocks.push({ start, count: count - start, bytes });
  return blocks;
}

/**
 * Rows per read block when each row is expected to send back about `bytesPerRow` bytes: as many
 * as fit the byte limit, at most the row limit, at least one.
 */
export function rowsPerBlock(bytesPerRow: number, limits: BlockLimits = BLOCK_LIMITS): number {
  const perRow = Math.max(1, bytesPerRow);
  return Math.max(1, Math.min(limits.maxRows, Math.floor(limits.maxBytes / perRow)));
}
