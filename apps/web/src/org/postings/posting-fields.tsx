import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, PostingPreview } from '../../api/postings';
import { useFormat } from '../../i18n/format';
import { FieldError } from '../../ui/field-error';
import { Input, Label } from '../../ui/field';
import { cn } from '../../ui/cn';
import { COUNTRIES, EMPLOYMENT_TYPES, POSTING_LANGUAGES, REMOTE_POLICIES, SALARY_PERIODS, SENIORITIES, salaryFields, type PostingForm, type SalaryFields } from './posting-form-model';

const CONTROL = 'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-indigo-600 focus:outline-2 focus:outline-indigo-200';

/** The fields the API names in its errors, each with its own message in the reader's language. */
const KNOWN_FIELDS = ['city', 'title', 'salary', 'salary.min', 'salary.max', 'salary.currency', 'hiringManagerIds'];

export function useFieldMessage() {
  const { t } = useTranslation();
  return (field: string) => (KNOWN_FIELDS.includes(field) ? t(`orgPostings.errors.fields.${field.replace('.', '_')}`) : t('orgPostings.errors.invalid'));
}

interface Props {
  form: PostingForm;
  onChange: (form: PostingForm) => void;
  /** Field → message (already in the reader's language). */
  errors: Record<string, string>;
  hiringManagers: Member[] | undefined;
  /** In a draft: the preview whose title and band stand for the untouched fields. */
  preview?: PostingPreview;
  templates?: Array<{ id: string; title: string }>;
  salaryMinRef?: Ref<HTMLInputElement>;
}

