import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCreatePosting, useHiringManagers, usePostingPreview, useTemplates } from '../../api/postings';
import { useDocumentTitle } from '../../app/use-document-title';
import { useDebouncedValue } from '../../board/use-debounced-value';
import { useFormat } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { ErrorNotice, Loading } from '../../ui/status';
import { DescriptionView } from './description-view';
import { PostingFields, useFieldMessage } from './posting-fields';
import { bodyOf, newPostingForm, problemDetails, type PostingForm } from './posting-form-model';

/** /org/postings/new: a draft from a template, with what creating it would produce shown as it is chosen. */
export function DraftScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('orgPostings.draft.title'));
  const templates = useTemplates(currentLanguage());
  if (templates.isError) return <ErrorNotice message={t('orgPostings.errors.load')} retryLabel={t('orgPostings.retry')} onRetry={() => void templates.refetch()} />;
  if (templates.isPending) return <Loading>{t('orgPostings.loading')}</Loading>;
  return <DraftForm templates={templates.data} />;
}

function DraftForm({ templates }: { templates: Array<{ id: string; title: string }> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const fieldMessage = useFieldMessage();
  const managers = useHiringManagers(true);
  const [form, setForm] = useState<PostingForm>(() => newPostingForm(templates[0]?.id ?? '', currentLanguage()));
  const create = useCreatePosting();

  // The preview follows the form after a pause in typing; a city is needed before the API can answer.
  const body = useMemo(() => (form.city.trim() ? bodyOf(form) : null), [form]);
  const debounced = useDebouncedValue(body, 350);
  const preview = usePostingPreview(debounced);
  const previewProblem = problemDetails(preview.error);
  const createProblem = problemDetails(create.error);
  const errors = Object.fromEntries(Object.keys({ ...previewProblem?.fields, ...createProblem?.fields }).map((f) => [f, fieldMessage(f)]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(bodyOf(form), { onSuccess: (posting) => void navigate(`/org/postings/${posting.id}`) });
  };

  return (
    <div className="mx-auto max-w-6xl">
      <Link to="/org/postings" className="text-sm font-medium text-indigo-800 hover:underline">
        ← {t('orgPostings.back')}
      </Link>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-slate-900">{t('orgPostings.draft.title')}</h1>
      <p className="mt-2 text-slate-700">{t('orgPostings.draft.intro')}</p>
      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <form onSubmit={submit} noValidate className="space-y-6 self-start rounded-xl border border-slate-200 bg-white p-6">
          <PostingFields
            form={form}
            onChange={setForm}
            errors={errors}
            hiringManagers={managers.data}
            preview={preview.data}
            templates={templates}
          />
          {create.isError && !Object.keys(createProblem?.fields ?? {}).length && <Notice tone="error">{t('orgPostings.errors.save')}</Notice>}
          <Button type="submit" disabled={!form.city.trim() || create.isPending}>
            {t('orgPostings.draft.create')}
          </Button>
        </form>
        <section aria-labelledby="draft-preview" className="rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="draft-preview" className="text-xl font-semibold text-slate-900">
            {t('orgPostings.draft.preview')}
          </h2>
          {!debounced && <p className="mt-3 text-slate-700">{t('orgPostings.draft.previewNeedsCity')}</p>}
          {debounced && preview.isError && <Notice tone="error" className="mt-3">{t('orgPostings.draft.previewError')}</Notice>}
          {debounced && preview.data && (
            <div aria-busy={preview.isFetching} className="mt-3">
              <p className="text-sm text-slate-700">{t('orgPostings.draft.band')}</p>
              <p aria-live="polite" className="text-lg font-semibold text-emerald-800" data-testid="preview-salary">
                {format.salary(preview.data.salary)}
              </p>
              <DescriptionView markdown={preview.data.description} language={debounced.language} />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
