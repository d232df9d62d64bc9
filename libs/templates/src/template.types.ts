/**
 * The shape of a job-profile template. A template is data (one JSON file in
 * `data/`), so adding a profile never means writing code. The vocabulary it
 * speaks (Requirements, Seniority, SalaryPeriod…) is the matching library's,
 * so a posting drafted from a template can be scored as it is.
 */
import type {
  LanguageRequirement,
  Requirements,
  SalaryPeriod,
  Seniority,
} from '@embauche/matching/model';

/** The languages a template is written in, and a posting may be written in. */
export const TEMPLATE_LANGUAGES = ['fr', 'en', 'nl'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** Section headings of a rendered description, in the template's own words. */
export interface TemplateHeadings {
  missions: string;
  profile: string;
  /** Technical skills. */
  skills: string;
  /** Soft skills, when the renderer can tell them apart (RenderDescriptionInput.skillKind). */
  qualities: string;
  languages: string;
  experience: string;
  education: string;
  conditions: string;
  salary: string;
  benefits: string;
}

/** Everything a candidate or recruiter reads, in one language. */
export interface TemplateContent {
  title: string;
  /** Default posting title per seniority ("Senior Back-End Developer"). */
  postingTitles: Record<Seniority, string>;
  summary: string;
  missions: string[];
  workingConditions: string[];
  /** Benefits that hold wherever the job is. */
  benefits: string[];
  /** Benefits specific to a country's pay packages (BE extra-legal benefits), keyed by ISO 3166-1 alpha-2. */
  benefitsByCountry: Record<string, string[]>;
  careerPath: string[];
  educationPaths: string[];
  /** Says education is never a hard requirement; rendered above the paths. */
  educationNote: string;
  /** For recruiters: where the bands come from, and that the mid band is derived. */
  salaryNote: string;
  headings: TemplateHeadings;
}

/**
 * Language requirements as data. For a posting written in language L in
 * country C, the requirements are the union of three layers, from general
 * to specific:
 *   1. `always`                     — every posting (technical English);
 *   2. `byPostingLanguage[L]`       — the language the offer is written in is
 *                                     the working language (French C1 for a
 *                                     French posting);
 *   3. `byCountry[C][L]`            — what the local market adds (in Belgium,
 *                                     the other national language is an asset).
 * One requirement per language: a later (more specific) layer replaces an
 * earlier one for the same language, so a layer can raise or soften a rule.
 * Missing keys mean "nothing to add". Resolved by `resolveLanguages()`.
 */
export interface LanguageRules {
  always: LanguageRequirement[];
  byPostingLanguage: Partial<Record<TemplateLanguage, LanguageRequirement[]>>;
  byCountry: Record<string, Partial<Record<TemplateLanguage, LanguageRequirement[]>>>;
}

export interface SalaryBand {
  /** ISO 3166-1 alpha-2. */
  country: string;
  seniority: Seniority;
  min: number;
  max: number;
  currency: string;
  period: SalaryPeriod;
  /** true when no source gives this band and it was derived from the others. */
  derived: boolean;
  /** How a derived band was obtained, for maintainers. */
  derivation?: string;
}

/** Informational only: education is never scored nor required (MATCHING.md). */
export type EducationLevel = 'bachelor' | 'master' | 'bootcamp';

export interface JobTemplate {
  /** Lowercase kebab-case slug (API.md conventions). */
  id: string;
  /** Bumped when requirements or bands change, so postings can tell which edition they came from. */
  version: number;
  content: Record<TemplateLanguage, TemplateContent>;
  requirements: Record<Seniority, Requirements>;
  languageRules: LanguageRules;
  salaryBands: SalaryBand[];
  educationLevels: EducationLevel[];
}

/** A salary band as the API shows it (no internal bookkeeping beyond `derived`). */
export type SalaryBandView = Omit<SalaryBand, 'derivation'>;

/** GET /job-templates/{id}?lang= : the template in one language. */
export interface LocalizedTemplate {
  id: string;
  version: number;
  language: TemplateLanguage;
  title: string;
  summary: string;
  missions: string[];
  /** Skill requirements per seniority, without languages (they depend on the posting). */
  requirements: Record<Seniority, Requirements>;
  /** The rules that give a posting its language requirements. */
  languages: LanguageRules;
  salaryBands: SalaryBandView[];
  workingConditions: string[];
  benefits: string[];
  benefitsByCountry: Record<string, string[]>;
  careerPath: string[];
  educationPaths: string[];
  educationNote: string;
  salaryNote: string;
}

/** GET /job-templates?lang= item. */
export interface TemplateSummary {
  id: string;
  title: string;
  summary: string;
}
