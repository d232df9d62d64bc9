import type { Schema } from '@embauche/api-client';
import { ok, type ApiClient } from './factories';

type CreatePosting = Schema<'CreatePostingDto'>;

/**
 * The smallest valid POST /job-postings body: a mid-level hybrid Back-End Developer in Liège, in French.
 * Its fields are the document's; the index signature lets validation tests add what the API refuses.
 */
export interface DraftBody extends Pick<CreatePosting, 'templateId' | 'language' | 'country' | 'city' | 'seniority' | 'remotePolicy' | 'employmentType'> {
  [field: string]: unknown;
}

export const draftBody = (overrides: Partial<DraftBody> = {}): DraftBody => ({
  templateId: 'backend-developer',
  language: 'fr',
  country: 'BE',
  city: 'Liège',
  seniority: 'mid',
  remotePolicy: 'hybrid',
  employmentType: 'full_time',
  ...overrides,
});

/** A Posting as the API returns it. */
export type Posting = Schema<'PostingResponse'>;

export async function createDraft(api: ApiClient, token: string, overrides: Partial<CreatePosting> = {}): Promise<Posting> {
  return ok(api.as(token).POST('/api/v1/job-postings', { body: { ...(draftBody() as CreatePosting), ...overrides } }), 201);
}

export async function createPublished(api: ApiClient, token: string, overrides: Partial<CreatePosting> = {}): Promise<Posting> {
  const draft = await createDraft(api, token, overrides);
  return ok(api.as(token).POST('/api/v1/job-postings/{id}/publish', { params: { path: { id: draft.id } } }), 200);
}

interface ProblemResponse {
  status: number;
  headers: Record<string, string>;
  body: Partial<Schema<'ProblemResponse'>>;
}

/** Asserts an RFC 9457 problem with `status`; returns the distinct fields named in `errors`, in order (empty when there are none). */
export function problemFields(res: ProblemResponse, status: number): string[] {
  expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { status } });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  return [...new Set((res.body.errors ?? []).map((e) => e.field))];
}

/** Every item of a keyset-paged list, following nextCursor until it is null. */
export async function allPages<T extends { id: string }>(
  fetchPage: (cursor: string | undefined) => Promise<{ status: number; body: { items: T[]; nextCursor: string | null } }>,
  maxPages = 100,
): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= maxPages; pages++) {
    const res = await fetchPage(cursor);
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    if (res.body.nextCursor === null) return { items, pages };
    expect(typeof res.body.nextCursor).toBe('string');
    cursor = res.body.nextCursor;
  }
  throw new Error(`still paging after ${maxPages} pages`);
}
