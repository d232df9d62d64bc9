/**
 * Text folding shared by the taxonomy, the candidates' skills and the scorer.
 * Pure functions: no framework imports, so the scorer may use them.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lowercase, strip accents, collapse white space. "  Liège " → "liege". */
export function foldText(input: string): string {
  return input.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The comparison key of a skill name: case-, accent-, white-space- and
 * punctuation-insensitive, but the characters that make a different language
 * ("+" of C++, "#" of C# and F#) are spelled out first so C, C++ and C# keep
 * distinct keys. Resolution compares whole keys, never substrings, so "Go"
 * never matches "good" and "Java" never matches "JavaScript".
 */
export function skillKey(input: string): string {
  return foldText(input)
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]/g, '');
}
