import { InvalidInputError, type FieldError } from '@embauche/common/errors/domain-errors';
import type { Requirements } from '@embauche/matching/model';
import { foldText, skillKey } from '@embauche/matching/normalize';
import type { SkillCatalog } from '@embauche/skills/skill-catalog';
import { JobPostingErrorCode } from './job-posting-errors';

export const MAX_REQUIREMENT_ITEMS = 100;

/**
 * Turns the names a recruiter typed into stored requirements: known skills
 * become canonical ids, unknown ones are kept as custom skills (folded text,
 * still matched against candidates' skills by skillKey). Refuses duplicates,
 * naming the field, so one skill never counts twice in a score.
 */
export function resolveRequirements(input: Requirements, catalog: SkillCatalog, field = 'requirements'): Requirements {
  const errors: FieldError[] = [];
  const seenItems = new Map<string, number>();
  const skills = input.skills.map((item, i) => {
    const keys = new Set<string>();
    const anyOf: string[] = [];
    item.anyOf.forEach((name, j) => {
      const resolved = catalog.resolve(name)?.id ?? foldText(name);
      const key = catalog.has(resolved) ? resolved : skillKey(resolved);
      if (key === '') errors.push({ field: `${field}.skills[${i}].anyOf[${j}]`, message: 'must name a skill' });
      else if (keys.has(key)) errors.push({ field: `${field}.skills[${i}].anyOf[${j}]`, message: `"${name}" is listed twice in this item` });
      else {
        keys.add(key);
        anyOf.push(resolved);
      }
    });
    const itemKey = [...keys].sort().join('|');
    const first = seenItems.get(itemKey);
    if (first !== undefined && keys.size > 0) {
      errors.push({ field: `${field}.skills[${i}]`, message: `duplicates ${field}.skills[${first}]` });
    }
    seenItems.set(itemKey, first ?? i);
    return { anyOf, minLevel: item.minLevel, importance: item.importance };
  });
  const languages = new Map<string, number>();
  input.languages.forEach((l, i) => {
    const first = languages.get(l.language);
    if (first !== undefined) errors.push({ field: `${field}.languages[${i}].language`, message: `duplicates ${field}.languages[${first}]` });
    languages.set(l.language, first ?? i);
  });
  if (errors.length > 0) throw new InvalidInputError(JobPostingErrorCode.InvalidRequirements, 'The requirements are invalid', errors);
  return {
    skills,
    languages: input.languages.map((l) => ({ language: l.language, minLevel: l.minLevel, importance: l.importance })),
    minYearsExperience: input.minYearsExperience ?? null,
  };
}

/** Every skill named by the requirements, as ids or custom keys: what the board's `skill` filter matches. */
export function requirementSkillIds(requirements: Requirements, catalog: SkillCatalog): string[] {
  const ids = requirements.skills.flatMap((s) => s.anyOf.map((a) => (catalog.has(a) ? a : skillKey(a))));
  return [...new Set(ids)].sort();
}
