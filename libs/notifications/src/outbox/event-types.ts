/**
 * The domain events the outbox carries, with their `data`: ids and
 * non-personal fields only. Receivers fetch details through the API with
 * their own credentials; nothing here has to be erased when a candidate is.
 */
export const EVENT_TYPES = [
  'application.created',
  'application.status_changed',
  'application.withdrawn',
  'match.scored',
  'posting.published',
  'posting.closed',
  'candidate.erased',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Internal events: emailed to admins, never offered to webhook endpoints. */
export const INTERNAL_EVENT_TYPES = ['webhook_endpoint.disabled'] as const;
export type InternalEventType = (typeof INTERNAL_EVENT_TYPES)[number];

export interface EventData {
  'application.created': { applicationId: string; jobPostingId: string; candidateId: string; status: 'applied' };
  'application.status_changed': { applicationId: string; jobPostingId: string; candidateId: string; from: string; to: string; actorRole: string };
  'application.withdrawn': { applicationId: string; jobPostingId: string; candidateId: string; from: string };
  'match.scored': { applicationId: string; jobPostingId: string; candidateId: string; score: number; mustHavesMet: boolean };
  'posting.published': { jobPostingId: string };
  'posting.closed': { jobPostingId: string };
  'candidate.erased': { candidateId: string; applicationIds: string[] };
  'webhook_endpoint.disabled': { endpointId: string; reason: string };
}

/** One row to write: `organizationId` routes it to that organization's endpoints and team. */
export interface NewOutboxEvent<T extends EventType | InternalEventType = EventType | InternalEventType> {
  type: T;
  organizationId: string | null;
  /** The candidate the event is about, so their emails can find them (and erasure can drop them). */
  candidateId: string | null;
  data: EventData[T];
}
