import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, OrgPosting, PostingChanges } from '../../api/postings';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { PostingFields, useFieldMessage } from './posting-fields';
import { formOfPosting, problemDetails, salaryOfFields, type PostingForm } from './posting-form-model';

interface Props {
  posting: OrgPosting;
  hiringManagers: Member[] | undefined;
  saving: boolean;
  error: unknown;
  /** Publishing was refused for want of a salary: said on the salary field. */
  salaryRequired: boolean;
  salaryMinRef: Ref<HTMLInputElement>;
  onSave: (changes: PostingChanges) => void;
}

/** The posting's facts, title, salary and hiring managers, saved with one PATCH. */
export function PostingEditForm({ posting, hiringManagers, saving, error, salaryRequired, salaryMinRef, onSave }: Props) {
  const { t } = useTranslation();
  const fieldMessage = useFieldMessage();
  const [form, setForm] = useState<PostingForm>(() => formOfPosting(posting));
  const problem = problemDetails(error);
  const errors: Record<string, string> = Object.fromEntries(Object.keys(problem?.fields ?? {}).map((f) => [f, fieldMessage(f)]));
  if (salaryRequired || problem?.code === 'salary_required') errors['salary'] = t('orgPostings.errors.salaryRequired');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { templateId: _template, salary, title, city, ...facts } = form;
    onSave({ ...facts, city: city.trim(), title: title.trim(), salary: salary ? salaryOfFields(salary) : null });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="edit-title" className="space-y-6 rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="edit-title" className="text-xl font-semibold text-slate-900">
        {t('orgPostings.posting.edit')}
      </h2>
      <PostingFields form={form} onChange={setForm} errors={errors} hiringManagers={hiringManagers} salaryMinRef={salaryMinRef} />
      {error !== null && !Object.keys(errors).length && <Notice tone="error">{t('orgPostings.errors.save')}</Notice>}
      <Button type="submit" disabled={saving}>
        {t('orgPostings.posting.save')}
      </Button>
    </form>
  );
}
