import { canonicalJson } from '@embauche/common/canonical-json';
import { InvalidInputError, type FieldError } from '@embauche/common/errors/domain-errors';
import type { CandidateLanguage, CandidateSkill } from '@embauche/matching/model';
import { foldText, skillKey } from '@embauche/matching/normalize';
import type { SkillCatalog } from '@embauche/skills/skill-catalog';
import type { CandidateProfileEntity } from './candidate-profile.entity';
import type { ProfileInput } from './profile.types';
import { CandidateErrorCode } from './candidate-errors';

/** The columns a profile PUT writes, resolved and checked. */
export type ProfileContent = Pick<
  CandidateProfileEntity,
  | 'headline'
  | 'summary'
  | 'country'
  | 'city'
  | 'remotePreference'
  | 'willingToRelocate'
  | 'yearsExperience'
  | 'educationLevel'
  | 'salaryAmount'
  | 'salaryCurrency'
  | 'salaryPeriod'
  | 'skills'
  | 'languages'
  | 'discoverable'
>;

export type DuplicatePolicy = 'refuse' | 'merge';

/**
 * Resolves each skill through the taxonomy (the candidate's spelling stays in
 * `name`, the canonical id goes in `skillId`, null when unknown) and refuses,
 * or merges keeping the higher level, two entries that are the same skill.
 * PUT refuses (the candidate can fix their list); an import merges (a resume
 * legitimately says "Postgres" in one place and "PostgreSQL" in another).
 */
export function resolveSkills(input: ProfileInput['skills'], catalog: SkillCatalog, policy: DuplicatePolicy): CandidateSkill[] {
  const errors: FieldError[] = [];
  const byKey = new Map<string, { index: number; skill: CandidateSkill }>();
  input.forEach((s, i) => {
    const name = s.name.trim();
    const skillId = catalog.resolve(name)?.id ?? null;
    const key = skillId ?? `custom:${skillKey(name) || foldText(name)}`;
    const skill: CandidateSkill = { name, skillId, level: s.level ?? null, ...(s.years != null ? { years: s.years } : {}) };
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { index: i, skill });
    else if (policy === 'refuse') errors.push({ field: `skills[${i}].name`, message: `"${name}" is the same skill as skills[${seen.index}] ("${seen.skill.name}")` });
    else if ((skill.level ?? 3) > (seen.skill.level ?? 3)) seen.skill.level = skill.level;
  });
  if (errors.length) throw new InvalidInputError(CandidateErrorCode.DuplicateSkill, 'The profile lists a skill twice', errors);
  return [...byKey.values()].map((v) => v.skill);
}

export function checkLanguages(languages: CandidateLanguage[]): CandidateLanguage[] {
  const seen = new Map<string, number>();
  const errors: FieldError[] = [];
  languages.forEach((l, i) => {
    const first = seen.get(l.language);
    if (first !== undefined) errors.push({ field: `languages[${i}].language`, message: `duplicates languages[${first}]` });
    else seen.set(l.language, i);
  });
  if (errors.length) throw new InvalidInputError(CandidateErrorCode.DuplicateLanguage, 'The profile lists a language twice', errors);
  return languages.map((l) => ({ language: l.language, level: l.level }));
}

export function toContent(input: ProfileInput, skills: CandidateSkill[], current: CandidateProfileEntity): ProfileContent {
  return {
    headline: input.headline?.trim() || null,
    summary: input.summary?.trim() || null,
    country: input.country,
    city: input.city?.trim() || null,
    remotePreference: input.remotePreference,
    willingToRelocate: input.willingToRelocate,
    yearsExperience: storableYears(input.yearsExperience),
    educationLevel: input.educationLevel,
    salaryAmount: input.salaryExpectation?.amount ?? null,
    salaryCurrency: input.salaryExpectation?.currency ?? null,
    salaryPeriod: input.salaryExpectation?.period ?? null,
    skills,
    languages: checkLanguages(input.languages),
    discoverable: input.discoverable ?? (current.revision > 0 ? current.discoverable : false),
  };
}

/**
 * The column is a float4 (`real`): 4.123456789 would come back as 4.123457,
 * so a PUT of the same value would look like a change (a spurious revision)
 * and the PUT's answer would differ from the next GET. Two decimals survive
 * float4 exactly and are more precision than years of experience carry.
 */
function storableYears(years: number | null): number | null {
  return years === null ? null : Math.round(years * 100) / 100;
}

const FIELDS: Array<keyof ProfileContent> = [
  'headline', 'summary', 'country', 'city', 'remotePreference', 'willingToRelocate', 'yearsExperience', 'educationLevel',
  'salaryAmount', 'salaryCurrency', 'salaryPeriod', 'skills', 'languages', 'discoverable',
];

/** Whether writing `content` would change anything (a no-op PUT must not bump the revision). */
export function changes(current: CandidateProfileEntity, content: ProfileContent): boolean {
  return current.revision === 0 || FIELDS.some((f) => canonicalJson(current[f] ?? null) !== canonicalJson(content[f] ?? null));
}
