/**
 * The vocabulary shared by templates, postings, candidates and the scorer.
 * Plain types and constants only: this library imports nothing from Nest,
 * TypeORM, BullMQ or Redis (see libs/matching/README.md).
 */

export const IMPORTANCES = ['must', 'important', 'nice'] as const;
export type Importance = (typeof IMPORTANCES)[number];

/** CEFR levels in ascending order; `native` is above C2. */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const SENIORITIES = ['junior', 'mid', 'senior'] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const REMOTE_POLICIES = ['onsite', 'hybrid', 'remote'] as const;
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];

export const REMOTE_PREFERENCES = ['onsite', 'hybrid', 'remote', 'any'] as const;
export type RemotePreference = (typeof REMOTE_PREFERENCES)[number];

export const SALARY_PERIODS = ['month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

export const SKILL_KINDS = ['technical', 'soft'] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

/**
 * One requirement item. `anyOf` holds canonical skill ids (`postgresql`) or,
 * for skills the taxonomy does not know, their normalized key (skillKey()).
 */
export interface SkillRequirement {
  anyOf: string[];
  minLevel: number;
  importance: Importance;
}

export interface LanguageRequirement {
  /** ISO 639-1 code. */
  language: string;
  minLevel: CefrLevel;
  importance: Importance;
}

export interface Requirements {
  skills: SkillRequirement[];
  languages: LanguageRequirement[];
  /** null: use the seniority default (junior 0, mid 2, senior 5). */
  minYearsExperience: number | null;
}

export interface SalaryRange {
  min: number;
  max: number;
  currency: string;
  period: SalaryPeriod;
}

export interface SalaryExpectation {
  amount: number;
  currency: string;
  period: SalaryPeriod;
}

/** A skill as a candidate wrote it: their spelling, and its canonical id when the taxonomy knows it. */
export interface CandidateSkill {
  name: string;
  skillId: string | null;
  /** 1–5; absent means level 3. */
  level?: number | null;
  years?: number | null;
}

export interface CandidateLanguage {
  language: string;
  level: CefrLevel;
}
