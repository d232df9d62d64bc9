/**
 * What the scorer reads. Plain data shaped for scoring, not entities: the
 * callers (application scoring, sourcing) map their rows onto these.
 */
import type {
  CandidateLanguage,
  CandidateSkill,
  RemotePolicy,
  RemotePreference,
  Requirements,
  SalaryExpectation,
  SalaryRange,
  Seniority,
  SkillKind,
} from './model';

/** A relation: a candidate who has `from` gets `strength` (0–1) credit for a requirement of `to`. */
export interface SkillRelation {
  from: string;
  to: string;
  strength: number;
}

/** The part of the skill taxonomy the scorer needs (the skills library's catalog satisfies it). */
export interface ScoringTaxonomy {
  /** undefined for ids the taxonomy does not know (custom skills): they count as technical. */
  kindOf(skillId: string): SkillKind | undefined;
  /** true when `name` is the skill's own label or id (→ `exact`), false for an alias (→ `alias`). */
  isCanonicalSpelling(skillId: string, name: string): boolean;
  relations: ReadonlyArray<SkillRelation>;
  /**
   * Skill id → its integer code, when the taxonomy has codes (the database's
   * skills.code; see CandidateForScoring.skillCodes). Absent: no code path.
   */
  codes?: ReadonlyMap<string, number>;
}

export interface PostingForScoring {
  requirements: Requirements;
  seniority: Seniority;
  /** ISO 3166-1 alpha-2. */
  country: string;
  city: string;
  remotePolicy: RemotePolicy;
  salary: SalaryRange | null;
}

export interface CandidateForScoring {
  candidateId: string;
  /** ISO 3166-1 alpha-2, null when the candidate did not say. */
  country: string | null;
  city: string | null;
  remotePreference: RemotePreference;
  willingToRelocate: boolean;
  /** null counts as 0 years. */
  yearsExperience: number | null;
  salaryExpectation: SalaryExpectation | null;
  skills: CandidateSkill[];
  /**
   * Optional, parallel to `skills`: the integer code of each skill's id in the
   * taxonomy (ScoringTaxonomy.codes), −1 when it has none (custom skills).
   * Stored with the profile (candidate_profiles.skill_codes), it lets the
   * scorer find a skill's lookup group by array index instead of hashing and
   * comparing its id string: the innermost step of sourcing. It changes no
   * result: a code stands for exactly one id, and a code the posting's
   * taxonomy does not know falls back to the id.
   */
  skillCodes?: ArrayLike<number> | null;
  languages: CandidateLanguage[];
  /** Optional, parallel to `languages`: their packed codes (skill-codes.ts), stored as candidate_profiles.language_codes. */
  languageCodes?: ArrayLike<number> | null;
}
