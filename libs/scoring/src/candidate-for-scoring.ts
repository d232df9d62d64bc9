import type { CandidateForScoring } from '@embauche/matching';

/** A profile row as the scoring queries select it (snake_case from raw SQL). */
export interface ProfileRow {
  candidate_id: string;
  revision: number;
  country: string | null;
  city: string | null;
  remote_preference: CandidateForScoring['remotePreference'];
  willing_to_relocate: boolean;
  years_experience: number | null;
  salary_amount: number | null;
  salary_currency: string | null;
  salary_period: 'month' | 'year' | null;
  skills: CandidateForScoring['skills'];
  /** Packed taxonomy codes of `skills`, kept by a trigger (libs/matching/src/skill-codes.ts). */
  skill_codes: number[] | null;
  languages: CandidateForScoring['languages'];
  /** Packed codes of `languages`, kept by the same trigger. */
  language_codes: number[] | null;
}

export const PROFILE_COLUMNS = `p.candidate_id, p.revision, p.country, p.city, p.remote_preference, p.willing_to_relocate, p.years_experience,
  p.salary_amount, p.salary_currency, p.salary_period, p.skills, p.skill_codes, p.languages, p.language_codes`;

export function toCandidate(row: ProfileRow): CandidateForScoring {
  return {
    candidateId: row.candidate_id,
    country: row.country,
    city: row.city,
    remotePreference: row.remote_preference,
    willingToRelocate: row.willing_to_relocate,
    yearsExperience: row.years_experience,
    salaryExpectation:
      row.salary_amount !== null && row.salary_currency && row.salary_period
        ? { amount: row.salary_amount, currency: row.salary_currency, period: row.salary_period }
        : null,
    skills: row.skills,
    skillCodes: row.skill_codes,
    languages: row.languages,
    languageCodes: row.language_codes,
  };
}
