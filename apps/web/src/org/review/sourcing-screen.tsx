import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { reviewKeys, useReviewedPosting, useSourcingRun, useStartSourcing, useSuggestions } from '../../api/review';
import { useDocumentTitle } from '../../app/use-document-title';
import { Button } from '../../ui/button';
import { SwitchField } from '../../ui/switch-field';
import { RankedReview } from './ranked-review';
import { ReviewError } from './review-error';
import { withParam } from './review-params';

/**
 * `/org/postings/:id/sourcing` (admin, recruiter): start a sourcing run, follow it (the run's id is
 * in the URL, so a reload keeps following it), then review the suggestions with the same list and
 * explanation as the applications.
 */
export function SourcingScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const runId = params.get('run') ?? undefined;
  const blind = params.get('blind') === '1';
  const posting = useReviewedPosting(id);
  const start = useStartSourcing(id);
  const run = useSourcingRun(id, runId);
  const suggestions = useSuggestions(id, blind);
  const queryClient = useQueryClient();
  useDocumentTitle(posting.data ? t('orgReview.sourcing.titleOf', { title: posting.data.title }) : t('orgReview.sourcing.title'));

  const runStatus = run.data?.status;
  const running = start.isPending || runStatus === 'queued' || runStatus === 'running';
  // When the run is done its suggestions replace the previous ones.
  useEffect(() => {
    if (runStatus === 'done') void queryClient.invalidateQueries({ queryKey: [...reviewKeys.all(id), 'suggestions'] });
  }, [runStatus, id, queryClient]);

  const begin = () =>
    start.mutate(undefined, {
      onSuccess: (started) => setParams((current) => withParam(withParam(current, 'candidate', undefined), 'run', started.id), { replace: true }),
    });

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <p className="text-sm">
          <Link to={`/org/postings/${id}`} className="font-semibold text-indigo-800 underline focus-visible:outline-2 focus-visible:outline-indigo-700">
            {t('orgReview.backToPosting')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-slate-900">{t('orgReview.sourcing.title')}</h1>
        {posting.data && <p className="text-slate-700">{posting.data.title}</p>}
        <p className="text-slate-700">{t('orgReview.sourcing.consent')}</p>
      </header>

      <section aria-label={t('orgReview.sourcing.runTitle')} className="flex flex-wrap items-center gap-4 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm">
        <Button onClick={begin} disabled={running}>
          {t('orgReview.sourcing.start')}
        </Button>
        <p role="status" data-testid="run-status">
          {start.isPending
            ? t('orgReview.sourcing.starting')
            : run.data
              ? t(`orgReview.sourcing.run.${run.data.status}`, { scanned: run.data.scanned, kept: run.data.kept })
              : runId && run.isError
                ? t('orgReview.sourcing.runUnknown')
                : ''}
        </p>
        {start.isError && <ReviewError error={start.error} onRetry={begin} />}
      </section>

      <SwitchField
        label={t('orgReview.filters.blind')}
        description={t('orgReview.filters.blindHelp')}
        checked={blind}
        onChange={(on) => setParams((current) => withParam(current, 'blind', on ? '1' : undefined), { replace: true })}
        onLabel={t('orgReview.filters.on')}
        offLabel={t('orgReview.filters.off')}
      />

      <h2 className="text-lg font-semibold text-slate-900">{t('orgReview.sourcing.suggestions')}</h2>
      <RankedReview pages={suggestions} emptyMessage={t('orgReview.sourcing.empty')} listLabel={t('orgReview.sourcing.listLabel')} />
    </div>
  );
}
