import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { paths, Schema } from '@embauche/api-client';
import { api, unwrap } from './client';

export type Posting = Schema<'PostingResponse'>;
export type BoardFilters = Omit<NonNullable<paths['/api/v1/jobs']['get']['parameters']['query']>, 'cursor' | 'limit'>;

export const PAGE_SIZE = 12;

export const jobKeys = {
  board: (filters: BoardFilters) => ['jobs', 'board', filters] as const,
  one: (id: string) => ['jobs', 'one', id] as const,
};

export function useBoard(filters: BoardFilters) {
  return useInfiniteQuery({
    queryKey: jobKeys.board(filters),
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/jobs', { params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
}

export function useJob(id: string) {
  return useQuery({
    queryKey: jobKeys.one(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/jobs/{id}', { params: { path: { id } } })),
  });
}
