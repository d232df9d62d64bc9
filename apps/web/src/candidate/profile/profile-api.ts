import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@embauche/api-client';
import { api, ApiError, unwrap } from '../../api/client';
import type { Profile, ProfileBody } from './profile-form-model';

export const profileKeys = {
  mine: ['candidates', 'me', 'profile'] as const,
};

/** The profile, or null before the first save (the API answers 404 then: an empty editor, not an error). */
export function useMyProfile() {
  return useQuery({
    queryKey: profileKeys.mine,
    queryFn: async (): Promise<Profile | null> => {
      const result = await api.GET('/api/v1/candidates/me/profile');
      if (result.response.status === 404) return null;
      return unwrap(result);
    },
    staleTime: 0,
  });
}

export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProfileBody) => unwrap(await api.PUT('/api/v1/candidates/me/profile', { body })),
    onSuccess: (profile) => client.setQueryData(profileKeys.mine, profile),
  });
}

/** What importing the resume would write, and what it could not map: nothing is saved. */
export function usePreviewJsonResume() {
  return useMutation({
    mutationFn: async (document: Record<string, unknown>) =>
      unwrap(await api.POST('/api/v1/candidates/me/profile/json-resume/preview', { body: document })),
  });
}

export function useImportJsonResume() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (document: Record<string, unknown>) => unwrap(await api.POST('/api/v1/candidates/me/profile/json-resume', { body: document })),
    onSuccess: ({ unmapped: _unmapped, ...profile }) => client.setQueryData(profileKeys.mine, profile),
  });
}

/** The field errors of a 400 problem+json (empty for any other failure). */
export function fieldErrors(error: unknown): Array<{ field: string; message: string }> {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  const errors = (error.problem as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? errors.filter((e): e is { field: string; message: string } => typeof e?.field === 'string' && typeof e?.message === 'string') : [];
}

export type CvDraft = Schema<'CvDraftResponse'>;

/** Reads a CV (PDF or .docx) into a draft with the evidence per finding: nothing is stored. */
export function useReadCv() {
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      // The browser sets the multipart boundary itself: the body goes out as the FormData it is.
      return unwrap(
        await api.POST('/api/v1/candidates/me/profile/cv', {
          body: form as unknown as { file: string },
          bodySerializer: (body) => body as unknown as FormData,
        }),
      );
    },
  });
}

/** The `code` of a problem+json answer, if any. */
export function problemCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const code = (error.problem as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

export const meKey = ['auth', 'me'] as const;

/** The signed-in user, with the language of the emails sent to them (null: not chosen). */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: async () => unwrap(await api.GET('/api/v1/auth/me')) });
}

export function useSaveEmailLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (language: 'fr' | 'en' | 'nl') => unwrap(await api.PATCH('/api/v1/auth/me', { body: { language } })),
    onSuccess: (user) => client.setQueryData(meKey, user),
  });
}
