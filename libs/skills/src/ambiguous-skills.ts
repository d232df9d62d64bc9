/**
 * Skills with a spelling that is also an everyday word or a common name:
 * "Go" (en), "Rust" (nl: rest), "Vue" and "Vite" (fr), "Tableau" (fr),
 * "Spring", "Express", "Java" the island. Whole-key resolution of a skill
 * entry is safe with them ("Go" in a skills list is the language), so the
 * taxonomy keeps them; a reader of running text (a CV) must not take them
 * for skills without more evidence — a skills section, or a stronger
 * technical match nearby. `names` holds only the risky spellings: "golang"
 * is not one of them. `languages` are those where the word is everyday
 * (empty for short tokens that are only risky as abbreviations: "ts", "pg").
 * `companions` are the CV reader's: see below. Plain data, no framework imports.
 */
import ambiguous from './data/ambiguous.json';
import { skillKey } from '@embauche/matching/normalize';
import type { SkillLanguage } from './skill.types';

export interface AmbiguousSkill {
  readonly id: string;
  readonly names: readonly string[];
  readonly languages: readonly SkillLanguage[];
  /**
   * For a reader of running text (the CV import): the skill counts outside a skills section only
   * when the text also names one of these, strongly. Absent: the CV reader does not hold it back.
   */
  readonly companions?: readonly string[];
}

export const AMBIGUOUS_SKILLS: readonly AmbiguousSkill[] = ambiguous as AmbiguousSkill[];

const BY_KEY = new Map(AMBIGUOUS_SKILLS.flatMap((entry) => entry.names.map((name) => [skillKey(name), entry] as const)));

/** The entry when `name`, as a whole, is one of the risky spellings: "Go" is, "Golang" is not. */
export function ambiguousSkillFor(name: string): AmbiguousSkill | undefined {
  return BY_KEY.get(skillKey(name));
}

export function isAmbiguousSkillName(name: string): boolean {
  return BY_KEY.has(skillKey(name));
}
