import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCandidateLabel } from '../candidate-label';
import { Link } from 'react-router';
import { applicationPath } from '../candidate-label';
import type { Match } from '../../api/review';
import { cn } from '../../ui/cn';
import { readBreakdown, topRequirements, type ItemView } from './breakdown';
import { useReviewFormat } from './use-review-format';

const STATUS_TONES: Record<string, string> = {
  applied: 'bg-indigo-50 text-indigo-900',
  screening: 'bg-sky-50 text-sky-900',
  interview: 'bg-violet-50 text-violet-900',
  offer: 'bg-emerald-50 text-emerald-900',
  hired: 'bg-emerald-100 text-emerald-950',
  suggested: 'bg-amber-50 text-amber-950',
};

/** "Candidate #1a2b3c4d" when the API withheld the name (blind review). */
export function useCandidateName() {
  const label = useCandidateLabel();
  return (match: Match) => label(match.candidate, match.candidateId);
}

function Requirements({ label, items, tone }: { label: string; items: ItemView[]; tone: 'matched' | 'missing' }) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  return (
    <p className="text-xs text-slate-800">
      <span className="font-semibold">{label}: </span>
      {items.length === 0 ? (
        <span>{t('orgReview.list.none')}</span>
      ) : (
        items.map((item, i) => (
          <span key={i} className={cn('mr-1 inline-block rounded px-1.5 py-0.5', tone === 'matched' ? 'bg-emerald-50 text-emerald-900' : 'bg-rose-50 text-rose-900')}>
            {format.asked(item)}
          </span>
        ))
      )}
    </p>
  );
}

interface RowProps {
  match: Match;
  index: number;
  open: boolean;
  active: boolean;
  onOpen: (candidateId: string, index: number) => void;
  onFocus: (index: number) => void;
}

// The list's summary of each match, read from its breakdown once (the page's objects are stable).
const summaries = new WeakMap<Match, ReturnType<typeof topRequirements>>();
function summaryOf(match: Match) {
  let summary = summaries.get(match);
  if (!summary) summaries.set(match, (summary = topRequirements(readBreakdown(match.breakdown).items)));
  return summary;
}

/**
 * One ranked candidate: everything a reviewer scans, and the button that opens the explanation.
 * Memoized: while scrolling only the rows coming into view render.
 */
export const MatchRow = memo(function MatchRow({ match, index, open, active, onOpen, onFocus }: RowProps) {
  const { t } = useTranslation();
  const format = useReviewFormat();
  const name = useCandidateName();
  const rank = index + 1;
  const { matched, missing } = summaryOf(match);
  const details = [match.candidate.headline, match.candidate.city].filter(Boolean).join(' · ');
  return (
    <div className={cn('flex gap-4 border-b border-slate-200 px-3 py-3', active && 'bg-indigo-50/60', open && 'border-l-4 border-l-indigo-700')}>
      <span className="w-10 shrink-0 pt-0.5 text-right font-mono text-sm text-slate-700">
        <span className="sr-only">{t('orgReview.list.rankLabel')} </span>
        {rank}
      </span>
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <button
            type="button"
            data-row-open
            onClick={() => onOpen(match.candidateId, index)}
            onFocus={() => onFocus(index)}
            aria-current={open ? 'true' : undefined}
            aria-keyshortcuts="Enter o"
            className="text-left font-semibold text-indigo-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700"
          >
            {name(match)}
          </button>
          <span className={cn('rounded-full px-2 py-0.5 text-xs font-semibold', STATUS_TONES[match.status] ?? 'bg-slate-100 text-slate-800')}>
            {t(`orgReview.status.${match.status}`, { defaultValue: match.status })}
          </span>
          <span className={cn('text-xs font-medium', match.mustHavesMet ? 'text-emerald-800' : 'text-rose-800')}>
            {match.mustHavesMet ? t('orgReview.list.mustMet') : t('orgReview.list.mustNotMet')}
          </span>
        </div>
        {details && <p className="truncate text-sm text-slate-700">{details}</p>}
        <Requirements label={t('orgReview.list.matched')} items={matched} tone="matched" />
        <Requirements label={t('orgReview.list.missing')} items={missing} tone="missing" />
      </div>
      <div className="flex shrink-0 flex-col items-end justify-between gap-2">
        <span className="text-2xl font-bold text-slate-900" data-testid="row-score">
          <span className="sr-only">{t('orgReview.list.scoreLabel')} </span>
          {format.number(match.score)}
        </span>
        {match.applicationId && (
          <Link
            to={applicationPath(match)}
            className="text-xs font-semibold text-indigo-800 underline focus-visible:outline-2 focus-visible:outline-indigo-700"
          >
            {t('orgReview.list.openApplication')}
            <span className="sr-only"> {t('orgReview.list.ofCandidate', { name: name(match) })}</span>
          </Link>
        )}
      </div>
    </div>
  );
});
