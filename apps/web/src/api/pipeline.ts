import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@embauche/api-client';
import type { ApplicationStatus } from '@embauche/applications/status-flow';
import { ApiError, api, unwrap } from './client';

export type PipelineCard = Schema<'PipelineCardResponse'>;
export type PipelineCounts = Schema<'PipelineCountsResponse'>;
export type OrgApplication = Schema<'ApplicationResponse'>;
export type ApplicationEvent = Schema<'ApplicationEventResponse'>;

export const pipelineKeys = {
  all: ['pipeline'] as const,
  posting: (id: string) => ['pipeline', 'posting', id] as const,
  column: (postingId: string, status: ApplicationStatus, blind: boolean) => ['pipeline', 'column', postingId, status, blind] as const,
  application: (id: string) => ['pipeline', 'application', id] as const,
  events: (id: string) => ['pipeline', 'events', id] as const,
};

/** The posting a board or an application belongs to (its title and status). */
export function usePipelinePosting(id: string | undefined) {
  return useQuery({
    queryKey: pipelineKeys.posting(id ?? ''),
    queryFn: async () => unwrap(await api.GET('/api/v1/job-postings/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

/** One column of the board, 50 cards a page, longest in stage first; re-read every 5 s while a score is pending. */
export function usePipelineColumn(postingId: string, status: ApplicationStatus, blind: boolean) {
  return useInfiniteQuery({
    queryKey: pipelineKeys.column(postingId, status, blind),
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/job-postings/{id}/pipeline', {
          params: { path: { id: postingId }, query: { status, limit: 50, cursor: pageParam, ...(blind ? { blind: true } : {}) } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some((c) => c.match.status === 'pending')) ? 5000 : false),
  });
}

export function useOrgApplication(id: string, blind: boolean) {
  return useQuery({
    queryKey: [...pipelineKeys.application(id), blind],
    queryFn: async () => unwrap(await api.GET('/api/v1/applications/{id}', { params: { path: { id }, query: blind ? { blind: true } : {} } })),
    refetchInterval: (query) => (query.state.data?.match.status === 'pending' ? 2000 : false),
  });
}

export function useApplicationEvents(id: string) {
  return useQuery({
    queryKey: pipelineKeys.events(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/applications/{id}/events', { params: { path: { id } } })),
  });
}

export interface Move {
  applicationId: string;
  to: ApplicationStatus;
  note?: string;
}

/** What a batch of moves did: the ones the API refused keep the reason it gave (409 moved meanwhile, …). */
export interface MoveOutcome {
  moved: string[];
  refused: Array<{ applicationId: string; status: number; detail?: string }>;
}

/**
 * Moves applications one by one through POST /applications/{id}/transitions (the one rule of the
 * status table stays the API's), then reads the board and the application pages again.
 */
export function useMoves() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (moves: Move[]): Promise<MoveOutcome> => {
      const outcome: MoveOutcome = { moved: [], refused: [] };
      for (const move of moves) {
        const note = move.note?.trim();
        try {
          unwrap(await api.POST('/api/v1/applications/{id}/transitions', { params: { path: { id: move.applicationId } }, body: { to: move.to as Schema<'TransitionDto'>['to'], ...(note ? { note } : {}) } }));
          outcome.moved.push(move.applicationId);
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          const detail = (error.problem as { detail?: string } | undefined)?.detail;
          outcome.refused.push({ applicationId: move.applicationId, status: error.status, detail });
        }
      }
      return outcome;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.all }),
  });
}
