import type { ApiClient } from './factories';

/** The smallest valid POST /job-postings body: a mid-level hybrid Back-End Developer in Liège, in French. */
export interface DraftBody {
  templateId: string;
  language: 'fr' | 'en' | 'nl';
  country: string;
  city: string;
  seniority: 'junior' | 'mid' | 'senior';
  remotePolicy: 'onsite' | 'hybrid' | 'remote';
  employmentType: 'full_time' | 'part_time' | 'contract' | 'internship';
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

/** A Posting as the API returns it (only the fields tests read are typed precisely). */
export interface Posting {
  id: string;
  organizationId: string;
  templateId: string;
  status: 'draft' | 'published' | 'closed';
  title: string;
  description: string;
  language: string;
  country: string;
  city: string;
  seniority: string;
  remotePolicy: string;
  employmentType: string;
  salary: { min: number; max: number; currency: string; period: 'month' | 'year' } | null;
  requirements: {
    skills: Array<{ anyOf: string[]; minLevel: number; importance: string }>;
    languages: Array<{ language: string; minLevel: string; importance: string }>;
    minYearsExperience: number | null;
  };
  requirementsVersion: number;
  hiringManagerIds: string[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export async function createDraft(api: ApiClient, token: string, overrides: Partial<DraftBody> = {}): Promise<Posting> {
  const res = await api.post('/job-postings', draftBody(overrides), token);
  if (res.status !== 201) throw new Error(`POST /job-postings answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as Posting;
}

export async function createPublished(api: ApiClient, token: string, overrides: Partial<DraftBody> = {}): Promise<Posting> {
  const draft = await createDraft(api, token, overrides);
  const res = await api.post(`/job-postings/${draft.id}/publish`, undefined, token);
  if (res.status !== 200) throw new Error(`publish answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as Posting;
}

interface ProblemResponse {
  status: number;
  headers: Record<string, string>;
  body: { type?: unknown; title?: unknown; status?: unknown; detail?: unknown; errors?: Array<{ field: string; message: string }> };
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
