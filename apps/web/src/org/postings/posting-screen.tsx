import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClosePosting, useMatchingStatus, useOrgPosting, usePublishPosting, useUpdatePosting, useHiringManagers, type OrgPosting } from '../../api/postings';
import { useSkillTaxonomy } from '../../api/skills';
import { NotFoundScreen } from '../../app/not-found-screen';
import { useDocumentTitle } from '../../app/use-document-title';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useFormat } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { RequirementsSection } from '../../postings/requirements-section';
import { useSession } from '../../session/use-session';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { ErrorNotice, Loading } from '../../ui/status';
import { DescriptionView } from './description-view';
import { MatchingPanel } from './matching-panel';
import { PostingEditForm } from './posting-edit-form';
import { problemDetails } from './posting-form-model';
import { RequirementsEditor } from './requirements-editor';
import { StatusBadge } from './status-badge';

const LINK = 'font-medium text-indigo-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700';

/** /org/postings/:id: the posting, and for admins and recruiters while it is open, its editors and transitions. */
export function PostingScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const role = session.status === 'signed-in' ? session.user.role : undefined;
  const editor = role === 'admin' || role === 'recruiter';
  const posting = useOrgPosting(id);
  const taxonomy = useSkillTaxonomy(currentLanguage());
  const matching = useMatchingStatus(id);
  const managers = useHiringManagers(editor);
  const update = useUpdatePosting(id);
  const saveRequirements = useUpdatePosting(id);
  const publish = usePublishPosting(id);
  const close = useClosePosting(id);
  const [confirmClose, setConfirmClose] = useState(false);
  const [message, setMessage] = useState<string>();
  // Each form starts again from the saved posting after its own save only: saving one never
  // throws away what is being typed in the other.
  const [detailsSaves, setDetailsSaves] = useState(0);
  const [requirementsSaves, setRequirementsSaves] = useState(0);
  const closeButton = useRef<HTMLButtonElement>(null);
  const salaryMin = useRef<HTMLInputElement>(null);
  useDocumentTitle(posting.data?.title);

  if (posting.isPending) return <Loading>{t('orgPostings.loading')}</Loading>;
  if (posting.isError) {
    if (problemDetails(posting.error)?.status === 404 || problemDetails(posting.error)?.status === 400) return <NotFoundScreen />;
    return <ErrorNotice message={t('orgPostings.errors.load')} retryLabel={t('orgPostings.retry')} onRetry={() => void posting.refetch()} />;
  }
  const p: OrgPosting = posting.data;
  const editable = editor && p.status !== 'closed';
  const publishProblem = problemDetails(publish.error);
  const salaryRequired = publishProblem?.code === 'salary_required';

  const doPublish = () => {
    setMessage(undefined);
    publish.mutate(undefined, {
      onSuccess: () => setMessage(t('orgPostings.posting.published')),
      onError: (error) => {
        if (problemDetails(error)?.code === 'salary_required') salaryMin.current?.focus();
      },
    });
  };

  return (
    <div className="mx-auto max-w-6xl">
      <Link to="/org/postings" className={`text-sm ${LINK}`}>
        ← {t('orgPostings.back')}
      </Link>
      <header className="mt-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">{p.title}</h1>
          <StatusBadge status={p.status} />
        </div>
        <p className="mt-2 text-slate-700">
          {format.place(p.city, p.country)} · {t(`remotePolicy.${p.remotePolicy}`)} · {t(`employmentType.${p.employmentType}`)} · {t(`seniority.${p.seniority}`)}
        </p>
        <p className="mt-1 font-semibold text-emerald-800">{format.salary(p.salary)}</p>
        <nav aria-label={t('orgPostings.posting.links')} className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <Link className={LINK} to={`/org/postings/${p.id}/matches`}>
            {t('orgPostings.posting.matches')}
          </Link>
          <Link className={LINK} to={`/org/postings/${p.id}/pipeline`}>
            {t('orgPostings.posting.pipeline')}
          </Link>
          {editor && (
            <Link className={LINK} to={`/org/postings/${p.id}/sourcing`}>
              {t('orgPostings.posting.sourcing')}
            </Link>
          )}
          {p.status === 'published' && (
            <Link className={LINK} to={`/jobs/${p.id}`}>
              {t('orgPostings.posting.publicPage')}
            </Link>
          )}
        </nav>
      </header>

      {message && (
        <Notice tone="success" className="mt-6">
          {message}
        </Notice>
      )}
      {editor && p.status === 'draft' && (
        <section aria-labelledby="publish-title" className="mt-6 rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="publish-title" className="text-lg font-semibold text-slate-900">
            {t('orgPostings.posting.publishTitle')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t('orgPostings.posting.payTransparency')}</p>
          {publish.isError && !salaryRequired && <Notice tone="error" className="mt-3">{t('orgPostings.errors.publish')}</Notice>}
          <Button className="mt-4" onClick={doPublish} disabled={publish.isPending}>
            {t('orgPostings.posting.publish')}
          </Button>
        </section>
      )}
      {editor && p.status === 'published' && (
        <section aria-labelledby="close-title" className="mt-6 rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="close-title" className="text-lg font-semibold text-slate-900">
            {t('orgPostings.posting.closeTitle')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t('orgPostings.posting.closeHint')}</p>
          {close.isError && <Notice tone="error" className="mt-3">{t('orgPostings.errors.close')}</Notice>}
          <Button ref={closeButton} variant="secondary" className="mt-4" onClick={() => setConfirmClose(true)}>
            {t('orgPostings.posting.close')}
          </Button>
          <ConfirmDialog
            open={confirmClose}
            title={t('orgPostings.posting.confirmCloseTitle')}
            confirmLabel={t('orgPostings.posting.confirmClose')}
            cancelLabel={t('orgPostings.posting.keepOpen')}
            busy={close.isPending}
            returnFocusTo={closeButton}
            onCancel={() => setConfirmClose(false)}
            onConfirm={() =>
              close.mutate(undefined, {
                onSettled: () => setConfirmClose(false),
                onSuccess: () => setMessage(t('orgPostings.posting.closed')),
              })
            }
          >
            {t('orgPostings.posting.confirmCloseBody')}
          </ConfirmDialog>
        </section>
      )}

      {matching.data && <MatchingPanel status={matching.data} />}

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <div className="space-y-8 self-start">
          {editable ? (
            <PostingEditForm
              key={`${p.id}-${detailsSaves}`}
              posting={p}
              hiringManagers={managers.data}
              saving={update.isPending}
              error={update.error}
              salaryRequired={salaryRequired}
              salaryMinRef={salaryMin}
              onSave={(changes) =>
                update.mutate(changes, {
                  onSuccess: () => {
                    publish.reset(); // a refusal for want of salary is answered by this save
                    setDetailsSaves((n) => n + 1);
                    setMessage(t('orgPostings.posting.saved'));
                  },
                })
              }
            />
          ) : (
            <RequirementsSection posting={p} taxonomy={taxonomy.data} />
          )}
        </div>
        <section aria-labelledby="posting-description" className="rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="posting-description" className="text-xl font-semibold text-slate-900">
            {t('orgPostings.posting.description')}
          </h2>
          <DescriptionView markdown={p.description} language={p.language} />
        </section>
      </div>
      <div className="mt-8">
        {editable && taxonomy.data && (
          <RequirementsEditor
            key={`${p.id}-${requirementsSaves}`}
            posting={p}
            taxonomy={taxonomy.data}
            applications={matching.data?.total ?? 0}
            saving={saveRequirements.isPending}
            failed={saveRequirements.isError}
            saved={saveRequirements.isSuccess}
            onSave={(requirements) => saveRequirements.mutate({ requirements }, { onSuccess: () => setRequirementsSaves((n) => n + 1) })}
          />
        )}
      </div>
    </div>
  );
}
