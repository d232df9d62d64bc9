/**
 * JSON Resume `languages[]` → profile languages: the free-text language name
 * becomes an ISO 639-1 code, the free-text fluency a CEFR level.
 */
import { isLanguageCode } from '@embauche/common/iso-codes';
import { CEFR_LEVELS, CefrLevel } from '@embauche/matching/model';
import { foldText } from '@embauche/matching/normalize';
import { DraftLanguage, JsonResume, UnmappedField, list, preview, text } from './json-resume.types';
import { LANGUAGE_NAMES } from './language-names';

/** A level we cannot read is taken as B1: usable, and low enough not to win a must-have on a guess. */
export const DEFAULT_CEFR_LEVEL: CefrLevel = 'B1';

const CODE_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(LANGUAGE_NAMES).map(([name, code]) => [foldText(name), code]),
);

/**
 * Checked in order on the folded text. The wording is LinkedIn's, which most
 * exported resumes use ("Full professional proficiency" must be tested before
 * "professional", "Upper intermediate" before "intermediate"). The
 * intermediate/advanced/beginner words are not LinkedIn's but are what people
 * write when they do not use it.
 */
const FLUENCY_WORDS: Array<[RegExp, CefrLevel]> = [
  [/\bnear[- ]native\b/, 'C2'],
  [/\b(native|mother tongue|bilingual|moedertaal|langue maternelle)\b/, 'native'],
  [/\b(fluent|full professional|advanced)\b/, 'C1'],
  [/\b(professional|upper intermediate)\b/, 'B2'],
  [/\b(conversational|limited|intermediate)\b/, 'B1'],
  [/\belementary\b/, 'A2'],
  [/\b(beginner|basic|notions)\b/, 'A1'],
];

/** The ISO 639-1 code for a language as a person writes it, or null. */
export function languageCodeFromName(input: string): string | null {
  const folded = foldText(input.replace(/\(.*?\)/g, ' ')); // "English (native)"
  if (isLanguageCode(folded)) return folded;
  const whole = CODE_BY_NAME.get(folded);
  if (whole) return whole;
  // "Brazilian Portuguese", "English – C1": one known word decides. Two different
  // ones ("French/Dutch") do not: reporting it beats silently keeping only one.
  const words = folded.split(/[^\p{L}\p{M}]+/u);
  const codes = new Set(words.flatMap((word) => CODE_BY_NAME.get(word) ?? []));
  return codes.size === 1 ? [...codes][0] : null;
}

/** The CEFR level a free-text fluency describes, or null when it says nothing we know. */
export function cefrLevelFromFluency(fluency: string): CefrLevel | null {
  const folded = foldText(fluency);
  const literal = /\b([abc][12])\b/.exec(folded);
  if (literal) return literal[1].toUpperCase() as CefrLevel;
  for (const [pattern, level] of FLUENCY_WORDS) if (pattern.test(folded)) return level;
  return null;
}

export function mapLanguages(doc: JsonResume, unmapped: UnmappedField[]): DraftLanguage[] {
  const byCode = new Map<string, DraftLanguage>();
  list(doc.languages).forEach((entry, i) => {
    const name = text(entry?.language);
    if (name === null) return;
    const code = languageCodeFromName(name);
    if (code === null) {
      unmapped.push({ field: `languages[${i}].language`, value: preview(name), reason: 'language not recognised' });
      return;
    }
    const fluency = text(entry?.fluency);
    let level = fluency === null ? null : cefrLevelFromFluency(fluency);
    if (level === null) {
      const why = fluency === null ? 'no fluency given' : 'fluency not recognised';
      const reason = `${why}; ${DEFAULT_CEFR_LEVEL} assumed`;
      unmapped.push({ field: `languages[${i}].fluency`, value: preview(fluency ?? ''), reason });
      level = DEFAULT_CEFR_LEVEL;
    }
    const existing = byCode.get(code);
    if (!existing) byCode.set(code, { language: code, level });
    else if (CEFR_LEVELS.indexOf(level) > CEFR_LEVELS.indexOf(existing.level)) existing.level = level;
  });
  return [...byCode.values()];
}
