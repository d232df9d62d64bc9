import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@embauche/api-client';
import { api, unwrap } from './client';

export type Match = Schema<'MatchResponse'>;
export type MatchingStatus = Schema<'MatchingStatusResponse'>;
export type SourcingRun = Schema<'SourcingRunResponse'>;
/** How the generated document types `status` (a list of open objects); the API takes status names. */
type StatusFilter = Schema<'Object'>[];

/** The filters of the ranked list, as the URL holds them (undefined: not filtered). */
export interface MatchFilters {
  minScore?: number;
  mustHavesMet?: boolean;
  /** One application status; the API's default (all but withdrawn) when undefined. */
  status?: string;
  blind: boolean;
}

/** API page size: the largest the API allows, so 10,000 rows are 100 requests while scrolling. */
export const PAGE_SIZE = 100;
/** The first page is smaller: it is on screen sooner (a page of 100 breakdowns is ~0.5 MB of JSON). */
export const FIRST_PAGE_SIZE = 25;
const limitFor = (cursor: string | undefined) => (cursor === undefined ? FIRST_PAGE_SIZE : PAGE_SIZE);

export const reviewKeys = {
  all: (postingId: string) => ['review', postingId] as const,
  matches: (postingId: string, filters: MatchFilters) => ['review', postingId, 'matches', filters] as const,
  status: (postingId: string) => ['review', postingId, 'matching-status'] as const,
  run: (postingId: string, runId: string) => ['review', postingId, 'sourcing-runs', runId] as const,
  suggestions: (postingId: string, blind: boolean) => ['review', postingId, 'suggestions', blind] as const,
};

/** The posting's ranked matches in the API's order, one keyset page after another. */
export function useMatches(postingId: string, filters: MatchFilters) {
  return useInfiniteQuery({
    queryKey: reviewKeys.matches(postingId, filters),
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/job-postings/{id}/matches', {
          params: {
            path: { id: postingId },
            query: {
              limit: limitFor(pageParam),
              cursor: pageParam,
              minScore: filters.minScore,
              mustHavesMet: filters.mustHavesMet,
              // The document types the comma-separated list loosely; the API validates the names.
              status: filters.status === undefined ? undefined : ([filters.status] as unknown as StatusFilter),
              // Only sent when on: a blind list never receives the names it must not show.
              blind: filters.blind ? true : undefined,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** How many applications are scored, pending or failed; re-read every 2 s while some are pending. */
export function useMatchingStatus(postingId: string) {
  return useQuery({
    queryKey: reviewKeys.status(postingId),
    queryFn: async () => unwrap(await api.GET('/api/v1/job-postings/{id}/matching-status', { params: { path: { id: postingId } } })),
    staleTime: 0,
    refetchInterval: (query) => ((query.state.data?.pending ?? 0) > 0 ? 2000 : false),
  });
}

/** Scores every application again (admin, recruiter); the counts then follow by polling. */
export function useRescore(postingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/job-postings/{id}/rescore', { params: { path: { id: postingId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewKeys.status(postingId) }),
  });
}

export function useStartSourcing(postingId: string) {
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/job-postings/{id}/sourcing-runs', { params: { path: { id: postingId } } })),
  });
}

/** One sourcing run, re-read every second until it is done or failed. */
export function useSourcingRun(postingId: string, runId: string | undefined) {
  return useQuery({
    queryKey: reviewKeys.run(postingId, runId ?? ''),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/job-postings/{id}/sourcing-runs/{runId}', { params: { path: { id: postingId, runId: runId ?? '' } } })),
    enabled: runId !== undefined,
    refetchInterval: (query) => (query.state.data?.status === 'done' || query.state.data?.status === 'failed' ? false : 1000),
  });
}

/** The ranked suggestions of the posting's latest sourcing run (only discoverable candidates). */
export function useSuggestions(postingId: string, blind: boolean) {
  return useInfiniteQuery({
    queryKey: reviewKeys.suggestions(postingId, blind),
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/job-postings/{id}/suggestions', {
          params: { path: { id: postingId }, query: { limit: limitFor(pageParam), cursor: pageParam, blind: blind ? true : undefined } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The posting under review (its title for the heading); 404 when it is not the caller's to see. */
export function useReviewedPosting(postingId: string) {
  return useQuery({
    queryKey: [...reviewKeys.all(postingId), 'posting'] as const,
    queryFn: async () => unwrap(await api.GET('/api/v1/job-postings/{id}', { params: { path: { id: postingId } } })),
    retry: false,
  });
}
