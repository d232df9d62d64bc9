/**
 * What a new posting starts with when the recruiter leaves a field out
 * (POST /job-postings: title, requirements and salary default from the
 * template for that country, seniority and language).
 */
import type { Requirements, SalaryRange, Seniority } from '@embauche/matching/model';
import { resolveLanguages } from './language-rules';
import type { JobTemplate, SalaryBand, TemplateLanguage } from './template.types';

/**
 * MATCHING.md: what a posting with `minYearsExperience: null` asks for. The
 * scorer applies the same numbers; the description and the JSON-LD use these
 * so that what candidates read agrees with how they are scored.
 */
export const DEFAULT_MIN_YEARS_BY_SENIORITY: Readonly<Record<Seniority, number>> = { junior: 0, mid: 2, senior: 5 };

export interface PostingDefaultsInput {
  /** ISO 3166-1 alpha-2; case-insensitive. */
  country: string;
  seniority: Seniority;
  /** The language the posting is written in. */
  language: TemplateLanguage;
}

export interface PostingDefaults {
  title: string;
  requirements: Requirements;
  /** null when the template has no band for that country and seniority: the recruiter must set one before publishing. */
  salary: SalaryRange | null;
}

/** Pure: returns fresh objects, so the caller may edit them without touching the template. */
export function postingDefaults(template: JobTemplate, input: PostingDefaultsInput): PostingDefaults {
  const base = template.requirements[input.seniority];
  const band = findSalaryBand(template, input.country, input.seniority);
  return {
    title: template.content[input.language].postingTitles[input.seniority],
    requirements: {
      skills: base.skills.map((s) => ({ ...s, anyOf: [...s.anyOf] })),
      // The template's own per-seniority languages (normally none) come first;
      // the posting's language and country then add the ones they call for.
      languages: mergeLanguages(base.languages, resolveLanguages(template.languageRules, input.language, input.country)),
      minYearsExperience: base.minYearsExperience,
    },
    salary: band ? { min: band.min, max: band.max, currency: band.currency, period: band.period } : null,
  };
}

export function findSalaryBand(template: JobTemplate, country: string, seniority: Seniority): SalaryBand | undefined {
  const code = country.toUpperCase();
  return template.salaryBands.find((b) => b.country === code && b.seniority === seniority);
}

/** One entry per language; the later list wins, as in resolveLanguages. */
function mergeLanguages(first: Requirements['languages'], second: Requirements['languages']): Requirements['languages'] {
  const byLanguage = new Map(first.map((l) => [l.language, { ...l }]));
  for (const l of second) byLanguage.set(l.language, { ...l });
  return [...byLanguage.values()];
}
