// The "Did you mean" suggestion of CPython 3.11 (Python/suggestions.c): among candidate names,
// the one nearest to a wrong name by a Levenshtein distance over UTF-8 bytes where a change of
// case costs 1 and any other edit 2, no more than about a third of the characters apart. The
// first candidate wins a tie; a list of 750 names or more, and names longer than 40 bytes, are
// not searched.

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const encoder = new TextEncoder();

function substitutionCost(a, b) {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

const buffer = new Array(MAX_STRING_SIZE);

/** levenshtein_distance: the cost of `a` into `b`, or more than `maxCost` once it must exceed it. */
export function levenshtein(a, b, maxCost) {
  let a0 = 0;
  let a1 = a.length;
  let b0 = 0;
  let b1 = b.length;
  // Common prefix and suffix cost nothing.
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
    a0++;
    b0++;
  }
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) {
    a1--;
    b1--;
  }
  let aSize = a1 - a0;
  let bSize = b1 - b0;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  if (bSize < aSize) {
    [a, b, a0, b0, aSize, bSize] = [b, a, b0, a0, bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  // One row of the matrix, updated in place: buffer[i] is the cost of b[:j] into a[:i+1].
  for (let i = 0, t = MOVE_COST; i < aSize; i++, t += MOVE_COST) buffer[i] = t;
  let result = 0;
  for (let j = 0; j < bSize; j++) {
    const code = b[b0 + j];
    let distance = (result = j * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < aSize; i++) {
      const substitute = distance + substitutionCost(code, a[a0 + i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the candidate CPython suggests for `name`, or undefined. */
export function suggestion(candidates, name) {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return undefined;
  const wrong = encoder.encode(name);
  let best;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const bytes = encoder.encode(item);
    // No more than 1/3 of the involved characters should need changing, and no worse than found.
    const maxDistance = Math.min(Math.floor((wrong.length + bytes.length + 3) * MOVE_COST / 6), bestDistance - 1);
    const distance = levenshtein(wrong, bytes, maxDistance);
    if (distance > maxDistance) continue;
    if (best === undefined || distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}
