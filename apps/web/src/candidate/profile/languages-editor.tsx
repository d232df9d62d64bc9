import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/button';
import { Label } from '../../ui/field';
import { FieldError } from '../../ui/field-error';
import { CEFR_LEVELS, type ProfileFormValues } from './profile-form-model';

/** Languages offered in the picker; a profile's other ISO 639-1 codes (from an import) are kept. */
const LANGUAGE_CODES = ['fr', 'nl', 'en', 'de', 'es', 'it', 'pt', 'pl', 'ro', 'ar', 'tr', 'ru', 'uk', 'zh', 'ja', 'hi'];

const SELECT =
  'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-indigo-600 focus:outline-2 focus:outline-offset-0 focus:outline-indigo-200';

interface Props {
  control: Control<ProfileFormValues>;
  register: UseFormRegister<ProfileFormValues>;
  errors: FieldErrors<ProfileFormValues>;
  message: (key: string | undefined) => string | undefined;
}

export function LanguagesEditor({ control, register, errors, message }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { fields, append, remove } = useFieldArray({ control, name: 'languages' });
  const codes = [...new Set([...LANGUAGE_CODES, ...fields.map((f) => f.language)])];

  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold text-slate-900">{t('profile.languages.title')}</legend>
      {fields.length === 0 && <p className="text-sm text-slate-700">{t('profile.languages.none')}</p>}
      <ul className="space-y-3">
        {fields.map((field, index) => {
          const rowErrors = errors.languages?.[index];
          return (
            <li key={field.id} className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
              <div>
                <Label htmlFor={`language-${index}`}>{t('profile.languages.language', { n: index + 1 })}</Label>
                <select
                  id={`language-${index}`}
                  className={SELECT}
                  aria-invalid={rowErrors?.language ? true : undefined}
                  aria-describedby={rowErrors?.language ? `language-${index}-error` : undefined}
                  {...register(`languages.${index}.language`)}
                >
                  {codes.map((code) => (
                    <option key={code} value={code}>
                      {format.language(code)}
                    </option>
                  ))}
                </select>
                <FieldError id={`language-${index}-error`} message={message(rowErrors?.language?.message)} />
              </div>
              <div>
                <Label htmlFor={`language-${index}-level`}>{t('profile.languages.level', { n: index + 1 })}</Label>
                <select
                  id={`language-${index}-level`}
                  className={SELECT}
                  {...register(`languages.${index}.level`)}
                >
                  {CEFR_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`profile.cefr.${level}.short`)}
                    </option>
                  ))}
                </select>
              </div>
              <Button variant="ghost" className="text-red-800" onClick={() => remove(index)}>
                {t('profile.languages.remove', { language: format.language(field.language) })}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button
        variant="secondary"
        onClick={() => {
          const used = new Set(fields.map((f) => f.language));
          append({ language: codes.find((c) => !used.has(c)) ?? 'en', level: 'B2' });
        }}
      >
        {t('profile.languages.add')}
      </Button>
      <details id="cefr-explained" className="rounded-lg bg-slate-100 p-3 text-sm text-slate-800">
        <summary className="cursor-pointer font-medium">{t('profile.cefr.title')}</summary>
        <dl className="mt-2 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {CEFR_LEVELS.map((level) => (
            <div key={level} className="contents">
              <dt className="font-semibold">{t(`profile.cefr.${level}.short`)}</dt>
              <dd>{t(`profile.cefr.${level}.long`)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </fieldset>
  );
}
