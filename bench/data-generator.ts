/**
 * Benchmark data: deterministic candidate profiles drawn from the taxonomy
 * (bench/data/profile.ts), and bulk loaders that put them, a posting and its
 * applications into a bench database with multi-row INSERT … SELECT FROM
 * jsonb_to_recordset, several chunks in flight (a million profiles load in
 * minutes, not hours). Scored applications carry the scorer's real result,
 * so the stored breakdowns have their real size.
 */
import { compilePosting, scoreCandidate, SCORER_VERSION, type PostingForScoring } from '@embauche/matching';
import { PROFILE_COLUMNS, toCandidate, type ProfileRow } from '@embauche/scoring/candidate-for-scoring';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { foldText } from '@embauche/matching/normalize';
import { postingDefaults, TemplateCatalog } from '@embauche/templates';
import type { Pool } from 'pg';
import { generateProfile, type GeneratedProfile } from './data/profile';

export { generateProfile, type GeneratedProfile } from './data/profile';

export const DEFAULT_SEED = 20260401;

/** Profiles [offset, offset + n) of the data set `seed`. */
export function generateProfiles(n: number, seed = DEFAULT_SEED, offset = 0): GeneratedProfile[] {
  const profiles = new Array<GeneratedProfile>(n);
  for (let i = 0; i < n; i++) profiles[i] = generateProfile(seed, offset + i);
  return profiles;
}

export interface InsertCandidatesOptions {
  discoverable: boolean;
  /** Index of the first profile, to add to a data set already loaded with the same seed. */
  offset?: number;
  chunkSize?: number;
  /** Chunks in flight at once (the pool needs that many connections). */
  concurrency?: number;
  onProgress?: (inserted: number) => void;
}

const INSERT_CANDIDATES = `
  WITH r AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, email text, name text, headline text, country text, city text,
      remote_preference text, willing_to_relocate boolean, years_experience real, education_level text,
      salary_amount int, salary_currency text, salary_period text, skills jsonb, languages jsonb)
  ), u AS (
    INSERT INTO users (id, email, name, role) SELECT id, email, name, 'candidate' FROM r
  )
  INSERT INTO candidate_profiles (candidate_id, headline, country, city, remote_preference, willing_to_relocate, years_experience,
    education_level, salary_amount, salary_currency, salary_period, skills, languages, discoverable, discoverable_since)
  SELECT id, headline, country, city, remote_preference, willing_to_relocate, years_experience, education_level,
    salary_amount, salary_currency, salary_period, skills, languages, $2::boolean, CASE WHEN $2::boolean THEN now() END
  FROM r`;

/** Inserts users + candidate_profiles for profiles [offset, offset + n) of `seed`; returns their ids in order. */
export async function insertCandidates(pool: Pool, n: number, seed: number, options: InsertCandidatesOptions): Promise<string[]> {
  const { offset = 0, chunkSize = 2000, concurrency = 4 } = options;
  const ids = new Array<string>(n);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < n) {
      const start = next;
      const count = Math.min(chunkSize, n - start);
      next += count;
      const rows = new Array(count);
      for (let i = 0; i < count; i++) {
        const p = generateProfile(seed, offset + start + i);
        ids[start + i] = p.candidateId;
        rows[i] = profileRow(p, `bench.${seed}.${offset + start + i}@example.com`);
      }
      await pool.query(INSERT_CANDIDATES, [JSON.stringify(rows), options.discoverable]);
      done += count;
      options.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return ids;
}

function profileRow(p: GeneratedProfile, email: string) {
  return {
    id: p.candidateId,
    email,
    name: p.name,
    headline: p.headline,
    country: p.country,
    city: p.city,
    remote_preference: p.remotePreference,
    willing_to_relocate: p.willingToRelocate,
    years_experience: p.yearsExperience,
    education_level: p.educationLevel,
    salary_amount: p.salaryExpectation?.amount ?? null,
    salary_currency: p.salaryExpectation?.currency ?? null,
    salary_period: p.salaryExpectation?.period ?? null,
    skills: p.skills,
    languages: p.languages,
  };
}

export interface PostingOptions {
  country?: string;
  city?: string;
  seniority?: 'junior' | 'mid' | 'senior';
  language?: 'fr' | 'en' | 'nl';
  remotePolicy?: 'onsite' | 'hybrid' | 'remote';
}

/** The bench posting of the scorer and the worker benchmarks: the Back-End template, mid, Liège (hybrid), in French. */
export function backEndPosting(options: PostingOptions = {}): PostingForScoring & { title: string } {
  const { country = 'BE', city = 'Liège', seniority = 'mid', language = 'fr', remotePolicy = 'hybrid' } = options;
  const template = TemplateCatalog.fromBundledData().get('backend-developer');
  if (!template) throw new Error('the bundled templates have no backend-developer');
  const defaults = postingDefaults(template, { country, seniority, language });
  return { title: defaults.title, requirements: defaults.requirements, salary: defaults.salary, seniority, country, city, remotePolicy };
}

