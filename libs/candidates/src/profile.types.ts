import type { CefrLevel, RemotePreference, SalaryExpectation } from '@embauche/matching/model';
import type { EducationLevel } from './json-resume/json-resume.types';

export { EDUCATION_LEVELS, type EducationLevel } from './json-resume/json-resume.types';

/** A full profile as the candidate sends it (PUT replaces the whole profile). */
export interface ProfileInput {
  headline: string | null;
  summary: string | null;
  country: string | null;
  city: string | null;
  remotePreference: RemotePreference;
  willingToRelocate: boolean;
  yearsExperience: number | null;
  educationLevel: EducationLevel | null;
  salaryExpectation: SalaryExpectation | null;
  skills: Array<{ name: string; level?: number | null; years?: number | null }>;
  languages: Array<{ language: string; level: CefrLevel }>;
  /** Omitted: unchanged (false for a new profile). Consent is only ever given explicitly. */
  discoverable?: boolean;
}
