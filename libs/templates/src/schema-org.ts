/**
 * A published posting as schema.org JobPosting JSON-LD (GET /jobs/{id}/schema-org),
 * shaped for Google for Jobs: every required property (title, description,
 * datePosted, hiringOrganization, jobLocation) and the recommended ones we
 * can fill truthfully. Typed against schema-dts so a misspelt property or a
 * wrong value type fails the build rather than silently dropping the listing.
 */
import type { Requirements, RemotePolicy, SalaryRange, Seniority } from '@embauche/matching/model';
import type { JobPosting, OccupationalExperienceRequirements, WithContext } from 'schema-dts';
import { markdownToHtml } from './markdown-to-html';
import { DEFAULT_MIN_YEARS_BY_SENIORITY } from './posting-defaults';
import type { EmploymentType } from './render-vocabulary';
import type { TemplateLanguage } from './template.types';

/**
 * Google drops a listing after validThrough. Postings have no expiry date of
 * their own, so the JSON-LD advertises 60 days from publication; a posting
 * closed earlier returns 404 on /jobs/{id}, which also removes it from Google.
 */
export const LISTING_VALIDITY_DAYS = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Google's employmentType enum. */
const GOOGLE_EMPLOYMENT_TYPE: Record<EmploymentType, string> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  contract: 'CONTRACTOR',
  internship: 'INTERN',
};

export interface SchemaOrgPostingInput {
  id: string;
  title: string;
  /** Markdown as stored on the posting; converted to HTML. */
  description: string;
  language: TemplateLanguage;
  /** ISO 3166-1 alpha-2. */
  country: string;
  city: string;
  remotePolicy: RemotePolicy;
  employmentType: EmploymentType;
  salary: SalaryRange | null;
  requirements: Requirements;
  publishedAt: Date;
  skillLabel: (id: string) => string;
  organizationName: string;
  /** Fills in the experience asked when requirements.minYearsExperience is null. */
  seniority?: Seniority;
  /** The public page of the posting, when the caller knows its absolute URL. */
  url?: string;
}

/** Optional facts about the hiring organization; its name comes with the posting. */
export interface SchemaOrgOrganization {
  /** The organization's own website. */
  sameAs?: string;
  /** Absolute URL of a logo image. */
  logo?: string;
}

export function toSchemaOrgJobPosting(
  posting: SchemaOrgPostingInput,
  organization: SchemaOrgOrganization = {},
): WithContext<JobPosting> {
  const remote = posting.remotePolicy === 'remote';
  const country = posting.country.toUpperCase();
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: { '@type': 'PropertyValue', name: posting.organizationName, value: posting.id },
    title: posting.title,
    description: markdownToHtml(posting.description),
    datePosted: posting.publishedAt.toISOString(),
    validThrough: new Date(posting.publishedAt.getTime() + LISTING_VALIDITY_DAYS * DAY_MS).toISOString(),
    employmentType: GOOGLE_EMPLOYMENT_TYPE[posting.employmentType],
    hiringOrganization: {
      '@type': 'Organization',
      name: posting.organizationName,
      ...(organization.sameAs ? { sameAs: organization.sameAs } : {}),
      ...(organization.logo ? { logo: organization.logo } : {}),
    },
    // Kept for remote postings too: it tells candidates where the team is.
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: posting.city, addressCountry: country },
    },
    // Google's only remote marker; it then needs the countries candidates may apply from.
    ...(remote
      ? { jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: country } }
      : {}),
    ...(posting.salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: posting.salary.currency,
            value: {
              '@type': 'QuantitativeValue',
              minValue: posting.salary.min,
              maxValue: posting.salary.max,
              unitText: posting.salary.period === 'month' ? 'MONTH' : 'YEAR',
            },
          },
        }
      : {}),
    skills: skillLabels(posting).join(', '),
    experienceRequirements: experience(posting),
    // Education is never required by our templates (skills over diplomas);
    // "no requirements" is the value Google documents for exactly that.
    educationRequirements: 'no requirements',
    directApply: true,
    // JobPosting has no inLanguage (it is not a CreativeWork); the page that carries it does.
    mainEntityOfPage: {
      '@type': 'WebPage',
      inLanguage: posting.language,
      ...(posting.url ? { url: posting.url } : {}),
    },
    ...(posting.url ? { url: posting.url } : {}),
  };
}

/** Every skill named by the requirements, once, in requirement order. */
function skillLabels(posting: SchemaOrgPostingInput): string[] {
  const ids = posting.requirements.skills.flatMap((s) => s.anyOf);
  return [...new Set(ids.map((id) => posting.skillLabel(id)))];
}

/** Google documents "no requirements" for a job open to beginners. */
function experience(posting: SchemaOrgPostingInput): OccupationalExperienceRequirements | 'no requirements' {
  const years =
    posting.requirements.minYearsExperience ??
    (posting.seniority ? DEFAULT_MIN_YEARS_BY_SENIORITY[posting.seniority] : 0);
  return years > 0
    ? { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: years * 12 }
    : 'no requirements';
}
