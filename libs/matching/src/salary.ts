/**
 * Salary: posting range against the candidate's expectation, both annualized
 * with the posting country's months per year. Left out when either side is
 * missing (a private expectation is never penalised) or when the currencies
 * differ (the scorer is pure: no exchange rates, so no honest comparison).
 */
import type { SalaryRule } from './breakdown.types';
import { sameCode } from './memo';
import type { SalaryExpectation } from './model';
import { annualize, monthsPerYear, salarySubScore } from './rules';
import type { PostingForScoring } from './scoring.types';

export interface SalaryContext {
  readonly monthsPerYear: number;
  /** null when the posting has no range. */
  readonly currency: string | null;
  readonly annualMax: number;
}

export function compileSalary(posting: PostingForScoring): SalaryContext {
  const months = monthsPerYear(posting.country);
  const range = posting.salary;
  return {
    monthsPerYear: months,
    currency: range === null ? null : range.currency,
    annualMax: range === null ? 0 : annualize(range.max, range.period, months),
  };
}

export function salaryRule(ctx: SalaryContext, expectation: SalaryExpectation | null): SalaryRule {
  if (ctx.currency === null) return 'noPostingSalary';
  if (expectation === null) return 'noExpectation';
  if (!sameCode(ctx.currency, expectation.currency)) return 'currencyMismatch';
  return annualExpectation(ctx, expectation) <= ctx.annualMax ? 'withinRange' : 'aboveMax';
}

export function annualExpectation(ctx: SalaryContext, expectation: SalaryExpectation): number {
  return annualize(expectation.amount, expectation.period, ctx.monthsPerYear);
}

/** The sub-score, −1 when left out. */
export function salaryCriterion(ctx: SalaryContext, expectation: SalaryExpectation | null): number {
  if (ctx.currency === null || expectation === null || !sameCode(ctx.currency, expectation.currency)) return -1;
  return salarySubScore(annualExpectation(ctx, expectation), ctx.annualMax);
}
