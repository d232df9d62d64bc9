import { useTranslation } from 'react-i18next';
import type { Match } from '../../api/review';
import { Notice } from '../../ui/notice';
import { Loading } from '../../ui/status';
import { ExplanationPanel } from './explanation-panel';
import { MatchList } from './match-list';
import { ReviewError } from './review-error';
import { useOpenCandidate } from './use-open-candidate';

/** What the ranked matches and the sourcing suggestions both read: keyset pages of matches. */
export interface RankedPages {
  data?: { pages: Array<{ items: Match[] }> };
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/**
 * A ranked list with its explanation panel beside it (open candidate in the URL): loading, error
 * and empty states included. The ranked matches and the sourcing suggestions show the same.
 */
export function RankedReview({ pages, emptyMessage, listLabel }: { pages: RankedPages; emptyMessage: string; listLabel: string }) {
  const { t } = useTranslation();
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const { openId, open, close, openMatch } = useOpenCandidate(items, pages);
  if (pages.isPending) return <Loading>{t('orgReview.list.loading')}</Loading>;
  if (pages.isError) return <ReviewError error={pages.error} onRetry={() => void pages.refetch()} />;
  if (items.length === 0) return <Notice tone="info">{emptyMessage}</Notice>;
  return (
    <div className={openId ? 'grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.1fr)]' : ''}>
      <MatchList
        items={items}
        hasNextPage={pages.hasNextPage}
        isFetchingNextPage={pages.isFetchingNextPage}
        fetchNextPage={() => void pages.fetchNextPage()}
        openId={openId}
        onOpen={open}
        onClose={close}
        label={listLabel}
      />
      {openMatch ? (
        <ExplanationPanel match={openMatch} onClose={close} />
      ) : (
        openId && <Notice tone="info">{pages.hasNextPage ? t('orgReview.panel.searching') : t('orgReview.panel.notInList')}</Notice>
      )}
    </div>
  );
}
