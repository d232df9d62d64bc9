/**
 * A bounded memo for pure string functions on the hot path (folding a city
 * name, the key of a free-text skill): the work and its allocation happen
 * once per distinct spelling, not once per profile. Results never depend on
 * what the memo holds.
 */

/** Past this many entries the memo starts over, so memory stays bounded on any input. */
const MEMO_LIMIT = 4096;

export function memoized<T>(memo: Map<string, T>, input: string, fn: (input: string) => T): T {
  let output = memo.get(input);
  if (output === undefined) {
    output = fn(input);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(input, output);
  }
  return output;
}

/** ASCII case-insensitive equality of codes (ISO country, language, currency) without allocating. */
export function sameCode(a: string, b: string): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  // Quick reject on the first character (equal up to the case bit), the usual way two codes differ.
  if (n > 0 && ((a.charCodeAt(0) ^ b.charCodeAt(0)) & ~32) !== 0) return false;
  if (a === b) return true;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const lower = x | 32;
    if (lower !== (y | 32) || lower < 97 || lower > 122) return false;
  }
  return true;
}
