import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/button';
import { Input, Label } from '../../ui/field';
import { FieldError } from '../../ui/field-error';
import { Notice } from '../../ui/notice';
import { SwitchField } from '../../ui/switch-field';
import { cn } from '../../ui/cn';
import { LanguagesEditor } from './languages-editor';
import { fieldErrors, useSaveProfile } from './profile-api';
import {
  CURRENCIES,
  EDUCATION_LEVELS,
  formFieldOf,
  isFormField,
  profileFormSchema,
  REMOTE_PREFERENCES,
  SALARY_PERIODS,
  toApi,
  toForm,
  type Profile,
  type ProfileFormValues,
} from './profile-form-model';
import { SkillsEditor } from './skills-editor';

const COUNTRIES = ['BE', 'FR', 'NL', 'LU', 'DE', 'CH', 'ES', 'IT', 'PT', 'IE', 'GB', 'PL', 'US', 'CA'];
const SELECT =
  'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-indigo-600 focus:outline-2 focus:outline-offset-0 focus:outline-indigo-200';

type Refusal = { field: string; message: string };

export function ProfileEditor({ profile, children }: { profile: Profile | undefined; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveProfile();
  const [saved, setSaved] = useState<number>();
  const [refused, setRefused] = useState<Refusal[]>([]);
  const [apiMessages, setApiMessages] = useState<Record<string, string>>({});
  const form = useForm<ProfileFormValues>({ resolver: zodResolver(profileFormSchema), defaultValues: toForm(profile) });
  const { errors, isSubmitting } = form.formState;
  // The saved country stays offered even when it is not in the short list (an import may bring any).
  const countries = [...new Set([...COUNTRIES, ...(profile?.country ? [profile.country] : [])])];

  // A message is a catalog key (zod) or "api:<field>" for what the API said about that field.
  const message = (key: string | undefined) => {
    if (!key) return undefined;
    if (key.startsWith('api:')) return t('profile.errors.refused', { message: apiMessages[key.slice(4)] ?? '' });
    return t(`profile.errors.${key}`, { defaultValue: t('profile.errors.invalid') });
  };
  const fieldError = (name: keyof ProfileFormValues) => message(errors[name]?.message as string | undefined);
  const described = (name: string, hint = false) => {
    const ids = [hint ? `${name}-hint` : '', errors[name as keyof ProfileFormValues] ? `${name}-error` : ''].filter(Boolean).join(' ');
    return { 'aria-describedby': ids || undefined, 'aria-invalid': errors[name as keyof ProfileFormValues] ? true : undefined };
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(undefined);
    setRefused([]);
    try {
      const result = await save.mutateAsync(toApi(values));
      setSaved(result.revision);
      form.reset(toForm(result));
    } catch (error) {
      const problems = fieldErrors(error);
      const messages: Record<string, string> = {};
      const unplaced: Refusal[] = [];
      for (const problem of problems) {
        const field = formFieldOf(problem.field);
        messages[field] = problem.message;
        if (isFormField(field)) form.setError(field as keyof ProfileFormValues, { message: `api:${field}` });
        else unplaced.push(problem);
      }
      setApiMessages(messages);
      setRefused(problems.length ? unplaced : [{ field: '', message: '' }]);
      const first = problems.map((p) => formFieldOf(p.field)).find(isFormField);
      if (first) form.setFocus(first as keyof ProfileFormValues);
    }
  });

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t('profile.title')}</h1>
        <p className="mt-2 text-slate-700">{profile ? t('profile.revision', { revision: profile.revision, date: format.date(profile.updatedAt) }) : t('profile.empty')}</p>
      </header>
      {children}
      <form noValidate aria-label={t('profile.formLabel')} onSubmit={(event) => void onSubmit(event)} className="space-y-8 rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold text-slate-900">{t('profile.sections.about')}</legend>
          <div className="sm:col-span-2">
            <Label htmlFor="headline">{t('profile.fields.headline')}</Label>
            <Input id="headline" placeholder={t('profile.placeholders.headline')} {...described('headline')} {...form.register('headline')} />
            <FieldError id="headline-error" message={fieldError('headline')} />
          </div>
          <div className="sm:col-span-2">
            <Label htmlFor="summary">{t('profile.fields.summary')}</Label>
            <textarea id="summary" rows={5} className={cn(SELECT, 'min-h-28')} {...described('summary')} {...form.register('summary')} />
            <FieldError id="summary-error" message={fieldError('summary')} />
          </div>
          <div>
            <Label htmlFor="yearsExperience">{t('profile.fields.yearsExperience')}</Label>
            <Input id="yearsExperience" inputMode="decimal" {...described('yearsExperience')} {...form.register('yearsExperience')} />
            <FieldError id="yearsExperience-error" message={fieldError('yearsExperience')} />
          </div>
          <div>
            <Label htmlFor="educationLevel">{t('profile.fields.educationLevel')}</Label>
            <select id="educationLevel" className={SELECT} {...described('educationLevel')} {...form.register('educationLevel')}>
              <option value="">{t('profile.notSaid')}</option>
              {EDUCATION_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`profile.education.${level}`)}
                </option>
              ))}
            </select>
            <FieldError id="educationLevel-error" message={fieldError('educationLevel')} />
          </div>
        </fieldset>

        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold text-slate-900">{t('profile.sections.where')}</legend>
          <div>
            <Label htmlFor="country">{t('profile.fields.country')}</Label>
            <select id="country" className={SELECT} {...described('country')} {...form.register('country')}>
              <option value="">{t('profile.notSaid')}</option>
              {countries.map((code) => (
                <option key={code} value={code}>
                  {format.country(code)}
                </option>
              ))}
            </select>
            <FieldError id="country-error" message={fieldError('country')} />
          </div>
          <div>
            <Label htmlFor="city">{t('profile.fields.city')}</Label>
            <Input id="city" autoComplete="address-level2" {...described('city')} {...form.register('city')} />
            <FieldError id="city-error" message={fieldError('city')} />
          </div>
          <div>
            <Label htmlFor="remotePreference">{t('profile.fields.remotePreference')}</Label>
            <select id="remotePreference" className={SELECT} {...described('remotePreference')} {...form.register('remotePreference')}>
              {REMOTE_PREFERENCES.map((value) => (
                <option key={value} value={value}>
                  {t(`profile.remote.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-center gap-2 self-end pb-2">
            <input id="willingToRelocate" type="checkbox" className="size-4 accent-indigo-700" {...form.register('willingToRelocate')} />
            <label htmlFor="willingToRelocate" className="text-sm font-medium text-slate-800">
              {t('profile.fields.willingToRelocate')}
            </label>
          </div>
        </fieldset>

        <fieldset className="grid gap-4 sm:grid-cols-3">
          <legend className="mb-2 text-lg font-semibold text-slate-900">{t('profile.sections.salary')}</legend>
          <p id="salary-hint" className="text-sm text-slate-700 sm:col-span-3">
            {t('profile.salaryHint')}
          </p>
          <div>
            <Label htmlFor="salaryAmount">{t('profile.fields.salaryAmount')}</Label>
            <Input id="salaryAmount" inputMode="numeric" {...described('salaryAmount')} aria-describedby={['salary-hint', errors.salaryAmount ? 'salaryAmount-error' : ''].filter(Boolean).join(' ')} {...form.register('salaryAmount')} />
            <FieldError id="salaryAmount-error" message={fieldError('salaryAmount')} />
          </div>
          <div>
            <Label htmlFor="salaryCurrency">{t('profile.fields.salaryCurrency')}</Label>
            <select id="salaryCurrency" className={SELECT} {...described('salaryCurrency')} {...form.register('salaryCurrency')}>
              {[...new Set([...CURRENCIES, form.getValues('salaryCurrency')])].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            <FieldError id="salaryCurrency-error" message={fieldError('salaryCurrency')} />
          </div>
          <div>
            <Label htmlFor="salaryPeriod">{t('profile.fields.salaryPeriod')}</Label>
            <select id="salaryPeriod" className={SELECT} {...described('salaryPeriod')} {...form.register('salaryPeriod')}>
              {SALARY_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`profile.period.${p}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        <SkillsEditor control={form.control} register={form.register} errors={errors} message={message} />
        <LanguagesEditor control={form.control} register={form.register} errors={errors} message={message} />

        <fieldset>
          <legend className="mb-2 text-lg font-semibold text-slate-900">{t('profile.sections.visibility')}</legend>
          <Controller
            control={form.control}
            name="discoverable"
            render={({ field }) => (
              <SwitchField
                label={t('profile.discoverable.label')}
                checked={field.value}
                onChange={field.onChange}
                onLabel={t('profile.discoverable.on')}
                offLabel={t('profile.discoverable.off')}
                description={
                  <>
                    <p>{t('profile.discoverable.means')}</p>
                    <p className="mt-1">{t('profile.discoverable.withdraw')}</p>
                  </>
                }
              />
            )}
          />
        </fieldset>

        <div className="space-y-3">
          {refused.length > 0 && (
            <Notice tone="error">
              <p>{t('profile.errors.summary')}</p>
              {refused.some((r) => r.field) && (
                <ul className="mt-1 list-disc pl-5">
                  {refused
                    .filter((r) => r.field)
                    .map((r) => (
                      <li key={r.field}>
                        <code>{r.field}</code>: <span lang="en">{r.message}</span>
                      </li>
                    ))}
                </ul>
              )}
            </Notice>
          )}
          {Object.keys(errors).length > 0 && refused.length === 0 && <Notice tone="error">{t('profile.errors.summary')}</Notice>}
          {saved !== undefined && <Notice tone="success">{t('profile.saved', { revision: saved })}</Notice>}
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t('profile.saving') : t('profile.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