/** An organization and a published posting of it, straight in SQL (for benchmarks that run no API). */
export async function insertPosting(pool: Pool, options: PostingOptions = {}): Promise<{ postingId: string; organizationId: string }> {
  const p = backEndPosting(options);
  const { rows: orgs } = await pool.query<{ id: string }>(`INSERT INTO organizations (name) VALUES ('Bench Org') RETURNING id`);
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO job_postings (organization_id, template_id, status, title, description, language, country, city, city_key, seniority,
       remote_policy, employment_type, salary_min, salary_max, salary_currency, salary_period, requirements, requirements_version,
       skill_ids, published_at)
     VALUES ($1, 'backend-developer', 'published', $2, 'Benchmark posting.', $3, $4, $5, $6, $7, $8, 'full_time', $9, $10, $11, $12,
       $13::jsonb, 1, $14::text[], now())
     RETURNING id`,
    [
      orgs[0].id, p.title, options.language ?? 'fr', p.country, p.city, foldText(p.city), p.seniority, p.remotePolicy,
      p.salary?.min ?? null, p.salary?.max ?? null, p.salary?.currency ?? null, p.salary?.period ?? null,
      JSON.stringify(p.requirements), [...new Set(p.requirements.skills.flatMap((s) => s.anyOf))],
    ],
  );
  return { postingId: rows[0].id, organizationId: orgs[0].id };
}

export interface ApplicationRef {
  applicationId: string;
  candidateId: string;
  profileRevision: number;
  requirementsVersion: number;
  generation: number;
}

const INSERT_APPLICATIONS = `
  INSERT INTO applications (job_posting_id, candidate_id, organization_id, status, applied_with_revision, match_status, match_score,
    match_must_haves_met, match_breakdown, match_scored_at, match_profile_revision, match_requirements_version, match_scorer_version,
    match_generation, match_pending_since)
  SELECT jp.id, p.candidate_id, jp.organization_id, 'applied', p.revision, r.match_status, r.score, r.must_haves_met, r.breakdown,
    CASE WHEN r.match_status = 'scored' THEN now() END, p.revision, jp.requirements_version, r.scorer_version, 1,
    CASE WHEN r.match_status = 'pending' THEN now() END
  FROM json_to_recordset($2::json) AS r(candidate_id uuid, match_status text, score double precision, must_haves_met boolean,
    breakdown json, scorer_version int)
  JOIN candidate_profiles p ON p.candidate_id = r.candidate_id
  JOIN job_postings jp ON jp.id = $1
  RETURNING id, candidate_id, match_profile_revision, match_requirements_version, match_generation`;

/**
 * One application per candidate to the posting: pending (the worker's
 * input), or scored with the scorer's real result and breakdown, exactly as
 * the worker would have stored it.
 */
export async function insertApplications(
  pool: Pool,
  postingId: string,
  candidateIds: readonly string[],
  options: { scored?: boolean; chunkSize?: number } = {},
): Promise<ApplicationRef[]> {
  const { scored = false, chunkSize = 2000 } = options;
  const compiled = scored ? compilePosting(await loadPosting(pool, postingId), SkillCatalog.fromBundledData().asScoringTaxonomy()) : null;
  const refs: ApplicationRef[] = [];
  for (let i = 0; i < candidateIds.length; i += chunkSize) {
    const ids = candidateIds.slice(i, i + chunkSize);
    let rows: object[] = ids.map((id) => ({ candidate_id: id, match_status: 'pending' }));
    if (compiled) {
      const { rows: profiles } = await pool.query<ProfileRow>(`SELECT ${PROFILE_COLUMNS} FROM candidate_profiles p WHERE p.candidate_id = ANY($1::uuid[])`, [ids]);
      rows = profiles.map((row) => {
        const result = scoreCandidate(compiled, toCandidate(row));
        return {
          candidate_id: row.candidate_id,
          match_status: 'scored',
          score: result.score,
          must_haves_met: result.mustHavesMet,
          breakdown: { ...result.breakdown, missingMustHaves: result.missingMustHaves },
          scorer_version: SCORER_VERSION,
        };
      });
    }
    const { rows: inserted } = await pool.query(INSERT_APPLICATIONS, [postingId, JSON.stringify(rows)]);
    for (const r of inserted) {
      refs.push({
        applicationId: r.id,
        candidateId: r.candidate_id,
        profileRevision: r.match_profile_revision,
        requirementsVersion: r.match_requirements_version,
        generation: r.match_generation,
      });
    }
  }
  return refs;
}

/** The posting as the scorer reads it, from its row. */
export async function loadPosting(pool: Pool, postingId: string): Promise<PostingForScoring> {
  const { rows } = await pool.query(
    `SELECT requirements, seniority, country, city, remote_policy, salary_min, salary_max, salary_currency, salary_period FROM job_postings WHERE id = $1`,
    [postingId],
  );
  const p = rows[0];
  if (!p) throw new Error(`no posting ${postingId}`);
  return {
    requirements: p.requirements,
    seniority: p.seniority,
    country: p.country,
    city: p.city,
    remotePolicy: p.remote_policy,
    salary: p.salary_min === null || p.salary_max === null ? null : { min: p.salary_min, max: p.salary_max, currency: p.salary_currency, period: p.salary_period },
  };
}
