import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@embauche/api-client';
import { api, unwrap } from './client';

export type Member = Schema<'MemberResponse'>;
export type MemberRole = Schema<'UpdateMemberDto'>['role'] & string;
export type Organization = Schema<'OrganizationResponse'>;

export const MEMBER_ROLES: MemberRole[] = ['recruiter', 'hiring_manager', 'admin'];

export const organizationKeys = {
  organization: ['organization'] as const,
  members: ['organization', 'members'] as const,
};

/** The caller's organization: name and blind review. */
export function useOrganization() {
  return useQuery({
    queryKey: organizationKeys.organization,
    queryFn: async () => unwrap(await api.GET('/api/v1/organization')),
  });
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (changes: { name?: string; blindReview?: boolean }) => unwrap(await api.PATCH('/api/v1/organization', { body: changes })),
    onSuccess: (organization) => {
      queryClient.setQueryData(organizationKeys.organization, organization);
      // Blind review changes what the review lists and the board may show: drop what they hold.
      queryClient.removeQueries({ queryKey: ['review'] });
      queryClient.removeQueries({ queryKey: ['pipeline'] });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: organizationKeys.organization, exact: true }),
  });
}

/** Every member, deactivated ones included (`active: false`), oldest first, as the API returns them. */
export function useMembers() {
  return useQuery({
    queryKey: organizationKeys.members,
    queryFn: async () => unwrap(await api.GET('/api/v1/organization/members')).items,
  });
}

export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; email: string; password: string; role: MemberRole }) =>
      unwrap(await api.POST('/api/v1/organization/members', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: organizationKeys.members }),
  });
}

export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...body }: { id: string; role?: MemberRole; active?: boolean }) =>
      unwrap(await api.PATCH('/api/v1/organization/members/{id}', { params: { path: { id } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: organizationKeys.members }),
  });
}
