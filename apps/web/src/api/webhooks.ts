import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@embauche/api-client';
import { api, unwrap } from './client';

export type WebhookEndpoint = Schema<'WebhookEndpointResponse'>;
export type WebhookEndpointWithSecret = Schema<'WebhookEndpointWithSecretResponse'>;
export type WebhookDelivery = Schema<'WebhookDeliveryResponse'>;
export type WebhookEventType = WebhookEndpoint['eventTypes'][number];

/** The API's enum (EVENT_TYPES), in the order the API lists it; the typecheck keeps it complete. */
export const WEBHOOK_EVENT_TYPES = [
  'application.created',
  'application.status_changed',
  'application.withdrawn',
  'match.scored',
  'posting.published',
  'posting.closed',
  'candidate.erased',
] as const satisfies readonly WebhookEventType[];
type Missing = Exclude<WebhookEventType, (typeof WEBHOOK_EVENT_TYPES)[number]>;
const complete: Missing extends never ? true : false = true;
void complete;

/** Deliveries per page of the log. */
export const DELIVERIES_PAGE = 20;

export const webhookKeys = {
  endpoints: ['webhook-endpoints'] as const,
  deliveries: (id: string) => ['webhook-endpoints', id, 'deliveries'] as const,
};

/** Every endpoint of the organization, newest first (the API pages by 100 at most: all pages are read). */
export function useWebhookEndpoints() {
  return useQuery({
    queryKey: webhookKeys.endpoints,
    queryFn: async () => {
      const all: WebhookEndpoint[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(await api.GET('/api/v1/webhook-endpoints', { params: { query: { limit: 100, cursor } } }));
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
  });
}

export function useCreateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { url: string; description: string; eventTypes: WebhookEventType[] }) => unwrap(await api.POST('/api/v1/webhook-endpoints', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints, exact: true }),
  });
}

export function useUpdateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...body }: { id: string; description?: string; eventTypes?: WebhookEventType[]; enabled?: boolean }) =>
      unwrap(await api.PATCH('/api/v1/webhook-endpoints/{id}', { params: { path: { id } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints, exact: true }),
  });
}

export function useDeleteWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const result = await api.DELETE('/api/v1/webhook-endpoints/{id}', { params: { path: { id } } });
      if (!result.response.ok) unwrap({ ...result, data: undefined });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints, exact: true }),
  });
}

export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/webhook-endpoints/{id}/rotate-secret', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints, exact: true }),
  });
}

/** The delivery log, newest first, by keyset pages; refreshed every 2 s while a delivery is still pending. */
export function useWebhookDeliveries(id: string) {
  return useInfiniteQuery({
    queryKey: webhookKeys.deliveries(id),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/api/v1/webhook-endpoints/{id}/deliveries', { params: { path: { id }, query: { limit: DELIVERIES_PAGE, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: (query) => {
      const pages = query.state.data?.pages ?? [];
      const pending = pages.some((p) => p.items.some((d) => d.status === 'pending'));
      return pending || pages.length === 0 || pages[0].items.length === 0 ? 2000 : 10_000;
    },
  });
}

export function useReplayWebhookDelivery(endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (deliveryId: string) =>
      unwrap(await api.POST('/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/replay', { params: { path: { id: endpointId, deliveryId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(endpointId) }),
  });
}
