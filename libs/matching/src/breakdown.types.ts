/**
 * What the scorer returns: the score and a breakdown complete enough for a
 * reviewer to redo the arithmetic. Stored as JSON next to every score.
 */
import type { CefrLevel, Importance, RemotePolicy, RemotePreference, SalaryPeriod, Seniority } from './model';
import type { Criterion } from './scoring-constants';

export interface CriterionExplanation {
  criterion: Criterion;
  /** false when there was nothing to compare; its weight then went to the others. */
  included: boolean;
  /** Rescaled weight, rounded to cents so the included weights add up to exactly 100; 0 when left out. */
  weight: number;
  defaultWeight: number;
  /** In [0, 1]; null when left out. */
  subScore: number | null;
  /** weight × subScore, rounded to cents so that the points add up to exactly `score`. */
  points: number;
}

export type MatchHow = 'exact' | 'alias' | 'related';

export interface SkillItemExplanation {
  type: 'skill';
  criterion: 'technicalSkills' | 'softSkills';
  anyOf: string[];
  importance: Importance;
  importanceWeight: number;
  minLevel: number;
  /** The candidate skill that gave the credit, as they wrote it; null when none could. */
  matchedSkill: { name: string; skillId: string | null } | null;
  how: MatchHow | null;
  /** For `related`: the required skill id the candidate's skill relates to. */
  relatedTo?: string;
  /** 1 for exact/alias, the relation's strength for related, 0 when unmatched. */
  strength: number;
  /** The level used (an absent level counts as DEFAULT_SKILL_LEVEL); null when unmatched. */
  candidateLevel: number | null;
  levelFactor: number;
  credit: number;
  /** For `must` items: credit ≥ MUST_THRESHOLD. null for the others. */
  met: boolean | null;
}

export interface LanguageItemExplanation {
  type: 'language';
  language: string;
  importance: Importance;
  importanceWeight: number;
  minLevel: CefrLevel;
  /** The candidate's best level in that language; null when absent. */
  candidateLevel: CefrLevel | null;
  /** How many CEFR levels the candidate is below the requirement (0 at or above). */
  levelsBelow: number | null;
  credit: number;
  met: boolean | null;
}

export type ItemExplanation = SkillItemExplanation | LanguageItemExplanation;

export interface ExperienceExplanation {
  /** The minimum compared against. */
  required: number;
  /** Where the minimum came from: the posting, or the seniority default. */
  requiredFrom: 'posting' | 'seniorityDefault';
  seniority: Seniority;
  /** As given by the candidate; null counts as 0. */
  candidate: number | null;
  subScore: number;
}

export type LocationRule =
  | 'remotePosting'
  | 'sameCity'
  | 'sameCountry'
  | 'otherCountryWillingToRelocate'
  | 'otherCountryNotWilling'
  | 'candidateLocationUnknown';

export interface LocationExplanation {
  posting: { country: string; city: string; remotePolicy: RemotePolicy };
  candidate: { country: string | null; city: string | null; remotePreference: RemotePreference; willingToRelocate: boolean };
  rule: LocationRule;
  /** The table's value before the remote-only halving; null when left out. */
  tableSubScore: number | null;
  halvedForRemoteOnly: boolean;
  subScore: number | null;
}

export type SalaryRule = 'noPostingSalary' | 'noExpectation' | 'currencyMismatch' | 'withinRange' | 'aboveMax';

export interface SalaryExplanation {
  rule: SalaryRule;
  /** Months per year used to annualize monthly amounts (by the posting's country, for both sides). */
  monthsPerYear: number;
  posting: { min: number; max: number; currency: string; period: SalaryPeriod; annualMax: number } | null;
  expectation: { amount: number; currency: string; period: SalaryPeriod; annual: number } | null;
  subScore: number | null;
}

export interface Breakdown {
  scorerVersion: number;
  score: number;
  mustHavesMet: boolean;
  criteria: CriterionExplanation[];
  /** Skill items, then language items, each in the posting's order. */
  items: ItemExplanation[];
  experience: ExperienceExplanation;
  location: LocationExplanation;
  salary: SalaryExplanation;
}

export type MissingMustHave =
  | { type: 'skill'; anyOf: string[] }
  | { type: 'language'; language: string; minLevel: CefrLevel };

export interface MatchResult {
  scorerVersion: number;
  /** 0–100, two decimals. */
  score: number;
  mustHavesMet: boolean;
  missingMustHaves: MissingMustHave[];
  breakdown: Breakdown;
}

/** The hot path's answer (sourcing): the same numbers as MatchResult, nothing else. */
export interface FastScore {
  score: number;
  mustHavesMet: boolean;
}
