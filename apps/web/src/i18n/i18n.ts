import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { languageOf, mergeCatalogs, type Catalog } from './catalogs';

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

// Every catalog file is its own chunk and only the reader's language is fetched: the board's first
// load carries one language of every area's strings, not three (docs/DECISIONS.md › Candidate account screens).
// The organization's screen areas (`locales/org-<area>/`) load with the organization's code
// (`loadOrgCatalogs`, from org-gate), so a visitor or a candidate never downloads their strings.
const catalogFiles = import.meta.glob<{ default: Catalog }>('./locales/**/*.json');
const isOrgArea = (path: string) => path.startsWith('./locales/org-');
let orgWanted = false;
const orgLoaded = new Map<Language, Promise<void>>();

async function loadLanguage(language: Language, which: 'public' | 'org' = 'public'): Promise<Catalog> {
  const files = await Promise.all(
    Object.entries(catalogFiles)
      .filter(([path]) => languageOf(path) === language && isOrgArea(path) === (which === 'org'))
      .map(async ([path, load]) => [path, await load()] as const),
  );
  return mergeCatalogs(Object.fromEntries(files))[language]?.translation ?? {};
}

function addOrgCatalogs(language: Language): Promise<void> {
  let loading = orgLoaded.get(language);
  if (!loading) {
    loading = loadLanguage(language, 'org').then((catalog) => void i18n.addResourceBundle(language, 'translation', catalog, true, false));
    orgLoaded.set(language, loading);
  }
  return loading;
}

/** The organization screens' strings in the current language (and in any language chosen afterwards). */
export async function loadOrgCatalogs(): Promise<void> {
  orgWanted = true;
  await i18nReady;
  await addOrgCatalogs(currentLanguage());
}

export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', await loadLanguage(language));
  if (orgWanted) await addOrgCatalogs(language);
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** Resolves once the reader's language is loaded: main.tsx renders after it, so no key ever shows. */
export const i18nReady: Promise<unknown> = (async () => {
  const language = initialLanguage();
  return i18n.use(initReactI18next).init({
    resources: { [language]: { translation: await loadLanguage(language) } },
    lng: language,
    // No fallback language: catalogs.spec.ts keeps every language complete, and a fallback would cost a second fetch.
    fallbackLng: false,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
})();

export default i18n;
