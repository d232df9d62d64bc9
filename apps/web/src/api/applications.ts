import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@embauche/api-client';
import { ApiError, api, unwrap } from './client';

export type MyApplicationSummary = Schema<'CandidateApplicationResponse'>;
export type MyApplication = Schema<'MyApplicationResponse'>;

export const applicationKeys = {
  mine: ['applications', 'mine'] as const,
  mineList: (limit: number) => ['applications', 'mine', 'list', limit] as const,
  mineOne: (id: string) => ['applications', 'mine', 'one', id] as const,
};
export const myProfileKey = ['candidates', 'me', 'profile'] as const;

/** The candidate's applications, newest first, by keyset pages; read again on each visit, and every 2 s while a score is pending. */
export function useMyApplications(limit = 20) {
  return useInfiniteQuery({
    queryKey: applicationKeys.mineList(limit),
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/candidates/me/applications', { params: { query: { limit, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some((a) => a.match.status === 'pending')) ? 2000 : false),
  });
}

/** One of the candidate's applications; re-read every 2 s while its score is pending, so it appears without a reload. */
export function useMyApplication(id: string) {
  return useQuery({
    queryKey: applicationKeys.mineOne(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/candidates/me/applications/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.data?.match.status === 'pending' ? 2000 : false),
  });
}

/** Whether the candidate has a profile yet (the API answers 404 before the first save). */
export function useHasProfile(enabled: boolean) {
  return useQuery({
    queryKey: myProfileKey,
    queryFn: async () => {
      const result = await api.GET('/api/v1/candidates/me/profile');
      if (result.response.status === 404) return null;
      return unwrap(result);
    },
    enabled,
    staleTime: 0,
    select: (profile) => profile !== null,
  });
}

export function useApply(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (coverLetter: string) =>
      unwrap(await api.POST('/api/v1/jobs/{id}/applications', { params: { path: { id: jobId } }, body: coverLetter.trim() ? { coverLetter } : {} })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.mine }),
  });
}

export function useWithdraw(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/applications/{id}/withdraw', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.mine }),
  });
}

/** The problem+json of a failed call, when there is one. */
export function problemOf(error: unknown): { status: number; detail?: string; errors?: Array<{ field: string; message: string }> } | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const problem = (typeof error.problem === 'object' && error.problem !== null ? error.problem : {}) as { detail?: string; errors?: Array<{ field: string; message: string }> };
  return { status: error.status, detail: problem.detail, errors: problem.errors };
}
