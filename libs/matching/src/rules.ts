/**
 * The per-criterion rules of product/MATCHING.md as small pure functions.
 * The hot path and the explanation both call these, so they cannot disagree.
 */
import { CEFR_LEVELS, type CefrLevel, type SalaryPeriod, type Seniority } from './model';
import {
  DEFAULT_MIN_YEARS,
  DEFAULT_MONTHS_PER_YEAR,
  DEFAULT_SKILL_LEVEL,
  LANGUAGE_STEP_PENALTY,
  MONTHS_PER_YEAR_BY_COUNTRY,
  SALARY_OVERSHOOT_PENALTY,
} from './scoring-constants';

/**
 * Rank of a CEFR level (A1 = 0 … C2 = 5, native = 6, as in CEFR_LEVELS), −1
 * for anything else (treated as absent). Arithmetic on the two characters
 * rather than a table lookup: it runs for every language of every profile.
 */
export function cefrRank(level: string): number {
  if (level.length !== 2) return level === 'native' ? 6 : -1;
  const letter = level.charCodeAt(0) - 65; // A, B, C
  const digit = level.charCodeAt(1) - 49; // 1, 2
  return letter >= 0 && letter <= 2 && (digit === 0 || digit === 1) ? letter * 2 + digit : -1;
}

export function cefrLevelAt(rank: number): CefrLevel | null {
  return rank >= 0 ? CEFR_LEVELS[rank] : null;
}

/** A skill given without a level counts as DEFAULT_SKILL_LEVEL. */
export function effectiveLevel(level: number | null | undefined): number {
  return level ?? DEFAULT_SKILL_LEVEL;
}

/** 1 at or above the minimum, level / minLevel below it (never negative). */
export function levelFactor(level: number, minLevel: number): number {
  if (level >= minLevel) return 1;
  return level > 0 ? level / minLevel : 0;
}

/** 1 at or above the required rank, −0.25 per level below (floored at 0), 0 when absent (rank −1). */
export function languageCredit(requiredRank: number, candidateRank: number): number {
  if (candidateRank < 0) return 0;
  if (candidateRank >= requiredRank) return 1;
  return Math.max(0, 1 - LANGUAGE_STEP_PENALTY * (requiredRank - candidateRank));
}

export function requiredYears(minYearsExperience: number | null, seniority: Seniority): number {
  return minYearsExperience ?? DEFAULT_MIN_YEARS[seniority];
}

/** 1 when years ≥ minimum, otherwise years / minimum; unknown years count as 0. */
export function experienceSubScore(years: number | null, minimum: number): number {
  const y = years !== null && years > 0 ? years : 0;
  if (y >= minimum) return 1;
  return y / minimum;
}

/**
 * Months per year for the posting's country. Both the range and the
 * expectation are annualized with the posting's factor: the candidate
 * is applying to work under that country's pay customs.
 */
export function monthsPerYear(country: string): number {
  return MONTHS_PER_YEAR_BY_COUNTRY[country.toUpperCase()] ?? DEFAULT_MONTHS_PER_YEAR;
}

/** Yearly amount, rounded to the cent so 4,000 × 13.92 is 55,680 and not 55,680.000000000007. */
export function annualize(amount: number, period: SalaryPeriod, months: number): number {
  return period === 'month' ? Math.round(amount * months * 100) / 100 : amount;
}

/** Expectation ≤ max → 1; above it 1 − 2 × (expectation − max) / max, floored at 0. */
export function salarySubScore(annualExpectation: number, annualMax: number): number {
  if (annualExpectation <= annualMax) return 1;
  if (annualMax <= 0) return 0;
  return Math.max(0, 1 - (SALARY_OVERSHOOT_PENALTY * (annualExpectation - annualMax)) / annualMax);
}
