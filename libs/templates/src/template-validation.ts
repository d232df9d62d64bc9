/**
 * Checks a template file's shape when the catalog loads it. JSON imports are
 * typed loosely (string instead of 'must' | 'important' | 'nice'), and a
 * template is edited by hand, so a typo must stop the boot with the path of
 * the bad field rather than surface later as a wrong score or a blank title.
 */
import { CEFR_LEVELS, IMPORTANCES, SALARY_PERIODS, SENIORITIES } from '@embauche/matching/model';
import { TEMPLATE_LANGUAGES, type JobTemplate } from './template.types';

export class TemplateDataError extends Error {
  constructor(
    readonly templateId: string,
    readonly path: string,
    problem: string,
  ) {
    super(`Job template "${templateId}": ${path} ${problem}`);
    this.name = 'TemplateDataError';
  }
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const TEXT_FIELDS = ['title', 'summary', 'educationNote', 'salaryNote'] as const;
const LIST_FIELDS = ['missions', 'workingConditions', 'benefits', 'careerPath', 'educationPaths'] as const;
const HEADINGS = [
  'missions', 'profile', 'skills', 'qualities', 'languages',
  'experience', 'education', 'conditions', 'salary', 'benefits',
] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every(isText);
const oneOf = (values: readonly string[], v: unknown) => typeof v === 'string' && values.includes(v);

/** Returns the input typed as a JobTemplate, or throws TemplateDataError naming the first bad field. */
export function parseTemplate(raw: unknown): JobTemplate {
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : '?';
  const fail = (path: string, problem: string): never => {
    throw new TemplateDataError(id, path, problem);
  };
  if (!isObject(raw)) return fail('(root)', 'must be an object');
  if (!SLUG.test(id)) fail('id', 'must be a lowercase kebab-case slug');
  if (!Number.isInteger(raw.version) || (raw.version as number) < 1) fail('version', 'must be a positive integer');

  const content = isObject(raw.content) ? raw.content : fail('content', 'must be an object');
  for (const lang of TEMPLATE_LANGUAGES) {
    const c = isObject(content[lang]) ? content[lang] : fail(`content.${lang}`, 'is missing');
    for (const f of TEXT_FIELDS) if (!isText(c[f])) fail(`content.${lang}.${f}`, 'must be a non-empty string');
    for (const f of LIST_FIELDS) if (!isTextList(c[f])) fail(`content.${lang}.${f}`, 'must be a non-empty list of strings');
    const titles = isObject(c.postingTitles) ? c.postingTitles : fail(`content.${lang}.postingTitles`, 'is missing');
    for (const s of SENIORITIES) {
      if (!isText(titles[s])) fail(`content.${lang}.postingTitles.${s}`, 'must be a non-empty string');
    }
    const headings = isObject(c.headings) ? c.headings : fail(`content.${lang}.headings`, 'is missing');
    for (const h of HEADINGS) if (!isText(headings[h])) fail(`content.${lang}.headings.${h}`, 'must be a non-empty string');
    const at = `content.${lang}.benefitsByCountry`;
    const byCountry = isObject(c.benefitsByCountry) ? c.benefitsByCountry : fail(at, 'must be an object');
    for (const [country, list] of Object.entries(byCountry)) {
      if (!COUNTRY.test(country) || !isTextList(list)) fail(`${at}.${country}`, 'must be a list keyed by an ISO country code');
    }
  }

  const requirements = isObject(raw.requirements) ? raw.requirements : fail('requirements', 'must be an object');
  for (const s of SENIORITIES) checkRequirements(requirements[s], `requirements.${s}`, fail);

  const rules = isObject(raw.languageRules) ? raw.languageRules : fail('languageRules', 'must be an object');
  checkLanguages(rules.always, 'languageRules.always', fail);
  const byLang = isObject(rules.byPostingLanguage)
    ? rules.byPostingLanguage
    : fail('languageRules.byPostingLanguage', 'must be an object');
  for (const [lang, list] of Object.entries(byLang)) checkLanguages(list, `languageRules.byPostingLanguage.${lang}`, fail);
  const byCountry = isObject(rules.byCountry) ? rules.byCountry : fail('languageRules.byCountry', 'must be an object');
  for (const [country, perLang] of Object.entries(byCountry)) {
    const at = `languageRules.byCountry.${country}`;
    if (!COUNTRY.test(country) || !isObject(perLang)) fail(at, 'must be keyed by an ISO country code');
    for (const [lang, list] of Object.entries(perLang as Json)) checkLanguages(list, `${at}.${lang}`, fail);
  }

  const bands = Array.isArray(raw.salaryBands) ? raw.salaryBands : fail('salaryBands', 'must be a list');
  const seen = new Set<string>();
  bands.forEach((b, i) => {
    const at = `salaryBands[${i}]`;
    if (!isObject(b)) return fail(at, 'must be an object');
    if (typeof b.country !== 'string' || !COUNTRY.test(b.country)) fail(`${at}.country`, 'must be an ISO 3166-1 alpha-2 code');
    if (!oneOf(SENIORITIES, b.seniority)) fail(`${at}.seniority`, `must be one of ${SENIORITIES.join(', ')}`);
    if (!oneOf(SALARY_PERIODS, b.period)) fail(`${at}.period`, `must be one of ${SALARY_PERIODS.join(', ')}`);
    if (typeof b.currency !== 'string' || !CURRENCY.test(b.currency)) fail(`${at}.currency`, 'must be an ISO 4217 code');
    if (typeof b.min !== 'number' || typeof b.max !== 'number' || !(0 < b.min && b.min <= b.max)) fail(at, 'needs 0 < min ≤ max');
    if (typeof b.derived !== 'boolean') fail(`${at}.derived`, 'must be true or false');
    const key = `${b.country}/${b.seniority}`;
    if (seen.has(key)) fail(at, `repeats the band for ${key}`);
    seen.add(key);
  });
  if (!Array.isArray(raw.educationLevels)) fail('educationLevels', 'must be a list');
  return raw as unknown as JobTemplate;
}

type Fail = (path: string, problem: string) => never;

function checkRequirements(r: unknown, at: string, fail: Fail): void {
  if (!isObject(r)) return fail(at, 'is missing');
  const skills = Array.isArray(r.skills) ? r.skills : fail(`${at}.skills`, 'must be a list');
  skills.forEach((item, i) => {
    const p = `${at}.skills[${i}]`;
    if (!isObject(item) || !isTextList(item.anyOf)) return fail(`${p}.anyOf`, 'must list at least one skill id');
    const level = item.minLevel;
    if (!Number.isInteger(level) || (level as number) < 1 || (level as number) > 5) fail(`${p}.minLevel`, 'must be an integer from 1 to 5');
    if (!oneOf(IMPORTANCES, item.importance)) fail(`${p}.importance`, `must be one of ${IMPORTANCES.join(', ')}`);
  });
  checkLanguages(r.languages, `${at}.languages`, fail);
  const years = r.minYearsExperience;
  if (years !== null && (!Number.isInteger(years) || (years as number) < 0)) {
    fail(`${at}.minYearsExperience`, 'must be null or a whole number ≥ 0');
  }
}

function checkLanguages(list: unknown, at: string, fail: Fail): void {
  if (!Array.isArray(list)) return fail(at, 'must be a list');
  list.forEach((l, i) => {
    const p = `${at}[${i}]`;
    if (!isObject(l) || typeof l.language !== 'string' || !/^[a-z]{2}$/.test(l.language)) {
      return fail(`${p}.language`, 'must be an ISO 639-1 code');
    }
    if (!oneOf(CEFR_LEVELS, l.minLevel)) fail(`${p}.minLevel`, `must be one of ${CEFR_LEVELS.join(', ')}`);
    if (!oneOf(IMPORTANCES, l.importance)) fail(`${p}.importance`, `must be one of ${IMPORTANCES.join(', ')}`);
  });
}
