import type { Schema } from '@embauche/api-client';
import { rankedApplicationsSql } from '@embauche/review/ranked-matches.sql';
import { ApiClient, type SignedIn } from './support/factories';
import { applyTo } from './support/candidates';
import { candidateWith, eventually, pointsOf, type ProfileBody, strongProfile } from './support/matching';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';

/** The document types `breakdown` as an open object; the tests read its criteria. */
type Match = Schema<'MatchResponse'> & {
  breakdown: { criteria: Array<{ criterion: string; points: number; weight: number; included: boolean }>; items: unknown[] };
};

const PROFILES: ProfileBody[] = [
  strongProfile(),
  strongProfile({ skills: [{ name: 'Node.js', level: 4 }, { name: 'SQL', level: 3 }, { name: 'Git', level: 3 }] }),
  strongProfile({ skills: [{ name: 'PHP', level: 3 }, { name: 'MySQL', level: 3 }, { name: 'Git', level: 2 }] }),
  strongProfile({ skills: [{ name: 'React', level: 5 }, { name: 'CSS', level: 5 }], city: 'Gent' }),
  strongProfile({ languages: [{ language: 'nl', level: 'native' }], city: 'Antwerpen' }),
  strongProfile({ skills: [{ name: 'Python', level: 5 }, { name: 'PostgreSQL', level: 5 }, { name: 'Git', level: 5 }, { name: 'Django', level: 4 }] }),
  strongProfile({ yearsExperience: 0, skills: [{ name: 'Ruby', level: 2 }, { name: 'SQL', level: 2 }, { name: 'Git', level: 2 }] }),
  strongProfile({ country: 'FR', city: 'Paris', willingToRelocate: false }),
  strongProfile({ skills: [{ name: 'Java', level: 3 }, { name: 'SQL', level: 3 }, { name: 'Git', level: 3 }] }),
  strongProfile({ skills: [{ name: 'Go', level: 5 }] }),
];

