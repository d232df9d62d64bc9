import { ApiError } from '../../api/client';
import type { OrgPosting, PostingBody } from '../../api/postings';

export const COUNTRIES = ['BE', 'FR'] as const;
export const POSTING_LANGUAGES = ['fr', 'en', 'nl'] as const;
export const SENIORITIES = ['junior', 'mid', 'senior'] as const;
export const REMOTE_POLICIES = ['onsite', 'hybrid', 'remote'] as const;
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship'] as const;
export const SALARY_PERIODS = ['month', 'year'] as const;

export interface SalaryFields {
  min: string;
  max: string;
  currency: string;
  period: 'month' | 'year';
}

/** What the posting form edits; text inputs keep their text, the body is built on submit. */
export interface PostingForm {
  templateId: string;
  language: PostingBody['language'];
  country: string;
  city: string;
  seniority: PostingBody['seniority'];
  remotePolicy: PostingBody['remotePolicy'];
  employmentType: PostingBody['employmentType'];
  /** '' in a draft: the template's title for the seniority and language. */
  title: string;
  /** null in a draft until the salary is edited: the template's band for the country and seniority. */
  salary: SalaryFields | null;
  hiringManagerIds: string[];
}

export const newPostingForm = (templateId: string, language: PostingForm['language']): PostingForm => ({
  templateId,
  language,
  country: 'BE',
  city: '',
  seniority: 'mid',
  remotePolicy: 'hybrid',
  employmentType: 'full_time',
  title: '',
  salary: null,
  hiringManagerIds: [],
});

export const salaryFields = (salary: OrgPosting['salary']): SalaryFields =>
  salary ? { min: String(salary.min), max: String(salary.max), currency: salary.currency, period: salary.period } : { min: '', max: '', currency: 'EUR', period: 'month' };

export const formOfPosting = (p: OrgPosting): PostingForm => ({
  templateId: p.templateId,
  language: p.language,
  country: p.country,
  city: p.city,
  seniority: p.seniority as PostingForm['seniority'],
  remotePolicy: p.remotePolicy as PostingForm['remotePolicy'],
  employmentType: p.employmentType as PostingForm['employmentType'],
  title: p.title,
  salary: salaryFields(p.salary),
  hiringManagerIds: p.hiringManagerIds,
});

/** Both amounts empty: no salary. Anything else goes to the API, which says what is wrong with it. */
export function salaryOfFields(s: SalaryFields): PostingBody['salary'] {
  if (!s.min.trim() && !s.max.trim()) return null;
  return { min: Number(s.min), max: Number(s.max), currency: s.currency.trim().toUpperCase(), period: s.period };
}

/** The POST body (and the preview's): what was left untouched defaults from the template. */
export function bodyOf(form: PostingForm): PostingBody {
  const { salary, title, ...facts } = form;
  return {
    ...facts,
    city: facts.city.trim(),
    ...(title.trim() ? { title: title.trim() } : {}),
    ...(salary ? { salary: salaryOfFields(salary) } : {}),
  };
}

/** The problem+json code and per-field messages of a failed call. */
export function problemDetails(error: unknown): { status: number; code?: string; fields: Record<string, string> } | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const problem = (typeof error.problem === 'object' && error.problem !== null ? error.problem : {}) as { code?: string; errors?: Array<{ field: string; message: string }> };
  const fields: Record<string, string> = {};
  for (const e of problem.errors ?? []) fields[e.field] ??= e.message;
  return { status: error.status, code: problem.code, fields };
}
