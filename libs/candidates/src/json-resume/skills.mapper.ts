/**
 * JSON Resume `skills[]` → profile skills. A JSON Resume skill is a group
 * ("Web Development", level "Master", keywords ["HTML", "CSS"]); the group
 * name and every keyword become skills of the group's level, because
 * matching works on concrete skills and the keywords are where they are.
 * Each goes through the shared extractor first, so "Node.js & Express.js"
 * is two skills and a group named "Soft Skills" is none.
 */
import { foldText, skillKey } from '@embauche/matching/normalize';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { SkillResolver, extractSkills } from '@embauche/skills/skill-extractor';
import { DraftSkill, JsonResume, UnmappedField, list, preview, text } from './json-resume.types';

export const MAX_SKILLS = 200;
export const MAX_SKILL_NAME_LENGTH = 100;
/** The Profile's default when the candidate gives no level (see CandidateSkill.level). */
export const DEFAULT_SKILL_LEVEL = 3;

/** Checked in order, on whole words: "Upper intermediate" is 3, "Expertise" is not "Expert". */
const LEVEL_WORDS: Array<[RegExp, number]> = [
  [/\b(master|expert)\b/, 5],
  [/\badvanced\b/, 4],
  [/\bintermediate\b/, 3],
  [/\b(beginner|novice)\b/, 2],
];

/** The level of a free-text `skills[].level`, or null when the text says nothing we know. */
export function skillLevelFromText(level: string): number | null {
  const folded = foldText(level);
  // Some people write the level as a number ("4", "4/5"); the Profile scale is 1–5 too.
  const numeric = /^([1-5])\s*(\/\s*5)?$/.exec(folded);
  if (numeric) return Number(numeric[1]);
  for (const [pattern, value] of LEVEL_WORDS) if (pattern.test(folded)) return value;
  return null;
}

/** `catalog` resolves the parts of compound entries; the bundled taxonomy unless the caller has its own. */
export function mapSkills(doc: JsonResume, unmapped: UnmappedField[], catalog: SkillResolver = SkillCatalog.fromBundledData()): DraftSkill[] {
  const byKey = new Map<string, DraftSkill>();

  const add = (raw: unknown, level: number, field: string): void => {
    const entry = text(raw);
    if (entry === null) return; // blank names carry nothing worth reporting
    for (const { name } of extractSkills(entry, catalog)) addOne(name, level, field);
  };

  const addOne = (name: string, level: number, field: string): void => {
    if (name.length > MAX_SKILL_NAME_LENGTH) {
      unmapped.push({ field, value: preview(name), reason: `longer than ${MAX_SKILL_NAME_LENGTH} characters` });
      return;
    }
    // Names in scripts skillKey() strips entirely (日本語, Русский) still need a key of their own.
    const key = skillKey(name) || foldText(name);
    const existing = byKey.get(key);
    if (existing) {
      existing.level = Math.max(existing.level, level); // first spelling wins, highest level wins
    } else if (byKey.size >= MAX_SKILLS) {
      const reason = `more than ${MAX_SKILLS} skills; only the first ${MAX_SKILLS} are kept`;
      unmapped.push({ field, value: preview(name), reason });
    } else {
      byKey.set(key, { name, level });
    }
  };

  list(doc.skills).forEach((group, i) => {
    const levelText = text(group?.level);
    let level = DEFAULT_SKILL_LEVEL;
    if (levelText !== null) {
      const parsed = skillLevelFromText(levelText);
      if (parsed === null) {
        const reason = `level not recognised; ${DEFAULT_SKILL_LEVEL} assumed`;
        unmapped.push({ field: `skills[${i}].level`, value: preview(levelText), reason });
      } else {
        level = parsed;
      }
    }
    add(group?.name, level, `skills[${i}].name`);
    list(group?.keywords).forEach((keyword, j) => add(keyword, level, `skills[${i}].keywords[${j}]`));
  });

  return [...byKey.values()];
}
