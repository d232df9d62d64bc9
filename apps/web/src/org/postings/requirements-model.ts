import type { Requirements } from '../../api/postings';
import type { Skill } from '../../api/skills';

export const IMPORTANCES = ['must', 'important', 'nice'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
/** The languages offered in the editor (ISO 639-1); the API accepts any code. */
export const LANGUAGE_CODES = ['fr', 'en', 'nl', 'de', 'es', 'it', 'pt', 'ar', 'pl', 'tr', 'zh'] as const;

type Importance = (typeof IMPORTANCES)[number];
type Cefr = (typeof CEFR_LEVELS)[number];

export interface SkillRow {
  key: number;
  kind: 'technical' | 'soft';
  /** Skill ids, or the recruiter's own words for a skill the taxonomy does not know. */
  anyOf: string[];
  minLevel: number;
  importance: Importance;
}

export interface LanguageRow {
  key: number;
  language: string;
  minLevel: Cefr;
  importance: Importance;
}

export interface RequirementsForm {
  skills: SkillRow[];
  languages: LanguageRow[];
  /** '' is the seniority's default. */
  minYears: string;
}

let nextKey = 1;
export const newKey = () => nextKey++;

/** A row is soft when its first skill is a soft skill of the taxonomy; unknown skills count as technical. */
export function formOfRequirements(r: Requirements, taxonomy: Map<string, Skill> | undefined): RequirementsForm {
  return {
    skills: r.skills.map((s) => ({ key: newKey(), kind: taxonomy?.get(s.anyOf[0] ?? '')?.kind === 'soft' ? 'soft' : 'technical', anyOf: s.anyOf, minLevel: s.minLevel, importance: s.importance })),
    languages: r.languages.map((l) => ({ key: newKey(), language: l.language, minLevel: l.minLevel, importance: l.importance })),
    minYears: r.minYearsExperience === null || r.minYearsExperience === undefined ? '' : String(r.minYearsExperience),
  };
}

export function requirementsOfForm(f: RequirementsForm): Requirements {
  return {
    skills: f.skills.map(({ anyOf, minLevel, importance }) => ({ anyOf, minLevel, importance })),
    languages: f.languages.map(({ language, minLevel, importance }) => ({ language, minLevel, importance })),
    minYearsExperience: f.minYears.trim() === '' ? null : Number(f.minYears),
  };
}
