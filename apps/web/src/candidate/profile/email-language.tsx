import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { useMe, useSaveEmailLanguage } from './profile-api';

const LANGUAGES = ['fr', 'en', 'nl'] as const;
type Language = (typeof LANGUAGES)[number];
/** Each language named in itself: the reader picks the one they read. */
const NAMES: Record<Language, string> = { fr: 'Français', en: 'English', nl: 'Nederlands' };

/** The language of the emails the platform sends this account (PATCH /auth/me). */
export function EmailLanguage() {
  const { t } = useTranslation();
  const id = useId();
  const me = useMe();
  const save = useSaveEmailLanguage();
  const [choice, setChoice] = useState<Language>();
  const current = (me.data?.language as Language | null | undefined) ?? undefined;
  const value = choice ?? current ?? '';
  if (me.isPending) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {t('cvImport.emailLanguage.title')}
      </h2>
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (value) save.mutate(value);
        }}
      >
        <div>
          <label htmlFor={`${id}-select`} className="block text-sm font-medium text-slate-700">
            {t('cvImport.emailLanguage.label')}
          </label>
          <select
            id={`${id}-select`}
            value={value}
            onChange={(e) => {
              save.reset();
              setChoice(e.target.value as Language);
            }}
            className="mt-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900"
          >
            {!current && <option value="">{t('cvImport.emailLanguage.notChosen')}</option>}
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {NAMES[code]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={!value || value === current || save.isPending}>
          {t('cvImport.emailLanguage.save')}
        </Button>
      </form>
      {save.isSuccess && <Notice tone="success" className="mt-3">{t('cvImport.emailLanguage.saved')}</Notice>}
      {(save.isError || me.isError) && <Notice tone="error" className="mt-3">{t('cvImport.emailLanguage.failed')}</Notice>}
    </section>
  );
}
