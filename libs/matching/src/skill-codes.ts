/**
 * Packed codes: the candidate's skills and languages as small integers, so
 * the scorer compares numbers instead of reading strings scattered in memory.
 *
 * Skill codes (CandidateForScoring.skillCodes): one integer per
 * candidate skill, `code << 3 | level`, where `code` is the skill's integer
 * code in the taxonomy and `level` its level 0–6, or 7 for "no level given".
 * −1 for a skill without a code (a custom skill). The database computes them
 * with the same formula (candidate_profiles.skill_codes, kept by a trigger).
 */
import { cefrRank, effectiveLevel } from './rules';

export const SKILL_CODE_SHIFT = 3;
export const SKILL_LEVEL_MASK = 7;
/** Codes from 2^28 on cannot be packed in a 32-bit integer (−1: go by the id). */
export const MAX_PACKED_CODE = 1 << 28;
const NO_LEVEL = 7;

export function packSkillCode(code: number | undefined, level: number | null | undefined): number {
  if (code === undefined || code < 0 || code >= MAX_PACKED_CODE) return -1;
  if (level !== null && level !== undefined && !(Number.isInteger(level) && level >= 0 && level < NO_LEVEL)) return -1;
  return (code << SKILL_CODE_SHIFT) | (level ?? NO_LEVEL);
}

/** The level the scorer uses for a packed level: the given one, or the default when none was given. */
export function unpackLevel(packedLevel: number): number {
  return packedLevel === NO_LEVEL ? effectiveLevel(null) : packedLevel;
}

/**
 * Packed language codes (CandidateForScoring.languageCodes): one integer per
 * candidate language, `languageCode << 3 | cefrRank`, where languageCode is
 * the two ASCII letters of the ISO 639-1 code, case folded, as a base-26
 * number (aa = 0 … zz = 675) and cefrRank is A1 = 0 … C2 = 5, native = 6.
 * −1 when the language is not two ASCII letters or the level is not a CEFR
 * level (the scorer then reads that entry itself). The database computes them
 * with the same formula (candidate_profiles.language_codes).
 */
export const LANGUAGE_RANK_MASK = 7;

/** aa = 0 … zz = 675, case-insensitive; −1 unless exactly two ASCII letters. */
export function languageCode(language: string): number {
  if (language.length !== 2) return -1;
  const a = (language.charCodeAt(0) | 32) - 97;
  const b = (language.charCodeAt(1) | 32) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}

export function packLanguageCode(language: string, level: string): number {
  const code = languageCode(language);
  const rank = cefrRank(level);
  return code < 0 || rank < 0 ? -1 : (code << SKILL_CODE_SHIFT) | rank;
}
