/**
 * Reading a match's breakdown. The API document types it as an open object (it is the scorer's
 * stored JSON, product/MATCHING.md › Breakdown), so the screens read it through these narrowing
 * functions: a field that is missing or of another type is treated as absent, never trusted.
 * Nothing here recomputes a score: points, credits and met come from the API as they are.
 */

export type CriterionName = 'technicalSkills' | 'softSkills' | 'languages' | 'experience' | 'location' | 'salary';
export const CRITERIA: CriterionName[] = ['technicalSkills', 'softSkills', 'languages', 'experience', 'location', 'salary'];

export interface CriterionView {
  criterion: CriterionName;
  included: boolean;
  weight: number;
  subScore: number | null;
  points: number;
}

export interface SkillItemView {
  type: 'skill';
  anyOf: string[];
  importance: 'must' | 'important' | 'nice';
  importanceWeight: number;
  minLevel: number;
  matchedSkill: { name: string; skillId: string | null } | null;
  how: 'exact' | 'alias' | 'related' | null;
  relatedTo: string | null;
  strength: number;
  candidateLevel: number | null;
  credit: number;
  met: boolean | null;
}

export interface LanguageItemView {
  type: 'language';
  language: string;
  importance: 'must' | 'important' | 'nice';
  importanceWeight: number;
  minLevel: string;
  candidateLevel: string | null;
  credit: number;
  met: boolean | null;
}

export type ItemView = SkillItemView | LanguageItemView;

export interface LocationView {
  posting: { country: string; city: string; remotePolicy: string };
  candidate: { country: string | null; city: string | null; remotePreference: string; willingToRelocate: boolean };
  rule: string;
  halvedForRemoteOnly: boolean;
  subScore: number | null;
}

export interface SalaryView {
  rule: string;
  monthsPerYear: number;
  posting: { currency: string; annualMax: number } | null;
  expectation: { currency: string; annual: number } | null;
  subScore: number | null;
}

export interface ExperienceView {
  required: number;
  requiredFrom: string;
  candidate: number | null;
  subScore: number;
}

export interface BreakdownView {
  criteria: CriterionView[];
  items: ItemView[];
  location: LocationView | null;
  salary: SalaryView | null;
  experience: ExperienceView | null;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const numOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const boolOrNull = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const importanceOf = (value: unknown): 'must' | 'important' | 'nice' => (value === 'must' || value === 'important' ? value : 'nice');
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

function criterionOf(raw: Json): CriterionView | null {
  const criterion = raw.criterion;
  if (!CRITERIA.includes(criterion as CriterionName)) return null;
  return {
    criterion: criterion as CriterionName,
    included: raw.included === true,
    weight: num(raw.weight),
    subScore: numOrNull(raw.subScore),
    points: num(raw.points),
  };
}

function itemOf(raw: Json): ItemView | null {
  const common = { importance: importanceOf(raw.importance), importanceWeight: num(raw.importanceWeight, 1), credit: num(raw.credit), met: boolOrNull(raw.met) };
  if (raw.type === 'skill') {
    const matched = isObject(raw.matchedSkill) ? { name: str(raw.matchedSkill.name), skillId: strOrNull(raw.matchedSkill.skillId) } : null;
    const how = raw.how === 'exact' || raw.how === 'alias' || raw.how === 'related' ? raw.how : null;
    return {
      type: 'skill',
      ...common,
      anyOf: Array.isArray(raw.anyOf) ? raw.anyOf.filter((s): s is string => typeof s === 'string') : [],
      minLevel: num(raw.minLevel, 1),
      matchedSkill: matched,
      how,
      relatedTo: strOrNull(raw.relatedTo),
      strength: num(raw.strength),
      candidateLevel: numOrNull(raw.candidateLevel),
    };
  }
  if (raw.type === 'language') {
    return { type: 'language', ...common, language: str(raw.language), minLevel: str(raw.minLevel), candidateLevel: strOrNull(raw.candidateLevel) };
  }
  return null;
}

function locationOf(raw: unknown): LocationView | null {
  if (!isObject(raw) || !isObject(raw.posting) || !isObject(raw.candidate)) return null;
  return {
    posting: { country: str(raw.posting.country), city: str(raw.posting.city), remotePolicy: str(raw.posting.remotePolicy) },
    candidate: {
      country: strOrNull(raw.candidate.country),
      city: strOrNull(raw.candidate.city),
      remotePreference: str(raw.candidate.remotePreference),
      willingToRelocate: raw.candidate.willingToRelocate === true,
    },
    rule: str(raw.rule),
    halvedForRemoteOnly: raw.halvedForRemoteOnly === true,
    subScore: numOrNull(raw.subScore),
  };
}

function salaryOf(raw: unknown): SalaryView | null {
  if (!isObject(raw)) return null;
  return {
    rule: str(raw.rule),
    monthsPerYear: num(raw.monthsPerYear, 12),
    posting: isObject(raw.posting) ? { currency: str(raw.posting.currency), annualMax: num(raw.posting.annualMax) } : null,
    expectation: isObject(raw.expectation) ? { currency: str(raw.expectation.currency), annual: num(raw.expectation.annual) } : null,
    subScore: numOrNull(raw.subScore),
  };
}

function experienceOf(raw: unknown): ExperienceView | null {
  if (!isObject(raw)) return null;
  return { required: num(raw.required), requiredFrom: str(raw.requiredFrom), candidate: numOrNull(raw.candidate), subScore: num(raw.subScore) };
}

export function readBreakdown(breakdown: unknown): BreakdownView {
  const raw = isObject(breakdown) ? breakdown : {};
  return {
    criteria: list(raw.criteria)
      .map(criterionOf)
      .filter((c): c is CriterionView => c !== null),
    items: list(raw.items)
      .map(itemOf)
      .filter((i): i is ItemView => i !== null),
    location: locationOf(raw.location),
    salary: salaryOf(raw.salary),
    experience: experienceOf(raw.experience),
  };
}

/** A requirement counts as matched at the must-have threshold of MATCHING.md (credit ≥ 0.5), for every importance. */
export const MATCHED_CREDIT = 0.5;

/**
 * The list's summary of a match: the requirements that weigh most among those the candidate
 * meets (importance × credit) and among those they miss (importance × what is lacking).
 */
export function topRequirements(items: ItemView[], count = 3): { matched: ItemView[]; missing: ItemView[] } {
  const matched = items
    .filter((i) => i.credit >= MATCHED_CREDIT)
    .sort((a, b) => b.importanceWeight * b.credit - a.importanceWeight * a.credit)
    .slice(0, count);
  const missing = items
    .filter((i) => i.credit < MATCHED_CREDIT)
    .sort((a, b) => b.importanceWeight * (1 - b.credit) - a.importanceWeight * (1 - a.credit))
    .slice(0, count);
  return { matched, missing };
}

/** The included criteria, in the document's order: their points are the parts of the score. */
export const countedCriteria = (criteria: CriterionView[]): CriterionView[] => criteria.filter((c) => c.included);
