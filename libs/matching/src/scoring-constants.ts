/**
 * Every number of the matching model (product/MATCHING.md), named once.
 * Changing a default is one edit here plus a SCORER_VERSION bump, so stored
 * scores can tell which rules produced them.
 */
import type { Importance, Seniority } from './model';

/** Bump on any change that can move a score or reshape a breakdown. */
export const SCORER_VERSION = 1;

/** The criteria in the order the breakdown lists them. */
export const CRITERIA = ['technicalSkills', 'softSkills', 'languages', 'experience', 'location', 'salary'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Default weights; they add up to 100 and are rescaled over the criteria that are compared. */
export const DEFAULT_WEIGHTS: Readonly<Record<Criterion, number>> = {
  technicalSkills: 55,
  softSkills: 15,
  languages: 15,
  experience: 5,
  location: 5,
  salary: 5,
};

/** How much an item counts inside its criterion (skills and languages alike). */
export const IMPORTANCE_WEIGHTS: Readonly<Record<Importance, number>> = { must: 3, important: 2, nice: 1 };

/** A `must` item is met when its credit reaches this. */
export const MUST_THRESHOLD = 0.5;

/** The level of a candidate skill given without one. */
export const DEFAULT_SKILL_LEVEL = 3;

/** Credit lost per CEFR level below the required one (floored at 0). */
export const LANGUAGE_STEP_PENALTY = 0.25;

/** Minimum years of experience when the posting does not say. */
export const DEFAULT_MIN_YEARS: Readonly<Record<Seniority, number>> = { junior: 0, mid: 2, senior: 5 };

/** The location table, one sub-score per row. */
export const LOCATION_SUBSCORES = {
  remotePosting: 1,
  sameCity: 1,
  sameCountryHybrid: 0.7,
  sameCountryOnsite: 0.6,
  otherCountryWillingToRelocate: 0.5,
  otherCountryNotWilling: 0.1,
} as const;

/** Applied when the candidate wants remote work only and the posting is on site. */
export const REMOTE_ONLY_ONSITE_FACTOR = 0.5;

/**
 * Monthly pay → yearly pay, by the posting's country (ISO 3166-1 alpha-2).
 * Belgium: 12 months + 13th month + double holiday pay ≈ 13.92.
 */
export const MONTHS_PER_YEAR_BY_COUNTRY: Readonly<Record<string, number>> = { BE: 13.92 };
export const DEFAULT_MONTHS_PER_YEAR = 12;

/** Sub-score lost per unit of relative overshoot above the posting's max: 1 − 2 × (exp − max) / max. */
export const SALARY_OVERSHOOT_PENALTY = 2;
