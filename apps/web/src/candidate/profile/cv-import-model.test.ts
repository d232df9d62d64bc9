import { describe, expect, it } from 'vitest';
import { mergeCv } from './cv-import-model';
import type { Profile } from './profile-form-model';

const saved: Profile = {
  candidateId: '6f1c0f7e-0000-4000-8000-000000000002',
  headline: 'Back-end developer',
  summary: null,
  country: 'BE',
  city: null,
  remotePreference: 'hybrid',
  willingToRelocate: false,
  yearsExperience: null,
  educationLevel: null,
  salaryExpectation: null,
  skills: [
    { name: 'Postgres', skillId: 'postgresql', level: 4, years: 6 },
    { name: 'Fromages', skillId: null, level: null },
  ],
  languages: [{ language: 'fr', level: 'native' }],
  discoverable: true,
  discoverableSince: '2026-12-01T10:00:00.000Z',
  revision: 3,
  updatedAt: '2026-12-03T10:00:00.000Z',
};

describe('mergeCv', () => {
  it('adds new kept items, re-levels the ones already there, and fills only empty fields', () => {
    const body = mergeCv(saved, {
      skills: [
        { skillId: 'postgresql', name: 'PostgreSQL', level: 2 },
        { skillId: 'docker', name: 'Docker', level: 3 },
      ],
      languages: [
        { language: 'fr', level: 'C2' },
        { language: 'en', level: 'B2' },
      ],
      fields: { headline: 'Senior developer', city: 'Namur', country: 'FR', yearsExperience: 5.5, educationLevel: 'master', summary: null },
    });
    expect(body.skills).toEqual([
      { name: 'Postgres', level: 2, years: 6 },
      { name: 'Fromages', level: 3 },
      { name: 'Docker', level: 3 },
    ]);
    expect(body.languages).toEqual([
      { language: 'fr', level: 'C2' },
      { language: 'en', level: 'B2' },
    ]);
    expect(body).toMatchObject({ headline: 'Back-end developer', country: 'BE', city: 'Namur', yearsExperience: 5.5, educationLevel: 'master', summary: null, discoverable: true });
  });

  it('builds a first profile from the kept items alone', () => {
    const body = mergeCv(undefined, { skills: [{ skillId: 'go', name: 'Go', level: 4 }], languages: [], fields: { city: 'Gent' } });
    expect(body).toMatchObject({ skills: [{ name: 'Go', level: 4 }], languages: [], city: 'Gent', headline: null, discoverable: false });
  });
});
