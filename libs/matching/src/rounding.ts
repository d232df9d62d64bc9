/**
 * Largest-remainder rounding: turns exact shares into whole cents that add up
 * to a given total, so a breakdown's points add up to its score exactly
 * (57.89 + 15.79 + 15.79 + 5.27 + 5.26 = 100.00, not 100.01).
 */

/** Below this, a fractional part is float noise: 1499.9999999999998 cents is 1500. */
const NOISE = 1e-7;

/**
 * Whole cents for each exact share (in cents), adding up to `totalCents`.
 * Each share moves by less than one cent; ties go to the earlier index so
 * the result is deterministic.
 */
export function apportionCents(exactCents: ReadonlyArray<number>, totalCents: number): number[] {
  const cents = exactCents.map((x) => Math.floor(x + NOISE));
  const remainders = exactCents.map((x, i) => x - cents[i]);
  let missing = totalCents - cents.reduce((a, b) => a + b, 0);
  const order = exactCents.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || a - b);
  // missing > 0: round up the largest remainders. missing < 0 (float noise only): take back from the smallest.
  for (let k = 0; missing > 0 && k < order.length; k++, missing--) cents[order[k]]++;
  for (let k = order.length - 1; missing < 0 && k >= 0; k--) {
    if (cents[order[k]] > 0) {
      cents[order[k]]--;
      missing++;
    }
  }
  return cents;
}

export function centsToNumber(cents: number): number {
  return cents / 100;
}
