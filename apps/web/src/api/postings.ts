import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@embauche/api-client';
import { api, unwrap } from './client';

export type OrgPosting = Schema<'PostingResponse'>;
export type OrgPostingListItem = Schema<'PostingListItemResponse'>;
export type PostingBody = Schema<'CreatePostingDto'>;
export type PostingChanges = Schema<'UpdatePostingDto'>;
export type PostingPreview = Schema<'PostingPreviewResponse'>;
export type Requirements = Schema<'RequirementsDto'>;
export type PostingStatus = OrgPosting['status'];
export type Member = Schema<'MemberResponse'>;
type Lang = 'fr' | 'en' | 'nl';

export interface PostingFilter {
  status?: 'draft' | 'published' | 'closed';
  hiringManagerId?: string;
}

export const postingKeys = {
  all: ['org-postings'] as const,
  list: (filter: PostingFilter) => ['org-postings', 'list', filter] as const,
  one: (id: string) => ['org-postings', 'one', id] as const,
  matching: (id: string) => ['org-postings', 'matching', id] as const,
  preview: (body: PostingBody | null) => ['org-postings', 'preview', body] as const,
  templates: (lang: Lang) => ['job-templates', lang] as const,
  members: ['organization', 'members'] as const,
};

/** The dashboard's postings (newest first, with their stats); a hiring manager gets only theirs from the API. */
export function useOrgPostings(filter: PostingFilter, limit = 50) {
  return useInfiniteQuery({
    queryKey: postingKeys.list(filter),
    queryFn: async ({ pageParam }) => unwrap(await api.GET('/api/v1/job-postings', { params: { query: { ...filter, limit, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 0,
  });
}

export function useOrgPosting(id: string) {
  return useQuery({
    queryKey: postingKeys.one(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/job-postings/{id}', { params: { path: { id } } })),
  });
}

/** How far the scoring of the posting's applications is; read every 2 s while some are pending. */
export function useMatchingStatus(id: string) {
  return useQuery({
    queryKey: postingKeys.matching(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/job-postings/{id}/matching-status', { params: { path: { id } } })),
    refetchInterval: (query) => ((query.state.data?.pending ?? 0) > 0 ? 2000 : false),
  });
}

export function useTemplates(lang: Lang) {
  return useQuery({
    queryKey: postingKeys.templates(lang),
    queryFn: async () => unwrap(await api.GET('/api/v1/job-templates', { params: { query: { lang } } })).items,
    staleTime: Infinity,
  });
}

/** The organization's hiring managers (the member list is for admins and recruiters only). */
export function useHiringManagers(enabled: boolean) {
  return useQuery({
    queryKey: postingKeys.members,
    queryFn: async () => unwrap(await api.GET('/api/v1/organization/members')).items,
    select: (members) => members.filter((m) => m.role === 'hiring_manager'),
    enabled,
    staleTime: 60_000,
  });
}

/** What creating `body` would produce; the previous answer stays on screen while the next one loads. */
export function usePostingPreview(body: PostingBody | null) {
  return useQuery({
    queryKey: postingKeys.preview(body),
    queryFn: async () => unwrap(await api.POST('/api/v1/job-postings/preview', { body: body! })),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useCreatePosting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PostingBody) => unwrap(await api.POST('/api/v1/job-postings', { body })),
    onSuccess: (posting) => {
      queryClient.setQueryData(postingKeys.one(posting.id), posting);
      void queryClient.invalidateQueries({ queryKey: [...postingKeys.all, 'list'] });
    },
  });
}

/** PATCH, publish and close all answer the posting: it replaces the cached one. */
function usePostingChange<V>(id: string, call: (variables: V) => Promise<OrgPosting>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (posting) => {
      queryClient.setQueryData(postingKeys.one(id), posting);
      void queryClient.invalidateQueries({ queryKey: postingKeys.matching(id) });
      void queryClient.invalidateQueries({ queryKey: [...postingKeys.all, 'list'] });
    },
  });
}

export const useUpdatePosting = (id: string) =>
  usePostingChange(id, async (body: PostingChanges) => unwrap(await api.PATCH('/api/v1/job-postings/{id}', { params: { path: { id } }, body })));

export const usePublishPosting = (id: string) =>
  usePostingChange(id, async () => unwrap(await api.POST('/api/v1/job-postings/{id}/publish', { params: { path: { id } } })));

export const useClosePosting = (id: string) =>
  usePostingChange(id, async () => unwrap(await api.POST('/api/v1/job-postings/{id}/close', { params: { path: { id } } })));
