import { InvalidInputError, type FieldError } from '@embauche/common/errors/domain-errors';
import type { SalaryRange } from '@embauche/matching/model';
import { JobPostingErrorCode } from './job-posting-errors';

/** Gross amounts above these are typos, not offers (per period). */
export const MAX_SALARY = { month: 100_000, year: 1_200_000 } as const;

export function validateSalary(salary: SalaryRange): void {
  const errors: FieldError[] = [];
  if (salary.min > salary.max) errors.push({ field: 'salary.min', message: 'must not be greater than salary.max' });
  const ceiling = MAX_SALARY[salary.period];
  if (salary.max > ceiling) errors.push({ field: 'salary.max', message: `must not exceed ${ceiling} per ${salary.period}` });
  if (errors.length) throw new InvalidInputError(JobPostingErrorCode.InvalidSalary, 'The salary range is invalid', errors);
}
