import { Queue } from 'bullmq';
import type { Schema } from '@embauche/api-client';
import { candidateWithProfile } from './candidates';
import type { ApiClient, SignedIn } from './factories';
import { REDIS_URL } from './test-env';

/** A PUT /candidates/me/profile body, as the document types it; only the skills are required here. */
export type ProfileBody = Partial<Schema<'ProfileDto'>> & Pick<Schema<'ProfileDto'>, 'skills'>;

/** A strong Back-End profile for the default Liège posting. */
export const strongProfile = (overrides: Partial<ProfileBody> = {}): ProfileBody => ({
  city: 'Liège',
  country: 'BE',
  yearsExperience: 6,
  headline: 'Back-end developer',
  skills: [
    { name: 'Java', level: 5 },
    { name: 'SQL', level: 4 },
    { name: 'PostgreSQL', level: 4 },
    { name: 'Git', level: 4 },
    { name: 'REST', level: 4 },
    { name: 'unit testing', level: 4 },
    { name: 'rigueur', level: 4 },
    { name: 'teamwork', level: 4 },
  ],
  languages: [
    { language: 'fr', level: 'native' },
    { language: 'en', level: 'C1' },
  ],
  ...overrides,
});

/** A new candidate whose profile is `profile` (the matching tests' name for candidates.ts's candidateWithProfile, profile first). */
export async function candidateWith(api: ApiClient, profile: ProfileBody, name?: string): Promise<SignedIn & { revision: number }> {
  const candidate = await candidateWithProfile(api, name, profile);
  return { ...candidate, revision: candidate.profile.revision };
}

/** Polls `read` until `done` holds, or fails with the last value seen. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

export function scoringQueue(prefix: string, redisUrl = REDIS_URL): Queue {
  const url = new URL(redisUrl);
  return new Queue('scoring', { connection: { host: url.hostname, port: Number(url.port || 6379), maxRetriesPerRequest: null }, prefix });
}

export type BreakdownCriterion = { criterion: string; points: number; weight: number; included: boolean };

export function pointsOf(breakdown: { criteria: BreakdownCriterion[] }): number {
  return Math.round(breakdown.criteria.reduce((sum, c) => sum + c.points, 0) * 100) / 100;
}
