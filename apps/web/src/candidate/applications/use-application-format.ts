import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSkillTaxonomy } from '../../api/skills';
import { currentLanguage } from '../../i18n/i18n';
import { labelOf } from '../../postings/requirements';
import type { Labels } from './explanation';

/** Numbers, dates with their time, language names and skill labels in the reader's language (Intl). */
export function useApplicationFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const taxonomy = useSkillTaxonomy(currentLanguage());
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const languages = new Intl.DisplayNames([locale], { type: 'language' });
    const disjunction = new Intl.ListFormat(locale, { type: 'disjunction' });
    const labels: Labels = {
      skill: (id) => labelOf(id, taxonomy.data),
      anyOf: (items) => disjunction.format(items),
      language: (code) => languages.of(code) ?? code,
      number: (value) => number.format(value),
    };
    return {
      labels,
      number: (value: number) => number.format(value),
      date: (iso: string) => date.format(new Date(iso)),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
    };
  }, [locale, taxonomy.data]);
}
