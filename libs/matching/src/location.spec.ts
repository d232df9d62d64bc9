import { compilePosting, scoreCandidate, type CandidateForScoring, type RemotePolicy } from './index';
import { candidate, fakeTaxonomy, posting } from './testing/fixtures';

/** The posting is in Liège (BE). */
function location(remotePolicy: RemotePolicy, who: Partial<CandidateForScoring>) {
  return scoreCandidate(compilePosting(posting({ remotePolicy }), fakeTaxonomy()), candidate(who)).breakdown.location;
}

const sameCity = { country: 'BE', city: 'Liège' };
const sameCountry = { country: 'BE', city: 'Namur' };
const abroad = { country: 'FR', city: 'Lille' };

describe('location', () => {
  it.each<[string, RemotePolicy, Partial<CandidateForScoring>, string, number]>([
    ['remote posting, candidate abroad', 'remote', { ...abroad }, 'remotePosting', 1],
    ['remote posting, candidate without a place', 'remote', { country: null, city: null }, 'remotePosting', 1],
    ['hybrid, same city', 'hybrid', sameCity, 'sameCity', 1],
    ['onsite, same city', 'onsite', sameCity, 'sameCity', 1],
    ['hybrid, same country', 'hybrid', sameCountry, 'sameCountry', 0.7],
    ['onsite, same country', 'onsite', sameCountry, 'sameCountry', 0.6],
    ['hybrid, same country, no city given', 'hybrid', { country: 'BE', city: null }, 'sameCountry', 0.7],
    ['hybrid, abroad, willing to relocate', 'hybrid', { ...abroad, willingToRelocate: true }, 'otherCountryWillingToRelocate', 0.5],
    ['onsite, abroad, willing to relocate', 'onsite', { ...abroad, willingToRelocate: true }, 'otherCountryWillingToRelocate', 0.5],
    ['hybrid, abroad, not willing', 'hybrid', { ...abroad, willingToRelocate: false }, 'otherCountryNotWilling', 0.1],
    ['onsite, abroad, not willing', 'onsite', { ...abroad, willingToRelocate: false }, 'otherCountryNotWilling', 0.1],
  ])('%s → %s %d', (_, policy, who, rule, subScore) => {
    expect(location(policy, who)).toMatchObject({ rule, tableSubScore: subScore, halvedForRemoteOnly: false, subScore });
  });

  it.each<[Partial<CandidateForScoring>, number]>([
    [sameCity, 0.5], // 1 / 2
    [sameCountry, 0.3], // 0.6 / 2
    [{ ...abroad, willingToRelocate: true }, 0.25], // 0.5 / 2
    [{ ...abroad, willingToRelocate: false }, 0.05], // 0.1 / 2
  ])('halves an onsite posting for a remote-only candidate: %j → %d', (who, subScore) => {
    expect(location('onsite', { ...who, remotePreference: 'remote' })).toMatchObject({ halvedForRemoteOnly: true, subScore });
  });

  it('does not halve hybrid or remote postings for a remote-only candidate', () => {
    expect(location('hybrid', { ...sameCountry, remotePreference: 'remote' })).toMatchObject({ halvedForRemoteOnly: false, subScore: 0.7 });
    expect(location('remote', { ...abroad, remotePreference: 'remote' }).subScore).toBe(1);
  });

  it.each(['liege', 'LIEGE', '  Liège ', 'LIÈGE'])('compares cities without case or accents: %s', (city) => {
    expect(location('onsite', { country: 'BE', city }).rule).toBe('sameCity');
  });

  it('compares country codes without case', () => {
    expect(location('onsite', { country: 'be', city: 'Liège' }).rule).toBe('sameCity');
  });

  it('needs the same country for the same city', () => {
    expect(location('onsite', { country: 'FR', city: 'Liège' }).rule).toBe('otherCountryNotWilling');
  });

  it('leaves the criterion out for a candidate without a country (unless the posting is remote)', () => {
    const r = scoreCandidate(compilePosting(posting({ remotePolicy: 'onsite' }), fakeTaxonomy()), candidate({ country: null, city: 'Liège' }));
    expect(r.breakdown.location).toMatchObject({ rule: 'candidateLocationUnknown', tableSubScore: null, subScore: null });
    // only experience (1) is left: 100
    expect(r.score).toBe(100);
  });

  it('weighs 5 in the score', () => {
    // onsite, abroad, not willing, remote only: 0.1/2 = 0.05 ; experience 1
    // 100 × (5×1 + 5×0.05) / 10 = 52.5
    const who = candidate({ ...abroad, remotePreference: 'remote' });
    expect(scoreCandidate(compilePosting(posting({ remotePolicy: 'onsite' }), fakeTaxonomy()), who).score).toBe(52.5);
  });
});
