import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/applications';
import { Notice } from '../../ui/notice';
import { ErrorNotice } from '../../ui/status';

/** A refused or failed call in plain words: not found, not allowed, refused filters, or try again. */
export function ReviewError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const problem = problemOf(error);
  if (problem?.status === 404) return <Notice tone="error">{t('orgReview.errors.notFound')}</Notice>;
  if (problem?.status === 403) return <Notice tone="error">{t('orgReview.errors.forbidden')}</Notice>;
  if (problem?.status === 400) return <Notice tone="error">{t('orgReview.errors.refused', { detail: problem.detail ?? '' })}</Notice>;
  return <ErrorNotice message={t('orgReview.errors.failed')} retryLabel={t('orgReview.errors.retry')} onRetry={onRetry} />;
}
