/**
 * Packed skill codes (CandidateForScoring.skillCodes): one integer per
 * candidate skill, `code << 3 | level`, where `code` is the skill's integer
 * code in the taxonomy and `level` its level 0–6, or 7 for "no level given".
 * −1 for a skill without a code (a custom skill). The database computes them
 * with the same formula (candidate_profiles.skill_codes, kept by a trigger).
 */
import { effectiveLevel } from './rules';

export const SKILL_CODE_SHIFT = 3;
export const SKILL_LEVEL_MASK = 7;
const NO_LEVEL = 7;

export function packSkillCode(code: number | undefined, level: number | null | undefined): number {
  if (code === undefined || code < 0) return -1;
  if (level !== null && level !== undefined && !(Number.isInteger(level) && level >= 0 && level < NO_LEVEL)) return -1;
  return (code << SKILL_CODE_SHIFT) | (level ?? NO_LEVEL);
}

/** The level the scorer uses for a packed level: the given one, or the default when none was given. */
export function unpackLevel(packedLevel: number): number {
  return packedLevel === NO_LEVEL ? effectiveLevel(null) : packedLevel;
}
