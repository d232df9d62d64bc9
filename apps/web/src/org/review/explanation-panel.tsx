import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applicationPath } from '../candidate-label';
import type { Match } from '../../api/review';
import { Button } from '../../ui/button';
import { MatchExplanation } from './match-explanation';
import { useCandidateName } from './match-row';

/**
 * The side panel beside the list: the explanation of the open candidate, drawn from the list
 * item already in memory (no request). Focus moves to its heading when it opens; Escape or the
 * close button close it and the list puts focus back on the row.
 */
export function ExplanationPanel({ match, onClose }: { match: Match; onClose: () => void }) {
  const { t } = useTranslation();
  const name = useCandidateName();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [match.candidateId]);

  return (
    <aside aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto" data-testid="explanation-panel">
      <div className="flex items-start justify-between gap-4">
        <div>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-slate-900 focus:outline-none">
            {name(match)}
          </h2>
          {(match.candidate.headline || match.candidate.city) && (
            <p className="text-sm text-slate-700">{[match.candidate.headline, match.candidate.city].filter(Boolean).join(' · ')}</p>
          )}
        </div>
        <Button variant="secondary" onClick={onClose} aria-keyshortcuts="Escape">
          {t('orgReview.panel.close')}
        </Button>
      </div>
      {match.applicationId && (
        <p className="mt-2 text-sm">
          <Link to={applicationPath(match)} className="font-semibold text-indigo-800 underline focus-visible:outline-2 focus-visible:outline-indigo-700">
            {t('orgReview.list.openApplication')}
          </Link>
          <span className="text-slate-700"> · {t('orgReview.panel.pipelineNote')}</span>
        </p>
      )}
      <div className="mt-4">
        <MatchExplanation match={match} />
      </div>
    </aside>
  );
}
