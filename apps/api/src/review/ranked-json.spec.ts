import { rankedPageJson } from './ranked-json';

describe('rankedPageJson', () => {
  const row = {
    application_id: 'a1',
    candidate_id: 'c1',
    status: 'applied',
    score: 87.5,
    must_haves_met: true,
    breakdown_json: '{"score":87.5,"criteria":[{"criterion":"technicalSkills","points":50}],"items":[]}',
    scored_at: new Date('2026-01-02T03:04:05.000Z'),
    identity_revealed_at: null,
    name: 'Ada "the first" Lovelace',
    email: 'ada@example.com',
    headline: null,
    city: 'Liège',
  };

  it('is the JSON a plain serialization would give, breakdown included', () => {
    const json = rankedPageJson([{ row, hidden: false }], { nextCursor: null, pending: 2, failed: 0 });
    expect(JSON.parse(json)).toEqual({
      items: [
        {
          applicationId: 'a1',
          candidateId: 'c1',
          candidate: { name: 'Ada "the first" Lovelace', email: 'ada@example.com', headline: null, city: 'Liège' },
          status: 'applied',
          score: 87.5,
          mustHavesMet: true,
          scoredAt: '2026-01-02T03:04:05.000Z',
          breakdown: { score: 87.5, criteria: [{ criterion: 'technicalSkills', points: 50 }], items: [] },
        },
      ],
      nextCursor: null,
      pending: 2,
      failed: 0,
    });
  });

  it('hides identities when asked and serializes an empty page', () => {
    expect(JSON.parse(rankedPageJson([{ row, hidden: true }], { nextCursor: 'x' })).items[0].candidate).toEqual({ name: null, email: null, headline: null, city: 'Liège' });
    expect(JSON.parse(rankedPageJson([], { nextCursor: null }))).toEqual({ items: [], nextCursor: null });
  });
});
