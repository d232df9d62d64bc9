import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { reviewKeys, useMatches, useMatchingStatus, useRescore, useReviewedPosting } from '../../api/review';
import { useDocumentTitle } from '../../app/use-document-title';
import { useSession } from '../../session/use-session';
import { Button } from '../../ui/button';
import { Input, Label, SelectField } from '../../ui/field';
import { SwitchField } from '../../ui/switch-field';
import { RankedReview } from './ranked-review';
import { FILTER_STATUSES, filtersFrom, withParam } from './review-params';

/** Who may ask for a rescore (API.md: admin, recruiter); the others never see the button. */
const RESCORERS = ['admin', 'recruiter'];

/** `/org/postings/:id/matches`: the ranked candidates of one posting, filters and blind review in the URL. */
export function MatchesScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const posting = useReviewedPosting(id);
  const matches = useMatches(id, filters);
  useDocumentTitle(posting.data ? t('orgReview.matches.titleOf', { title: posting.data.title }) : t('orgReview.matches.title'));

  const set = (key: string, value: string | undefined) => setParams(withParam(params, key, value), { replace: true });

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <p className="text-sm">
          <Link to={`/org/postings/${id}`} className="font-semibold text-indigo-800 underline focus-visible:outline-2 focus-visible:outline-indigo-700">
            {t('orgReview.backToPosting')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-slate-900">{t('orgReview.matches.title')}</h1>
        {posting.data && <p className="text-slate-700">{posting.data.title}</p>}
      </header>

      <ScoringStatus postingId={id} />

      <form aria-label={t('orgReview.filters.title')} className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4" onSubmit={(e) => e.preventDefault()}>
        <div>
          <Label htmlFor="min-score">{t('orgReview.filters.minScore')}</Label>
          <Input
            id="min-score"
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            defaultValue={params.get('minScore') ?? ''}
            onChange={(e) => set('minScore', e.currentTarget.validity.valid ? e.currentTarget.value : undefined)}
          />
        </div>
        <SelectField
          id="must-haves"
          label={t('orgReview.filters.mustHavesMet')}
          emptyLabel={t('orgReview.filters.any')}
          value={filters.mustHavesMet === undefined ? '' : String(filters.mustHavesMet)}
          options={[
            { value: 'true', label: t('orgReview.filters.mustYes') },
            { value: 'false', label: t('orgReview.filters.mustNo') },
          ]}
          onChange={(e) => set('mustHavesMet', e.currentTarget.value)}
        />
        <SelectField
          id="status"
          label={t('orgReview.filters.status')}
          emptyLabel={t('orgReview.filters.allButWithdrawn')}
          value={filters.status ?? ''}
          options={FILTER_STATUSES.map((s) => ({ value: s, label: t(`orgReview.status.${s}`) }))}
          onChange={(e) => set('status', e.currentTarget.value)}
        />
        <SwitchField
          label={t('orgReview.filters.blind')}
          description={t('orgReview.filters.blindHelp')}
          checked={filters.blind}
          onChange={(on) => set('blind', on ? '1' : undefined)}
          onLabel={t('orgReview.filters.on')}
          offLabel={t('orgReview.filters.off')}
        />
      </form>

      <RankedReview pages={matches} emptyMessage={t('orgReview.matches.empty')} listLabel={t('orgReview.matches.listLabel')} />
    </div>
  );
}

/** Scored, pending and failed counts (polled while some are pending), and Rescore for those allowed. */
function ScoringStatus({ postingId }: { postingId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const status = useMatchingStatus(postingId);
  const rescore = useRescore(postingId);
  const queryClient = useQueryClient();
  // Once the last pending score is in, the list is read again in its new order.
  const pendingBefore = useRef(0);
  const pendingNow = status.data?.pending ?? 0;
  useEffect(() => {
    if (pendingBefore.current > 0 && pendingNow === 0) void queryClient.invalidateQueries({ queryKey: [...reviewKeys.all(postingId), 'matches'] });
    pendingBefore.current = pendingNow;
  }, [pendingNow, postingId, queryClient]);
  const mayRescore = session.status === 'signed-in' && RESCORERS.includes(session.user.role);
  if (!status.data) return null;
  const { scored, pending, failed, total } = status.data;
  return (
    <section aria-label={t('orgReview.scoring.title')} className="flex flex-wrap items-center gap-x-6 gap-y-2 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm">
      <p role="status" data-testid="scoring-counts">
        {t('orgReview.scoring.counts', { scored, pending, failed, total })}
      </p>
      {pending > 0 && <p className="text-slate-700">{t('orgReview.scoring.pendingNote')}</p>}
      {mayRescore && (
        <Button variant="secondary" onClick={() => rescore.mutate()} disabled={rescore.isPending}>
          {t('orgReview.scoring.rescore')}
        </Button>
      )}
      {rescore.isError && <p role="alert" className="text-rose-800">{t('orgReview.scoring.rescoreFailed')}</p>}
    </section>
  );
}
