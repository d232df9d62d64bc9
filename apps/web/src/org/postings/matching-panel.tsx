import { useTranslation } from 'react-i18next';
import type { Schema } from '@embauche/api-client';

/** How far the scoring of the posting's applications is (GET matching-status, polled while pending). */
export function MatchingPanel({ status }: { status: Schema<'MatchingStatusResponse'> }) {
  const { t } = useTranslation();
  if (status.total === 0) return null;
  const done = status.scored + status.failed;
  return (
    <section aria-labelledby="matching-title" className="mt-6 rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="matching-title" className="text-lg font-semibold text-slate-900">
        {t('orgPostings.matching.title')}
      </h2>
      <div
        role="progressbar"
        aria-labelledby="matching-title"
        aria-valuemin={0}
        aria-valuemax={status.total}
        aria-valuenow={done}
        className="mt-3 h-2 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full bg-indigo-700" style={{ width: `${(done / status.total) * 100}%` }} />
      </div>
      <p role="status" className="mt-2 text-sm text-slate-800">
        {status.pending > 0
          ? t('orgPostings.matching.pending', { scored: status.scored, total: status.total, pending: status.pending, failed: status.failed })
          : t('orgPostings.matching.done', { scored: status.scored, total: status.total, failed: status.failed })}
      </p>
    </section>
  );
}
