import { describe, expect, it } from 'vitest';
import { formFieldOf, isFormField, profileFormSchema, toApi, toForm, type Profile } from './profile-form-model';

const saved: Profile = {
  candidateId: '6f1c0f7e-0000-4000-8000-000000000001',
  headline: 'Back-end developer',
  summary: null,
  country: 'BE',
  city: 'Liège',
  remotePreference: 'hybrid',
  willingToRelocate: true,
  yearsExperience: 8,
  educationLevel: 'master',
  salaryExpectation: { amount: 4200, currency: 'EUR', period: 'month' },
  skills: [
    { name: 'Postgres', skillId: 'postgresql', level: 4, years: 6 },
    { name: 'Fromages', skillId: null, level: null },
  ],
  languages: [{ language: 'fr', level: 'native' }],
  discoverable: false,
  discoverableSince: null,
  revision: 3,
  updatedAt: '2026-12-03T10:00:00.000Z',
};

describe('the profile form and the API shape', () => {
  it('starts empty before the first save (404)', () => {
    const empty = toForm(undefined);
    expect(empty).toMatchObject({ headline: '', remotePreference: 'any', willingToRelocate: false, skills: [], languages: [], discoverable: false });
    expect(toApi(empty)).toEqual({
      headline: null,
      summary: null,
      country: null,
      city: null,
      remotePreference: 'any',
      willingToRelocate: false,
      yearsExperience: null,
      educationLevel: null,
      salaryExpectation: null,
      skills: [],
      languages: [],
      discoverable: false,
    });
  });

  it('sends back what it read: a saved profile survives the round trip', () => {
    expect(toApi(toForm(saved))).toEqual({
      headline: 'Back-end developer',
      summary: null,
      country: 'BE',
      city: 'Liège',
      remotePreference: 'hybrid',
      willingToRelocate: true,
      yearsExperience: 8,
      educationLevel: 'master',
      salaryExpectation: { amount: 4200, currency: 'EUR', period: 'month' },
      // A skill without a level is shown at 3, the level the scorer assumes; skillId is the server's to resolve.
      skills: [{ name: 'Postgres', level: 4, years: 6 }, { name: 'Fromages', level: 3 }],
      languages: [{ language: 'fr', level: 'native' }],
      discoverable: false,
    });
  });

  it('trims text, turns blanks into null and drops a salary without an amount', () => {
    const values = { ...toForm(saved), headline: '  Data engineer ', city: '   ', salaryAmount: '', yearsExperience: ' 2.5 ' };
    expect(toApi(values)).toMatchObject({ headline: 'Data engineer', city: null, salaryExpectation: null, yearsExperience: 2.5 });
  });

  it('validates before sending: numbers, the salary amount, duplicate languages', () => {
    const bad = { ...toForm(saved), yearsExperience: '61', salaryAmount: '12.5', languages: [{ language: 'fr', level: 'B2' as const }, { language: 'fr', level: 'C1' as const }] };
    const result = profileFormSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual(expect.arrayContaining([['yearsExperience', 'number'], ['salaryAmount', 'wholeNumber'], ['languages.1.language', 'duplicateLanguage']]));
    expect(profileFormSchema.safeParse(toForm(saved)).success).toBe(true);
  });

  it('puts an API error on the field it names', () => {
    expect(formFieldOf('skills[2].name')).toBe('skills.2.name');
    expect(formFieldOf('languages[0].level')).toBe('languages.0.level');
    expect(formFieldOf('salaryExpectation.currency')).toBe('salaryCurrency');
    expect(formFieldOf('salaryExpectation')).toBe('salaryAmount');
    expect(formFieldOf('city')).toBe('city');
    expect(['skills.2.name', 'salaryCurrency', 'city'].every(isFormField)).toBe(true);
    expect(isFormField('skills')).toBe(false);
    expect(isFormField('unknownField')).toBe(false);
  });
});
