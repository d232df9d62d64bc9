import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeCatalogs } from './catalogs';

export const LANGUAGES = ['fr', 'en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

// Only the choice of language is kept in the browser: it is a preference, not a secret.
const STORAGE_KEY = 'embauche.language';

const isLanguage = (value: string | null | undefined): value is Language => LANGUAGES.includes(value as Language);

/** The saved choice, else the first of the browser's languages we speak, else English. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: mergeCatalogs(import.meta.glob<{ default: Record<string, unknown> }>('./locales/**/*.json', { eager: true })),
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export default i18n;
