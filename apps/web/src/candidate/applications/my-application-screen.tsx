import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useMyApplication, useWithdraw, type MyApplication } from '../../api/applications';
import { useDocumentTitle } from '../../app/use-document-title';
import { RequireSession } from '../../session/require-session';
import { Button } from '../../ui/button';
import { ErrorNotice, Loading } from '../../ui/status';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ExplanationSection } from './explanation-section';
import { StatusBadge } from './status-badge';
import { useApplicationFormat } from './use-application-format';

export function MyApplicationScreen() {
  return <RequireSession roles={['candidate']}>{() => <MyApplicationView />}</RequireSession>;
}

function Timeline({ application }: { application: MyApplication }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const status = (s: string | null) => (s ? t(`applications.status.${s}`) : '');
  return (
    <section aria-labelledby="timeline" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="timeline" className="text-xl font-semibold text-slate-900">
        {t('applications.detail.timeline')}
      </h2>
      <ol className="mt-3 space-y-3 border-l-2 border-indigo-200 pl-4">
        {application.timeline.map((entry, index) => (
          <li key={`${entry.at}-${index}`} className="text-sm">
            <p className="font-medium text-slate-900">{t(`applications.detail.event.${entry.type}`, { from: status(entry.from), to: status(entry.to) })}</p>
            <p className="text-slate-700">
              <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
            </p>
          </li>
        ))}
      </ol>
      <p className="mt-4 text-xs text-slate-700">{t('applications.detail.notesPrivate')}</p>
    </section>
  );
}

function MyApplicationView() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const application = useMyApplication(id);
  const withdraw = useWithdraw(id);
  const [confirming, setConfirming] = useState(false);
  const [withdrew, setWithdrew] = useState(false);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  useDocumentTitle(application.data?.jobTitle);

  // The button that opened the dialog is gone once withdrawn: focus goes to the outcome instead.
  useEffect(() => {
    if (withdrew && application.data?.status === 'withdrawn') outcome.current?.focus();
  }, [withdrew, application.data?.status]);

  if (application.isPending) return <Loading>{t('applications.detail.loading')}</Loading>;
  if (application.isError) {
    const missing = application.error instanceof ApiError && (application.error.status === 404 || application.error.status === 400);
    if (missing) return <p role="alert" className="mx-auto max-w-3xl text-slate-800">{t('applications.detail.notFound')}</p>;
    return <ErrorNotice message={t('applications.detail.error')} retryLabel={t('applications.list.retry')} onRetry={() => void application.refetch()} />;
  }
  const a = application.data;

  const confirmWithdraw = () =>
    withdraw.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setWithdrew(true);
      },
      onError: () => {
        setConfirming(false);
        void application.refetch();
        withdrawButton.current?.focus();
      },
    });

  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <Link to="/me/applications" className="text-sm font-medium text-indigo-800 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700">
        ← {t('applications.detail.back')}
      </Link>
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{a.jobTitle}</h1>
        <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-slate-800">
          <span>
            {t('applications.detail.statusLabel')} <StatusBadge status={a.status} />
          </span>
          <span>{t('applications.detail.appliedOn', { date: format.date(a.createdAt) })}</span>
          {a.jobStatus === 'published' ? (
            <Link to={`/jobs/${a.jobPostingId}`} className="font-medium text-indigo-800 underline focus-visible:outline-2 focus-visible:outline-indigo-700">
              {t('applications.detail.viewJob')}
            </Link>
          ) : (
            <span>{t('applications.detail.jobClosed')}</span>
          )}
        </div>
        {withdrew && a.status === 'withdrawn' && (
          <p ref={outcome} tabIndex={-1} role="status" className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm font-medium text-slate-900 focus:outline-2 focus:outline-indigo-700">
            {t('applications.detail.withdrawn')}
          </p>
        )}
        {withdraw.isError && (
          <p role="alert" className="mt-4 text-sm font-medium text-rose-800">
            {t('applications.detail.withdrawError', { reason: t(`applications.status.${a.status}`) })}
          </p>
        )}
        {a.canWithdraw && (
          <Button ref={withdrawButton} variant="secondary" className="mt-4" onClick={() => setConfirming(true)}>
            {t('applications.detail.withdraw')}
          </Button>
        )}
      </header>

      <ExplanationSection application={a} />
      <Timeline application={a} />
      {a.coverLetter && (
        <section aria-labelledby="cover-letter" className="rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="cover-letter" className="text-xl font-semibold text-slate-900">
            {t('applications.detail.coverLetter')}
          </h2>
          <p className="mt-3 text-sm whitespace-pre-line text-slate-800">{a.coverLetter}</p>
        </section>
      )}

      <ConfirmDialog
        open={confirming}
        title={t('applications.detail.withdrawTitle')}
        confirmLabel={withdraw.isPending ? t('applications.detail.withdrawing') : t('applications.detail.withdrawConfirm')}
        cancelLabel={t('applications.detail.withdrawCancel')}
        busy={withdraw.isPending}
        onConfirm={confirmWithdraw}
        onCancel={() => setConfirming(false)}
        returnFocusTo={withdrawButton}
      >
        <p>{t('applications.detail.withdrawBody')}</p>
      </ConfirmDialog>
    </article>
  );
}
