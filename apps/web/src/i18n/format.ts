import { useTranslation } from 'react-i18next';
import type { Schema } from '@embauche/api-client';

type Salary = NonNullable<Schema<'PostingResponse'>['salary']>;

/** Dates, places and money in the reader's language, through Intl. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  return {
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso)),
    country: (code: string) => countries.of(code) ?? code,
    language: (code: string) => languages.of(code) ?? code,
    place: (city: string, country: string) => `${city}, ${countries.of(country) ?? country}`,
    salary: (salary: Salary | null | undefined) => {
      if (!salary) return t('salary.none');
      const money = new Intl.NumberFormat(locale, { style: 'currency', currency: salary.currency, maximumFractionDigits: 0 });
      const range = salary.min === salary.max ? money.format(salary.min) : money.formatRange(salary.min, salary.max);
      return t(salary.period === 'month' ? 'salary.month' : 'salary.year', { range });
    },
  };
}
