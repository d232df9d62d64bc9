/**
 * The words a rendered description needs that belong to no particular
 * template (importance, remote policy, pay period…), per posting language.
 * Template-specific wording (missions, headings) stays in the template JSON.
 */
import type { CefrLevel, Importance, RemotePolicy, SalaryPeriod } from '@embauche/matching/model';
import type { TemplateLanguage } from './template.types';

/** The employment types of API.md; Google's mapping lives in schema-org.ts. */
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contract', 'internship'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export interface RenderVocabulary {
  importance: Record<Importance, string>;
  remotePolicy: Record<RemotePolicy, string>;
  employmentType: Record<EmploymentType, string>;
  /** "brut par mois": follows the amount. */
  grossPer: Record<SalaryPeriod, string>;
  salaryToBeDefined: string;
  /** Joins the last two skills of an anyOf group: "Java, PHP ou Ruby". */
  or: string;
  /** "niveau 3/5". */
  skillLevel: (level: number) => string;
  cefrLevel: (level: CefrLevel) => string;
  yearsOfExperience: (years: number) => string;
  /** French typography puts a space before a colon. */
  colon: string;
  /** Thousands separator. A plain space in French, so the amounts stay searchable and editable as typed. */
  thousands: string;
}

export const RENDER_VOCABULARY: Record<TemplateLanguage, RenderVocabulary> = {
  fr: {
    importance: { must: 'indispensable', important: 'important', nice: 'un atout' },
    remotePolicy: {
      onsite: 'Travail sur site',
      hybrid: 'Hybride : bureau et télétravail',
      remote: 'Télétravail complet (100 % à distance)',
    },
    employmentType: {
      full_time: 'Temps plein',
      part_time: 'Temps partiel',
      contract: 'Contrat de mission (freelance)',
      internship: 'Stage',
    },
    grossPer: { month: 'brut par mois', year: 'brut par an' },
    salaryToBeDefined: 'Fourchette salariale à préciser.',
    or: 'ou',
    skillLevel: (level) => `niveau ${level}/5`,
    cefrLevel: (level) => (level === 'native' ? 'langue maternelle' : `${level} minimum`),
    yearsOfExperience: (years) =>
      years === 0
        ? 'Débutant·e bienvenu·e : aucune expérience professionnelle exigée.'
        : `Au moins ${years} ${years === 1 ? 'an' : 'ans'} d'expérience professionnelle.`,
    colon: ' : ',
    thousands: ' ',
  },
  en: {
    importance: { must: 'required', important: 'important', nice: 'a plus' },
    remotePolicy: {
      onsite: 'On site',
      hybrid: 'Hybrid: office and remote work',
      remote: 'Fully remote',
    },
    employmentType: {
      full_time: 'Full-time',
      part_time: 'Part-time',
      contract: 'Contract (freelance)',
      internship: 'Internship',
    },
    grossPer: { month: 'gross per month', year: 'gross per year' },
    salaryToBeDefined: 'Salary range to be confirmed.',
    or: 'or',
    skillLevel: (level) => `level ${level}/5`,
    cefrLevel: (level) => (level === 'native' ? 'native' : `${level} or above`),
    yearsOfExperience: (years) =>
      years === 0
        ? 'Beginners welcome: no professional experience required.'
        : `At least ${years} ${years === 1 ? 'year' : 'years'} of professional experience.`,
    colon: ': ',
    thousands: ',',
  },
  nl: {
    importance: { must: 'vereist', important: 'belangrijk', nice: 'een pluspunt' },
    remotePolicy: {
      onsite: 'Op kantoor',
      hybrid: 'Hybride: kantoor en thuiswerk',
      remote: 'Volledig telewerk (100% op afstand)',
    },
    employmentType: { full_time: 'Voltijds', part_time: 'Deeltijds', contract: 'Opdracht (freelance)', internship: 'Stage' },
    grossPer: { month: 'bruto per maand', year: 'bruto per jaar' },
    salaryToBeDefined: 'Salarisvork nog te bepalen.',
    or: 'of',
    skillLevel: (level) => `niveau ${level}/5`,
    cefrLevel: (level) => (level === 'native' ? 'moedertaal' : `minstens ${level}`),
    yearsOfExperience: (years) =>
      years === 0 ? 'Starters welkom: geen werkervaring vereist.' : `Minstens ${years} jaar werkervaring.`,
    colon: ': ',
    thousands: '.',
  },
};

/** 3800 → "3 800" / "3,800" / "3.800". Integers only: salary bands are whole amounts. */
export function formatAmount(amount: number, lang: TemplateLanguage): string {
  const digits = Math.round(Math.abs(amount)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, RENDER_VOCABULARY[lang].thousands);
  return amount < 0 ? `-${digits}` : digits;
}

/** "Belgique", "België"; falls back to the code for anything Intl does not know. */
export function countryName(code: string, lang: TemplateLanguage): string {
  return displayName('region', code.toUpperCase(), lang);
}

/** "Néerlandais" (capitalised: it starts a list item). */
export function languageName(code: string, lang: TemplateLanguage): string {
  const name = displayName('language', code.toLowerCase(), lang);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function displayName(type: 'region' | 'language', code: string, lang: TemplateLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code; // a malformed code (RangeError) must not break the whole description
  }
}
