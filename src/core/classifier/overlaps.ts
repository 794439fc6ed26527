import type { TextLists } from "./text-lists";

/**
 * Settles words claimed by more than one phrase (step 2), by marking the matches that lose as
 * dropped. A longer phrase owns its words ("account manager" is not also "manager"); within one
 * word, when the two sides both match, the part that ends last is the compound's head and wins
 * ("belastingadviseur" is an adviser, "klantenadministratie" is administration).
 */
export function resolveOverlaps(lists: TextLists): void {
  const hits = lists.hitCount;
  if (hits < 2) return;
  // Two phrases of one rule on the same words ("factu*" and "*factu*" on "facturen") are one
  // match: the first found keeps its place and takes the furthest end. Matches are found word by
  // word, so those on the same words stand together.
  let sameStart = 0;
  for (let h = 1; h < hits; h++) {
    if (lists.hitAt[h] !== lists.hitAt[sameStart]) sameStart = h;
    for (let j = sameStart; j < h; j++) {
      if (
        lists.hitDropped[j] ||
        lists.hitLength[j] !== lists.hitLength[h] ||
        lists.hitPhrase[j].rule.id !== lists.hitPhrase[h].rule.id
      ) {
        continue;
      }
      if (lists.hitEnd[j] < lists.hitEnd[h]) {
        lists.hitPhrase[j] = lists.hitPhrase[h];
        lists.hitEnd[j] = lists.hitEnd[h];
      }
      lists.hitDropped[h] = true;
      break;
    }
  }
  for (let k = 0; k < lists.contentCount; k++) {
    lists.longest[k] = 0;
    lists.headEndFront[k] = -1;
    lists.headEndBack[k] = -1;
  }
  for (let h = 0; h < hits; h++) {
    if (lists.hitDropped[h]) continue;
    const length = lists.hitLength[h];
    for (let k = lists.hitAt[h]; k < lists.hitAt[h] + length; k++) {
      if (lists.longest[k] < length) lists.longest[k] = length;
    }
  }
  for (let h = 0; h < hits; h++) {
    if (lists.hitDropped[h]) continue;
    const length = lists.hitLength[h];
    for (let k = lists.hitAt[h]; k < lists.hitAt[h] + length; k++) {
      if (lists.longest[k] > length) lists.hitDropped[h] = true;
    }
    if (lists.hitDropped[h] || length !== 1) continue;
    const heads = lists.hitPhrase[h].rule.side === "front" ? lists.headEndFront : lists.headEndBack;
    const at = lists.hitAt[h];
    if (heads[at] < lists.hitEnd[h]) heads[at] = lists.hitEnd[h];
  }
  for (let h = 0; h < hits; h++) {
    if (lists.hitDropped[h] || lists.hitLength[h] !== 1) continue;
    const at = lists.hitAt[h];
    const front = lists.hitPhrase[h].rule.side === "front";
    const own = front ? lists.headEndFront[at] : lists.headEndBack[at];
    const other = front ? lists.headEndBack[at] : lists.headEndFront[at];
    if (other > own) lists.hitDropped[h] = true;
  }
}
