/**
 * ISO 639-1 language codes and ISO 3166-1 alpha-2 country codes, and the
 * lookup of a country from the name a person typed. Pure data and functions:
 * no framework imports, so DTO validators, importers and the scorer can all
 * use it. The tables live in iso-codes.data.ts and iso-codes.country-names.ts
 * (names built from Intl.DisplayNames, see intl-names.ts).
 */
import { COUNTRY_NAMES } from './iso-codes.country-names';
import { ISO_3166_1_ALPHA2_CODES, ISO_639_1_CODES } from './iso-codes.data';

export { COUNTRY_NAMES };

/** The 184 ISO 639-1 language codes, lowercase ("en", "fr", "nl"). */
export const ISO_639_1: ReadonlySet<string> = new Set(ISO_639_1_CODES);

/** The 249 officially assigned ISO 3166-1 alpha-2 codes, uppercase ("BE", "GB"). */
export const ISO_3166_1_ALPHA2: ReadonlySet<string> = new Set(ISO_3166_1_ALPHA2_CODES);

/** Exact check: codes are stored lowercase, so "EN" is not a code (normalize first if you mean it). */
export function isLanguageCode(s: unknown): boolean {
  return typeof s === 'string' && ISO_639_1.has(s);
}

/** Exact check: codes are stored uppercase, so "be" is not a code (normalize first if you mean it). */
export function isCountryCode(s: unknown): boolean {
  return typeof s === 'string' && ISO_3166_1_ALPHA2.has(s);
}

/**
 * Folds a typed name to a lookup key: case, accents, dots ("U.S.A."),
 * hyphens and apostrophes ("pays bas", "etats unis d amerique") do not
 * matter. libs/skills has a similar foldText, but common sits below every
 * other lib and must not import from them.
 */
function foldName(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[-_'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CODE_BY_FOLDED_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_NAMES).map(([name, code]) => [foldName(name), code]),
);

/**
 * The alpha-2 code for a country name ("Belgique", "belgië", "USA") or for an
 * alpha-2 code in any case ("be", "U.S."); null when unknown. Codes win over names,
 * so "us" is the United States and not the English pronoun.
 */
export function countryCodeFromName(s: string): string | null {
  if (typeof s !== 'string') return null;
  const folded = foldName(s);
  const asCode = folded.toUpperCase();
  if (ISO_3166_1_ALPHA2.has(asCode)) return asCode;
  return CODE_BY_FOLDED_NAME.get(folded) ?? null;
}