describe('Ranked matches, filters, paging and blind review', () => {
  const platform = new Platform({ worker: true });
  let api: ApiClient;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let posting: Posting;
  const candidates: SignedIn[] = [];
  const applicationIds: string[] = [];

  const matches = (query = '', token = manager.token) => api.get(`/job-postings/${posting.id}/matches${query}`, token);
  const allPages = async (query: string, limit: number): Promise<Match[]> => {
    const items: Match[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Match[]; nextCursor: string | null } } = await matches(`?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  };
  /** MATCHING.md › Ranking, computed independently of the API. */
  const ranked = (items: Match[]) =>
    [...items].sort((a, b) => Number(b.mustHavesMet) - Number(a.mustHavesMet) || b.score - a.score || (a.candidateId < b.candidateId ? -1 : 1));

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization();
    recruiter = await api.addMember(admin, 'recruiter');
    manager = await api.addMember(admin, 'hiring_manager');
    posting = await createPublished(api, recruiter.token, { hiringManagerIds: [manager.user.id] });
    for (const [i, profile] of PROFILES.entries()) {
      const candidate = await candidateWith(api, profile, `Candidate ${String(i).padStart(2, '0')}`);
      candidates.push(candidate);
      applicationIds.push((await applyTo(api, candidate, posting.id)).id);
    }
    await eventually(() => api.get(`/job-postings/${posting.id}/matching-status`, manager.token).then((r) => r.body), (s) => s.scored === PROFILES.length, 30000, 'every application scored');
  });
  afterAll(() => platform.stop());

  it('orders by must-haves met, then score, then candidate id, with complete explanations', async () => {
    const res = await matches('?limit=100').expect(200);
    expect(res.body).toMatchObject({ nextCursor: null, pending: 0, failed: 0 });
    const items: Match[] = res.body.items;
    expect(items).toHaveLength(PROFILES.length);
    expect(items).toEqual(ranked(items));
    expect(items.some((m) => m.mustHavesMet) && items.some((m) => !m.mustHavesMet)).toBe(true);
    for (const m of items) {
      expect(pointsOf(m.breakdown)).toBeCloseTo(m.score, 2);
      expect(m.breakdown.items.length).toBeGreaterThan(10);
      expect(m.candidate.name).toMatch(/^Candidate \d\d$/);
    }
    expect(items[0].candidateId).toBe(candidates[0].user.id); // the strong Java profile in Liège
  });

  it('pages exactly over a fixed snapshot, ties included: every candidate once, none skipped', async () => {
    // Force ties: several candidates get exactly the same score and must-have status.
    const ids = candidates.slice(2, 7).map((c) => c.user.id);
    await platform.db.query(`UPDATE applications SET match_score = 42.5, match_must_haves_met = true WHERE candidate_id = ANY($1)`, [ids]);
    const whole = (await matches('?limit=100').expect(200)).body.items as Match[];
    for (const limit of [1, 2, 3, 4, 7]) {
      const paged = await allPages('', limit);
      expect(paged.map((m) => m.candidateId)).toEqual(whole.map((m) => m.candidateId));
    }
    expect(whole).toEqual(ranked(whole));
  });

  it('filters by minScore, mustHavesMet and status before paging, leaving withdrawn out unless asked', async () => {
    const all = (await matches('?limit=100').expect(200)).body.items as Match[];
    const threshold = all[Math.floor(all.length / 2)].score;
    const above = await allPages(`&minScore=${threshold}`, 2);
    expect(above.map((m) => m.candidateId)).toEqual(all.filter((m) => m.score >= threshold).map((m) => m.candidateId));
    const missing = await allPages('&mustHavesMet=false', 2);
    expect(missing.map((m) => m.candidateId)).toEqual(all.filter((m) => !m.mustHavesMet).map((m) => m.candidateId));

    const withdrawing = candidates[9];
    await api.post(`/applications/${applicationIds[9]}/withdraw`, undefined, withdrawing.token).expect(200);
    const withoutWithdrawn = (await matches('?limit=100').expect(200)).body.items as Match[];
    expect(withoutWithdrawn.map((m) => m.candidateId)).not.toContain(withdrawing.user.id);
    const onlyWithdrawn = (await matches('?status=withdrawn').expect(200)).body.items as Match[];
    expect(onlyWithdrawn.map((m) => m.candidateId)).toEqual([withdrawing.user.id]);
    await api.post(`/applications/${applicationIds[8]}/transitions`, { to: 'screening' }, recruiter.token).expect(200);
    const screening = (await matches('?status=screening,interview').expect(200)).body.items as Match[];
    expect(screening.map((m) => m.candidateId)).toEqual([candidates[8].user.id]);
    await matches('?status=hired,bogus').expect(400);
    await matches('?minScore=101').expect(400);
    await matches('?mustHavesMet=maybe').expect(400);
    await matches('?cursor=garbage').expect(400);
  });

  it('is served by the ranking index, never by sorting every application (EXPLAIN)', async () => {
    // Enough rows for the planner to prefer an index: 3,000 scored applications on a posting of their own.
    const bulk = await createPublished(api, recruiter.token, { hiringManagerIds: [manager.user.id] });
    await platform.db.query(`
      WITH u AS (
        INSERT INTO users (email, name, role) SELECT 'bulk' || g || '@example.com', 'Bulk ' || g, 'candidate' FROM generate_series(1, 3000) g RETURNING id
      ), p AS (
        INSERT INTO candidate_profiles (candidate_id, revision) SELECT id, 1 FROM u RETURNING candidate_id
      )
      INSERT INTO applications (job_posting_id, candidate_id, organization_id, applied_with_revision, match_status, match_score,
                                match_must_haves_met, match_breakdown, match_scored_at, match_profile_revision, match_requirements_version)
      SELECT $1, candidate_id, $2, 1, 'scored', round((random() * 100)::numeric, 2), random() < 0.5, '{}'::jsonb, now(), 1, 1 FROM p`,
      [bulk.id, bulk.organizationId],
    );
    await platform.db.query('ANALYZE applications');
    const first = (await api.get(`/job-postings/${bulk.id}/matches?limit=20`, manager.token).expect(200)).body;
    const deep = rankedApplicationsSql({ jobPostingId: bulk.id, limit: 20, after: cursorValues(first.nextCursor) });
    for (const statement of [rankedApplicationsSql({ jobPostingId: bulk.id, limit: 20 }), deep]) {
      const { rows } = await platform.db.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.params);
      const plan = JSON.stringify(rows[0]['QUERY PLAN']);
      expect(plan).toContain('idx_applications_ranking');
      expect(plan).not.toContain('"Node Type":"Sort"');
    }
  });

  it('never changes scores by deciding, and records every decision with its actor and time', async () => {
    const id = applicationIds[1];
    const before = (await api.get(`/applications/${id}`, recruiter.token).expect(200)).body.match;
    await api.post(`/applications/${id}/transitions`, { to: 'screening', note: 'Strong Node.js' }, manager.token).expect(200);
    const after = (await api.get(`/applications/${id}`, recruiter.token).expect(200)).body.match;
    expect(after).toEqual(before);
    const events = (await api.get(`/applications/${id}/events`, recruiter.token).expect(200)).body.items;
    expect(events.at(-1)).toMatchObject({ actorId: manager.user.id, type: 'transition', from: 'applied', to: 'screening', note: 'Strong Node.js', at: expect.any(String) });
  });

  it('hides identities under blind review until interview, and the trail says who revealed them', async () => {
    const id = applicationIds[0];
    const candidateId = candidates[0].user.id;
    const identityIn = async (query: string) => ((await matches(`?limit=100${query}`).expect(200)).body.items as Match[]).find((m) => m.candidateId === candidateId)!.candidate;
    expect((await identityIn('&blind=true')).name).toBeNull();
    expect((await identityIn('&blind=true')).email).toBeNull();
    expect((await identityIn('')).name).toBe('Candidate 00');
    await api.patch('/organization', { blindReview: true }, admin.token).expect(200);
    for (const token of [manager.token, recruiter.token]) {
      const listed = ((await matches('?limit=100', token).expect(200)).body.items as Match[]).find((m) => m.candidateId === candidateId)!;
      expect(listed.candidate).toMatchObject({ name: null, email: null });
      expect((await api.get(`/applications/${id}`, token).expect(200)).body.candidate).toMatchObject({ name: null, email: null });
    }
    await api.post(`/applications/${id}/transitions`, { to: 'screening' }, manager.token).expect(200);
    expect((await identityIn('')).name).toBeNull(); // screening is still before interview
    await api.post(`/applications/${id}/transitions`, { to: 'interview', note: 'Invite' }, manager.token).expect(200);
    expect(await identityIn('')).toMatchObject({ name: 'Candidate 00', email: candidates[0].user.email });
    expect((await api.get(`/applications/${id}`, manager.token).expect(200)).body.candidate.name).toBe('Candidate 00');
    const events = (await api.get(`/applications/${id}/events`, admin.token).expect(200)).body.items;
    expect(events.at(-1)).toMatchObject({ actorId: manager.user.id, to: 'interview', revealed: ['name', 'email'] });
    // The candidate's own read never carries reviewer-side identity blocks.
    expect((await api.get(`/applications/${id}`, candidates[0].token).expect(200)).body.candidate).toBeUndefined();
    await api.patch('/organization', { blindReview: false }, admin.token).expect(200);
  });

  it('shows each candidate their own score and what they lack, and nothing of others', async () => {
    const weak = candidates[9]; // Go only: none of the must-haves
    const res = await api.get('/candidates/me/applications', weak.token).expect(200);
    expect(res.body.items).toHaveLength(1);
    const mine = res.body.items[0];
    expect(mine).toMatchObject({ jobPostingId: posting.id, match: { status: 'scored', score: expect.any(Number), mustHavesMet: false } });
    const lacking = mine.match.lacking as Array<{ type: string; anyOf?: string[]; credit: number }>;
    expect(lacking.find((l) => l.anyOf?.includes('sql'))).toMatchObject({ type: 'skill', credit: 0 });
    const text = JSON.stringify(res.body);
    for (const other of candidates.filter((c) => c !== weak)) {
      expect(text).not.toContain(other.user.id);
      expect(text).not.toContain(other.user.email);
    }
  });
});

function cursorValues(cursor: string): { mustHavesMet: boolean; score: number; candidateId: string } {
  const [mustHavesMet, score, candidateId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  return { mustHavesMet, score, candidateId };
}
