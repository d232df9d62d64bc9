/**
 * Names of countries and languages as people write them, taken from the ICU
 * data Node ships (`Intl.DisplayNames`) rather than typed by hand: every ISO
 * code, in the languages our users write in (English, French, Dutch, German)
 * and in the country's or language's own language. Keys are lowercase display
 * names; callers fold them (accents, case, punctuation) for lookup.
 */

/** The languages whose names for things we accept, besides each thing's own language. */
export const NAME_LOCALES: readonly string[] = ['en', 'fr', 'nl', 'de'];

function displayName(locale: string, type: 'region' | 'language', code: string): string | undefined {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'none' }).of(code) ?? undefined;
  } catch {
    return undefined; // a code ICU has no data for in that locale
  }
}

/**
 * name → code. When two codes share a name the first one keeps it (codes in
 * ISO order, locales in NAME_LOCALES order), so the table never flips between runs.
 */
function table(entries: Iterable<[string | undefined, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, code] of entries) {
    if (!name) continue;
    const key = name.toLowerCase();
    if (!(key in out)) out[key] = code;
  }
  return out;
}

/** Country names in NAME_LOCALES and in the language most spoken there (ICU's likely-subtags: "und-HU" → hu). */
export function countryNamesFromIntl(codes: readonly string[]): Record<string, string> {
  return table(
    (function* () {
      for (const code of codes) {
        for (const locale of NAME_LOCALES) yield [displayName(locale, 'region', code), code];
        const own = new Intl.Locale(`und-${code}`).maximize().language;
        yield [displayName(own, 'region', code), code];
      }
    })(),
  );
}

/** Language names in NAME_LOCALES and in the language itself ("nederlands", "ελληνικά"). */
export function languageNamesFromIntl(codes: readonly string[]): Record<string, string> {
  return table(
    (function* () {
      for (const code of codes) {
        for (const locale of [...NAME_LOCALES, code]) {
          const name = displayName(locale, 'language', code);
          // ICU answers some codes with the code itself: that is not a name.
          if (name && name.toLowerCase() !== code) yield [name, code];
        }
      }
    })(),
  );
}
