import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES, type Language } from '../i18n/i18n';

/** Each language named in itself, so a reader who cannot read the current one still finds theirs. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="language" className="text-sm text-slate-700">
        {t('language.label')}
      </label>
      <select
        id="language"
        value={currentLanguage()}
        onChange={(event) => void changeLanguage(event.target.value as Language)}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm focus:outline-2 focus:outline-indigo-600"
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
