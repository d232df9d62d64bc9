import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import type { Match } from '../../api/review';
import { withParam } from './review-params';

interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/**
 * The open explanation lives in the URL (`?candidate=<id>`), so it can be linked and the Back
 * button closes it. Its data is the list item already loaded: opening costs no request. A link to
 * a candidate further down the list loads the next pages until it is found.
 */
export function useOpenCandidate(items: Match[], pages: Pages) {
  const [params, setParams] = useSearchParams();
  const openId = params.get('candidate') ?? undefined;
  const openMatch = openId === undefined ? undefined : items.find((m) => m.candidateId === openId);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  const searching = openId !== undefined && openMatch === undefined && items.length > 0;
  useEffect(() => {
    if (searching && hasNextPage && !isFetchingNextPage) fetchNextPage();
  }, [searching, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return {
    openId,
    openMatch,
    open: (candidateId: string) => setParams((current) => withParam(current, 'candidate', candidateId)),
    close: () => setParams((current) => withParam(current, 'candidate', undefined)),
  };
}