/** The posting's facts, title, salary and hiring managers: the draft and the edit form share them. */
export function PostingFields({ form, onChange, errors, hiringManagers, preview, templates, salaryMinRef }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const set = <K extends keyof PostingForm>(key: K, value: PostingForm[K]) => onChange({ ...form, [key]: value });
  // Until edited, the salary fields show the band the preview derived (and follow it).
  const salary: SalaryFields = form.salary ?? salaryFields(preview?.salary ?? null);
  const setSalary = (key: keyof SalaryFields, value: string) => set('salary', { ...salary, [key]: value });
  const errorProps = (field: string) => ({ 'aria-invalid': errors[field] ? true : undefined, 'aria-describedby': errors[field] ? `${id}-${field}-error` : undefined });
  const error = (field: string) => <FieldError id={`${id}-${field}-error`} message={errors[field]} />;
  const select = (field: keyof PostingForm, label: string, options: Array<{ value: string; label: string }>) => (
    <div>
      <Label htmlFor={`${id}-${field}`}>{label}</Label>
      <select id={`${id}-${field}`} className={CONTROL} value={String(form[field])} onChange={(e) => set(field, e.target.value as never)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const salaryError = errors['salary'] ?? errors['salary.min'] ?? errors['salary.max'] ?? errors['salary.currency'];

  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">
        {templates && select('templateId', t('orgPostings.fields.template'), templates.map((tpl) => ({ value: tpl.id, label: tpl.title })))}
        {select('language', t('orgPostings.fields.language'), POSTING_LANGUAGES.map((l) => ({ value: l, label: format.language(l) })))}
        {select('country', t('orgPostings.fields.country'), COUNTRIES.map((c) => ({ value: c, label: format.country(c) })))}
        <div>
          <Label htmlFor={`${id}-city`}>{t('orgPostings.fields.city')}</Label>
          <Input id={`${id}-city`} value={form.city} required onChange={(e) => set('city', e.target.value)} {...errorProps('city')} />
          {error('city')}
        </div>
        {select('seniority', t('orgPostings.fields.seniority'), SENIORITIES.map((s) => ({ value: s, label: t(`seniority.${s}`) })))}
        {select('remotePolicy', t('orgPostings.fields.remotePolicy'), REMOTE_POLICIES.map((r) => ({ value: r, label: t(`remotePolicy.${r}`) })))}
        {select('employmentType', t('orgPostings.fields.employmentType'), EMPLOYMENT_TYPES.map((e) => ({ value: e, label: t(`employmentType.${e}`) })))}
      </div>

      <div>
        <Label htmlFor={`${id}-title`}>{t('orgPostings.fields.title')}</Label>
        <Input
          id={`${id}-title`}
          value={form.title}
          placeholder={preview?.title}
          onChange={(e) => set('title', e.target.value)}
          aria-describedby={preview ? `${id}-title-hint` : errorProps('title')['aria-describedby']}
          aria-invalid={errorProps('title')['aria-invalid']}
        />
        {preview && (
          <p id={`${id}-title-hint`} className="mt-1 text-sm text-slate-700">
            {t('orgPostings.fields.titleHint')}
          </p>
        )}
        {error('title')}
      </div>

      <fieldset className="rounded-lg border border-slate-200 p-4" aria-describedby={`${id}-salary-hint${salaryError ? ` ${id}-salary-error` : ''}`}>
        <legend className="px-1 text-sm font-semibold text-slate-900">{t('orgPostings.fields.salary')}</legend>
        <p id={`${id}-salary-hint`} className="mb-3 text-sm text-slate-700">
          {t('orgPostings.fields.salaryHint')}
        </p>
        <div className="grid grid-cols-2 gap-4 xl:grid-cols-4">
          <div>
            <Label htmlFor={`${id}-salary-min`}>{t('orgPostings.fields.salaryMin')}</Label>
            <input className={CONTROL} id={`${id}-salary-min`} ref={salaryMinRef} inputMode="numeric" value={salary.min} onChange={(e) => setSalary('min', e.target.value)} aria-invalid={salaryError ? true : undefined} />
          </div>
          <div>
            <Label htmlFor={`${id}-salary-max`}>{t('orgPostings.fields.salaryMax')}</Label>
            <Input id={`${id}-salary-max`} inputMode="numeric" value={salary.max} onChange={(e) => setSalary('max', e.target.value)} aria-invalid={salaryError ? true : undefined} />
          </div>
          <div>
            <Label htmlFor={`${id}-salary-currency`}>{t('orgPostings.fields.currency')}</Label>
            <Input id={`${id}-salary-currency`} value={salary.currency} maxLength={3} onChange={(e) => setSalary('currency', e.target.value)} />
          </div>
          <div>
            <Label htmlFor={`${id}-salary-period`}>{t('orgPostings.fields.period')}</Label>
            <select id={`${id}-salary-period`} className={CONTROL} value={salary.period} onChange={(e) => setSalary('period', e.target.value)}>
              {SALARY_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`orgPostings.fields.periods.${p}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <FieldError id={`${id}-salary-error`} message={salaryError} />
      </fieldset>

      <fieldset aria-describedby={errors['hiringManagerIds'] ? `${id}-hiringManagerIds-error` : undefined}>
        <legend className="text-sm font-semibold text-slate-900">{t('orgPostings.fields.hiringManagers')}</legend>
        {hiringManagers && hiringManagers.length === 0 && <p className="mt-1 text-sm text-slate-700">{t('orgPostings.fields.noHiringManagers')}</p>}
        <ul className="mt-2 flex flex-wrap gap-3">
          {/* A deactivated manager is offered only where already assigned (to be unticked); never newly. */}
          {hiringManagers?.filter((m) => m.active || form.hiringManagerIds.includes(m.id)).map((m) => {
            const checked = form.hiringManagerIds.includes(m.id);
            return (
              <li key={m.id}>
                <label className={cn('flex items-center gap-2 rounded-lg border px-3 py-1.5 text-sm', checked ? 'border-indigo-300 bg-indigo-50' : 'border-slate-300')}>
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={() => set('hiringManagerIds', checked ? form.hiringManagerIds.filter((x) => x !== m.id) : [...form.hiringManagerIds, m.id])}
                  />
                  {m.name}
                </label>
              </li>
            );
          })}
        </ul>
        {error('hiringManagerIds')}
      </fieldset>
    </div>
  );
}
