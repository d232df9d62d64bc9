/**
 * One generated candidate: a stack, 8–25 skills drawn from the taxonomy
 * with levels that grow with experience, 1–3 languages that fit where they
 * live, a remote preference and a salary expectation (sometimes private).
 */
import type { CandidateForScoring, CandidateSkill, RemotePreference, SalaryExpectation } from '@embauche/matching';
import type { SkillDefinition } from '@embauche/skills/skill.types';
import { residence } from './places';
import { chance, intBetween, pick, type Random, shuffle, streamFor, uuidFrom, weighted } from './prng';
import { SHARED_ODDS, skillPools, SOFT_ODDS, STACKS, type Stack } from './skill-pools';

export const EDUCATION_LEVELS = ['none', 'secondary', 'bootcamp', 'bachelor', 'master', 'doctorate'] as const;

export interface GeneratedProfile extends CandidateForScoring {
  name: string;
  headline: string;
  educationLevel: (typeof EDUCATION_LEVELS)[number];
}

const FIRST_NAMES = ['Lucas', 'Emma', 'Louis', 'Olivia', 'Noah', 'Louise', 'Arthur', 'Mila', 'Jules', 'Alice', 'Liam', 'Lina', 'Adam', 'Elena', 'Victor', 'Sofia', 'Mohamed', 'Sarah', 'Finn', 'Marie', 'Thomas', 'Yasmine', 'Wout', 'Lotte', 'Kevin', 'Julie', 'Pieter', 'Camille'];
const LAST_NAMES = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leroy', 'Renard', 'El Amrani', 'Nowak', 'Rossi', 'Lejeune', 'Collard', 'Hendrickx'];

const STACK_ODDS = STACKS.map((s) => [s, s.weight] as const);
const EXTRA_ODDS = [...SHARED_ODDS, ...SOFT_ODDS];

/** Profile `index` of the data set `seed`: the same every time, whatever else is generated. */
export function generateProfile(seed: number, index: number): GeneratedProfile {
  const random = streamFor(seed, index);
  const candidateId = uuidFrom(random);
  const stack = weighted(random, STACK_ODDS);
  const years = chance(random, 0.05) ? null : Math.min(35, Math.floor(-Math.log(1 - random()) * 6));
  const place = residence(random);
  return {
    candidateId,
    name: `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
    headline: stack.headline,
    educationLevel: weighted(random, [['secondary', 1], ['bootcamp', 1], ['bachelor', 4], ['master', 4], ['doctorate', 0.3], ['none', 0.2]]),
    country: place.country,
    city: place.city,
    remotePreference: weighted<RemotePreference>(random, [['any', 30], ['hybrid', 38], ['remote', 22], ['onsite', 10]]),
    willingToRelocate: chance(random, 0.18),
    yearsExperience: years,
    salaryExpectation: salary(random, years ?? 0),
    skills: skills(random, stack, years ?? 0),
    languages: place.languages,
  };
}

function salary(random: Random, years: number): SalaryExpectation | null {
  if (chance(random, 0.35)) return null;
  const monthly = Math.round(Math.min(9000, Math.max(2200, 2600 + 170 * years + (random() - 0.4) * 1200)) / 100) * 100;
  const currency = chance(random, 0.97) ? 'EUR' : pick(random, ['CHF', 'GBP', 'USD']);
  return chance(random, 0.25) ? { amount: Math.round((monthly * 13.92) / 1000) * 1000, currency, period: 'year' } : { amount: monthly, currency, period: 'month' };
}

function skills(random: Random, stack: Stack, years: number): CandidateSkill[] {
  const pools = skillPools();
  const target = 8 + Math.floor(17 * random() ** 1.4); // 8–25, median about 14
  const richness = 0.35 + random() * 0.75;
  const core = [stack.languages[0], ...stack.languages.slice(1).filter(() => chance(random, 0.6)), ...stack.runtime];
  core.push(...shuffle(random, [...stack.frameworks]).slice(0, intBetween(random, 1, Math.min(4, stack.frameworks.length))));
  core.push(...shuffle(random, [...stack.tools]).slice(0, intBetween(random, 0, Math.min(2, stack.tools.length))));
  const chosen = new Set(core);
  const extras: string[] = [];
  for (const [id, p] of EXTRA_ODDS) if (!chosen.has(id) && chance(random, p * richness)) extras.push(id);
  for (const id of shuffle(random, extras)) chosen.add(id);
  while (chosen.size < target) chosen.add(pick(random, pools.backEnd).id);
  // Too many: drop extras (never the core) until the target is met.
  const ids = [...chosen].slice(0, Math.max(target, Math.min(core.length, 25)));
  const base = 1.2 + Math.min(3, years / 4);
  const result = ids.map((id, i) => {
    const skill = pools.catalog.get(id)!;
    const bonus = i === 0 ? 1 : 0;
    const level = skill.kind === 'soft' ? intBetween(random, 2, 5) : clampLevel(Math.round(base + bonus + (random() - 0.5) * 2));
    const entry: CandidateSkill = { name: spelling(random, skill), skillId: id, level };
    if (chance(random, 0.3) && skill.kind === 'technical') entry.years = Math.max(1, Math.min(years, intBetween(random, 1, 12)));
    return entry;
  });
  if (result.length < 25 && chance(random, 0.06) && pools.custom.length > 0) result.push({ name: pick(random, pools.custom), skillId: null, level: intBetween(random, 2, 4) });
  return result;
}

function clampLevel(level: number): number {
  return Math.max(1, Math.min(5, level));
}

/** Mostly the English label; sometimes the French or Dutch one, sometimes an alias. */
function spelling(random: Random, skill: SkillDefinition): string {
  const r = random();
  if (r < 0.8) return skill.labels.en;
  if (r < 0.9) return skill.labels[r < 0.85 ? 'fr' : 'nl'];
  const aliases = [...skill.aliases.en, ...skill.aliases.fr, ...skill.aliases.nl];
  return aliases.length > 0 ? pick(random, aliases) : skill.labels.en;
}
