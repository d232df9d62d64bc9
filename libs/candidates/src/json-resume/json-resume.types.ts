/**
 * The parts of a JSON Resume document (https://jsonresume.org/schema) that
 * the import reads, and the profile draft it produces. Every field is
 * optional and typed as the schema allows; the mapper still checks types at
 * run time, because a document is only as good as whoever wrote it.
 */
import type { CefrLevel } from '@embauche/matching/model';

export interface JsonResumeLocation {
  address?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  region?: string;
}

export interface JsonResume {
  basics?: {
    name?: string;
    label?: string;
    summary?: string;
    location?: JsonResumeLocation;
  };
  work?: Array<{ name?: string; position?: string; startDate?: string; endDate?: string }>;
  education?: Array<{ institution?: string; area?: string; studyType?: string; startDate?: string; endDate?: string }>;
  skills?: Array<{ name?: string; level?: string; keywords?: string[] }>;
  languages?: Array<{ language?: string; fluency?: string }>;
}

/** Ascending: a later entry is a higher level. Same order as the Profile's educationLevel. */
export const EDUCATION_LEVELS = ['none', 'secondary', 'bootcamp', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Something in the document the import could not carry over, or had to guess; shown to the candidate. */
export interface UnmappedField {
  /** JSON path in the document, e.g. `languages[2].language`. */
  field: string;
  value: string;
  reason: string;
}

export interface DraftSkill {
  name: string;
  /** 1–5. */
  level: number;
  years?: number | null;
}

export interface DraftLanguage {
  /** ISO 639-1 code. */
  language: string;
  level: CefrLevel;
}

/** The profile fields a JSON Resume can fill; the rest of the Profile keeps its current values. */
export interface ProfileDraft {
  headline: string | null;
  summary: string | null;
  country: string | null;
  city: string | null;
  yearsExperience: number | null;
  educationLevel: EducationLevel | null;
  skills: DraftSkill[];
  languages: DraftLanguage[];
  unmapped: UnmappedField[];
}

/** Narrows an unknown value to a trimmed, non-empty string. */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Unmapped values are echoed back to the candidate, so a pasted essay is shortened first. */
export function preview(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

/** Arrays only: a field of the wrong type reads as absent instead of throwing. */
export function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}
