import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSkillTaxonomy } from '../../api/skills';
import { currentLanguage } from '../../i18n/i18n';
import { labelOf } from '../../postings/requirements';
import type { ItemView } from './breakdown';

type Taxonomy = ReturnType<typeof useSkillTaxonomy>['data'];
type ReviewFormat = ReturnType<typeof makeFormat>;

// Every visible row uses these formatters: they are built once per language and taxonomy, not per
// row (Intl constructors cost more than the row's render while scrolling 10,000 rows).
let shared: { locale: string; taxonomy: Taxonomy; t: TFunction; format: ReviewFormat } | undefined;

/** Numbers, money, places and requirement labels in the reviewer's language (Intl, the taxonomy's labels). */
export function useReviewFormat(): ReviewFormat {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const taxonomy = useSkillTaxonomy(currentLanguage()).data;
  return formatFor(locale, taxonomy, t);
}

/** A memo of one entry: same inputs, same formatters. */
function formatFor(locale: string, taxonomy: Taxonomy, t: TFunction): ReviewFormat {
  if (!shared || shared.locale !== locale || shared.taxonomy !== taxonomy || shared.t !== t) shared = { locale, taxonomy, t, format: makeFormat(locale, taxonomy, t) };
  return shared.format;
}

function makeFormat(locale: string, taxonomy: Taxonomy, t: TFunction) {
  {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const languages = new Intl.DisplayNames([locale], { type: 'language' });
    const countries = new Intl.DisplayNames([locale], { type: 'region' });
    const disjunction = new Intl.ListFormat(locale, { type: 'disjunction' });
    const skill = (id: string) => labelOf(id, taxonomy);
    const country = (code: string | null) => (code ? (countries.of(code.toUpperCase()) ?? code) : null);
    return {
      number: (value: number) => number.format(value),
      percent: (value: number) => percent.format(value),
      money: (amount: number, currency: string) => {
        try {
          return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
        } catch {
          return `${number.format(amount)} ${currency}`;
        }
      },
      skill,
      language: (code: string) => languages.of(code) ?? code,
      country,
      place: (city: string | null, code: string | null) => [city, country(code)].filter(Boolean).join(', '),
      /** What a requirement asks for, in words: "Java or Kotlin", "French (C1)". */
      asked: (item: ItemView) =>
        item.type === 'skill'
          ? disjunction.format(item.anyOf.map(skill))
          : t('orgReview.explanation.languageAsked', { language: languages.of(item.language) ?? item.language, level: item.minLevel }),
    };
  }
}
