import { Controller, useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSkillTaxonomy } from '../../api/skills';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { Input, Label } from '../../ui/field';
import { FieldError } from '../../ui/field-error';
import { LevelRadioGroup } from '../../ui/level-radio-group';
import { DEFAULT_LEVEL, type ProfileFormValues } from './profile-form-model';
import { SkillPicker } from './skill-picker';
import { useLevelWords } from './use-level-words';

interface Props {
  control: Control<ProfileFormValues>;
  register: UseFormRegister<ProfileFormValues>;
  errors: FieldErrors<ProfileFormValues>;
  message: (key: string | undefined) => string | undefined;
}

export function SkillsEditor({ control, register, errors, message }: Props) {
  const { t } = useTranslation();
  const taxonomy = useSkillTaxonomy(currentLanguage());
  const words = useLevelWords();
  const { fields, append, remove } = useFieldArray({ control, name: 'skills' });

  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold text-slate-900">{t('profile.skills.title')}</legend>
      <p className="text-sm text-slate-700">{t('profile.skills.intro')}</p>
      <SkillPicker
        onPick={(skill) => {
          if (skill.skillId && fields.some((f) => f.skillId === skill.skillId)) return;
          append({ name: skill.name, skillId: skill.skillId, level: DEFAULT_LEVEL, years: '' }, { shouldFocus: false });
        }}
      />
      {fields.length === 0 ? (
        <p className="text-sm text-slate-700">{t('profile.skills.none')}</p>
      ) : (
        <ul aria-label={t('profile.skills.listLabel')} className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {fields.map((field, index) => {
            const label = (field.skillId && taxonomy.data?.get(field.skillId)?.label) || field.name;
            const rowErrors = errors.skills?.[index];
            return (
              <li key={field.id} className="grid gap-3 p-3 sm:grid-cols-[1fr_auto] sm:items-start">
                <div className="space-y-2">
                  <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                    <span>{label}</span>
                    {field.skillId ? null : <Badge>{t('profile.skills.custom')}</Badge>}
                    {field.skillId && label !== field.name && <span className="text-sm font-normal text-slate-700">({field.name})</span>}
                  </p>
                  <FieldError id={`skill-${index}-name-error`} message={message(rowErrors?.name?.message)} />
                  <Controller
                    control={control}
                    name={`skills.${index}.level`}
                    render={({ field: level }) => (
                      <LevelRadioGroup legend={t('profile.skills.levelOf', { skill: label })} value={level.value} onChange={level.onChange} words={words} />
                    )}
                  />
                  <FieldError id={`skill-${index}-level-error`} message={message(rowErrors?.level?.message)} />
                </div>
                <div className="flex items-end gap-2">
                  <div className="w-28">
                    <Label htmlFor={`skill-${index}-years`}>{t('profile.skills.years')}</Label>
                    <Input
                      id={`skill-${index}-years`}
                      inputMode="decimal"
                      aria-label={t('profile.skills.yearsOf', { skill: label })}
                      aria-invalid={rowErrors?.years ? true : undefined}
                      aria-describedby={rowErrors?.years ? `skill-${index}-years-error` : undefined}
                      {...register(`skills.${index}.years`)}
                    />
                    <FieldError id={`skill-${index}-years-error`} message={message(rowErrors?.years?.message)} />
                  </div>
                  <button
                    type="button"
                    onClick={() => remove(index)}
                    className="rounded-lg px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-indigo-700"
                  >
                    {t('profile.skills.remove', { skill: label })}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
