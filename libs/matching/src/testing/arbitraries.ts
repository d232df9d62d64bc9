/**
 * fast-check generators for the scorer's properties: postings, candidates
 * and taxonomies drawn from a small universe so that matches, aliases,
 * relations and custom skills all come up often.
 */
import fc from 'fast-check';
import {
  CEFR_LEVELS,
  IMPORTANCES,
  REMOTE_POLICIES,
  REMOTE_PREFERENCES,
  SALARY_PERIODS,
  SENIORITIES,
  type CandidateLanguage,
  type CandidateSkill,
  type SalaryExpectation,
  type SalaryRange,
} from '../model';
import type { CandidateForScoring, PostingForScoring, SkillRelation } from '../scoring.types';
import { FAKE_SKILLS } from './fixtures';

export const KNOWN_IDS = Object.keys(FAKE_SKILLS);
/** Custom requirement keys (skillKey of free text) and names a candidate may write them with. */
export const CUSTOM_NAMES: Readonly<Record<string, string[]>> = {
  kubernetesoperators: ['Kubernetes Operators', 'kubernetes-operators'],
  terraformcdk: ['Terraform CDK', 'terraform cdk'],
};
export const CUSTOM_KEYS = Object.keys(CUSTOM_NAMES);
export const LANGUAGES = ['en', 'fr', 'nl', 'de'];
const COUNTRIES = ['BE', 'FR', 'NL'];
const CITIES = ['Liège', 'Namur', 'Paris', 'Lyon'];
const CURRENCIES = ['EUR', 'USD'];

/** Every way a candidate may write a known skill: its id, its label, its aliases. */
export function spellings(id: string): string[] {
  const skill = FAKE_SKILLS[id];
  return skill ? [id, skill.label, ...(skill.aliases ?? [])] : (CUSTOM_NAMES[id] ?? [id]);
}

/** City spellings that fold to the same name. */
export function citySpellings(city: string): string[] {
  return [city, city.toUpperCase(), ` ${city.toLowerCase()} `, city.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')];
}

const level = fc.integer({ min: 1, max: 5 });
const cefr = fc.constantFrom(...CEFR_LEVELS);
const importance = fc.constantFrom(...IMPORTANCES);
const amount = fc.integer({ min: 1000, max: 120000 });

export const skillRequirementArb = fc.record({
  anyOf: fc.uniqueArray(fc.constantFrom(...KNOWN_IDS, ...CUSTOM_KEYS), { minLength: 1, maxLength: 3 }),
  minLevel: level,
  importance,
});

export const languageRequirementArb = fc.record({ language: fc.constantFrom(...LANGUAGES), minLevel: cefr, importance });

export const salaryRangeArb: fc.Arbitrary<SalaryRange> = fc
  .record({ a: amount, b: amount, currency: fc.constantFrom(...CURRENCIES), period: fc.constantFrom(...SALARY_PERIODS) })
  .map(({ a, b, currency, period }) => ({ min: Math.min(a, b), max: Math.max(a, b), currency, period }));

export const postingArb: fc.Arbitrary<PostingForScoring> = fc.record({
  requirements: fc.record({
    skills: fc.array(skillRequirementArb, { maxLength: 8 }),
    languages: fc.array(languageRequirementArb, { maxLength: 3 }),
    minYearsExperience: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  }),
  seniority: fc.constantFrom(...SENIORITIES),
  country: fc.constantFrom(...COUNTRIES),
  city: fc.constantFrom(...CITIES),
  remotePolicy: fc.constantFrom(...REMOTE_POLICIES),
  salary: fc.option(salaryRangeArb, { nil: null }),
});

export const relationsArb: fc.Arbitrary<SkillRelation[]> = fc.array(
  fc.record({
    from: fc.constantFrom(...KNOWN_IDS),
    to: fc.constantFrom(...KNOWN_IDS),
    strength: fc.double({ min: 0.05, max: 1, noNaN: true }),
  }),
  { maxLength: 12 },
);

/** A skill as a candidate might write it: a known skill in any spelling, or free text. */
export const candidateSkillArb: fc.Arbitrary<CandidateSkill> = fc.oneof(
  fc
    .record({ id: fc.constantFrom(...KNOWN_IDS), pick: fc.nat(), level: fc.option(level, { nil: null }) })
    .map(({ id, pick, level }) => ({ name: spellings(id)[pick % spellings(id).length], skillId: id, level })),
  fc
    .record({ key: fc.constantFrom(...CUSTOM_KEYS, 'underwater basket weaving'), pick: fc.nat(), level: fc.option(level, { nil: null }) })
    .map(({ key, pick, level }) => ({ name: spellings(key)[pick % spellings(key).length], skillId: null, level })),
);

export const candidateLanguageArb: fc.Arbitrary<CandidateLanguage> = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  level: cefr,
});

export const expectationArb: fc.Arbitrary<SalaryExpectation> = fc.record({
  amount,
  currency: fc.constantFrom(...CURRENCIES),
  period: fc.constantFrom(...SALARY_PERIODS),
});

export const candidateArb: fc.Arbitrary<CandidateForScoring> = fc.record({
  candidateId: fc.constant('c-1'),
  country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
  city: fc.option(fc.constantFrom(...CITIES.flatMap(citySpellings)), { nil: null }),
  remotePreference: fc.constantFrom(...REMOTE_PREFERENCES),
  willingToRelocate: fc.boolean(),
  yearsExperience: fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: null }),
  salaryExpectation: fc.option(expectationArb, { nil: null }),
  skills: fc.array(candidateSkillArb, { maxLength: 12 }),
  languages: fc.array(candidateLanguageArb, { maxLength: 4 }),
});

/** A deterministic shuffle driven by a generated seed (mulberry32), so failures replay. */
export function shuffle<T>(items: ReadonlyArray<T>, seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
