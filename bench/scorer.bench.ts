/**
 * Scorer: profiles scored per second on one core (scoreFast, the sourcing
 * path) against the compiled Back-End posting, over pre-generated profiles,
 * median of several rounds. Baseline, in the same rounds: a loop that only
 * reads the same profiles (each skill's id and level, each language), i.e.
 * the cost of touching the data at all. Target: ≥ 1,000,000 profiles/s.
 *
 * The profiles carry their packed skill and language codes, as the scoring
 * queries read them (candidate_profiles.skill_codes / language_codes), skills
 * numbered the way a freshly seeded database numbers the bundled ones; the
 * same profiles without codes (the string path, for rows without codes) are
 * measured beside.
 */
import { performance } from 'node:perf_hooks';
import { compilePosting, packLanguageCode, packSkillCode, scoreCandidate, scoreFast, type CandidateForScoring, type CompiledPosting } from '@embauche/matching';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { backEndPosting, DEFAULT_SEED, generateProfiles } from './data-generator';
import { median, num, percentile, ratio, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

const TARGET_PER_SECOND = 1_000_000;

/** Results land here so the JIT cannot drop the loops as dead code. */
let sink = 0;

function readLoop(profiles: readonly CandidateForScoring[]): number {
  let acc = 0;
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i];
    const skills = p.skills;
    for (let j = 0; j < skills.length; j++) acc += (skills[j].level ?? 3) + (skills[j].skillId === null ? 0 : 1);
    const languages = p.languages;
    for (let k = 0; k < languages.length; k++) acc += languages[k].level.length;
    acc += p.yearsExperience ?? 0;
  }
  return acc;
}

function fastLoop(compiled: CompiledPosting, profiles: readonly CandidateForScoring[]): number {
  let acc = 0;
  for (let i = 0; i < profiles.length; i++) acc += scoreFast(compiled, profiles[i]).score;
  return acc;
}

function fullLoop(compiled: CompiledPosting, profiles: readonly CandidateForScoring[]): number {
  let acc = 0;
  for (let i = 0; i < profiles.length; i++) acc += scoreCandidate(compiled, profiles[i]).breakdown.items.length;
  return acc;
}

/** Profiles per second of one pass: by the wall clock (the figure), and by this process's CPU time (shows what load elsewhere took). */
function timed(pass: () => number, count: number, cpuRates: number[]): number {
  const cpu = process.cpuUsage();
  const start = performance.now();
  sink += pass();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  cpuRates.push(count / ((used.user + used.system) / 1e6));
  return count / (wall / 1000);
}

export const scorerBench: Benchmark = {
  name: 'scorer',
  title: 'Scorer: profiles scored per second per core (compiled Back-End posting)',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const { scorerProfiles: n, scorerRounds: rounds } = ctx.scale;
    const generatedAt = performance.now();
    // Round-tripped through JSON: plain objects and strings as the database driver hands them to the scorer.
    const bundled = SkillCatalog.fromBundledData();
    // Codes as the seed gives them in a new database: in the order of the bundled data, from 1.
    const catalog = new SkillCatalog(bundled.all(), bundled.relations(), new Map(bundled.all().map((s, i) => [s.id, i + 1])));
    const generated = generateProfiles(n, DEFAULT_SEED).map((p) => ({
      ...p,
      skillCodes: p.skills.map((s) => packSkillCode(s.skillId === null ? undefined : catalog.codeOf(s.skillId), s.level)),
      languageCodes: p.languages.map((l) => packLanguageCode(l.language, l.level)),
    }));
    const profiles: CandidateForScoring[] = JSON.parse(JSON.stringify(generated));
    const skillCounts = profiles.map((p) => p.skills.length);
    ctx.log(`${num(n)} profiles generated in ${num((performance.now() - generatedAt) / 1000, 1)} s (seed ${DEFAULT_SEED}); skills per profile: median ${median(skillCounts)}, min ${percentile(skillCounts, 0)}, max ${percentile(skillCounts, 100)}`);
    const compiled = compilePosting(backEndPosting(), catalog.asScoringTaxonomy());
    describeScores(ctx, compiled, profiles);
    const withoutCodes: CandidateForScoring[] = JSON.parse(JSON.stringify(generated.map(({ skillCodes: _skills, languageCodes: _languages, ...p }) => p)));
    for (let i = 0; i < n; i++) {
      const a = scoreFast(compiled, profiles[i]);
      const b = scoreFast(compiled, withoutCodes[i]);
      if (a.score !== b.score || a.mustHavesMet !== b.mustHavesMet) throw new Error(`profile ${i}: codes change the score (${a.score} vs ${b.score})`);
    }

    // Warm-up (JIT), then rounds that interleave the baseline and the scorer so both see the same noise.
    sink += readLoop(profiles) + fastLoop(compiled, profiles);
    const base: number[] = [];
    const fast: number[] = [];
    const fastCpu: number[] = [];
    const byId: number[] = [];
    sink += fastLoop(compiled, withoutCodes);
    for (let r = 0; r < rounds; r++) {
      base.push(timed(() => readLoop(profiles), n, []));
      fast.push(timed(() => fastLoop(compiled, profiles), n, fastCpu));
      byId.push(timed(() => fastLoop(compiled, withoutCodes), n, []));
    }
    // A first pass over freshly parsed profiles, as a sourcing page is: nothing cached yet (string hashes, CPU caches).
    const subset = JSON.stringify(profiles.slice(0, Math.min(n, 50000)));
    const fresh: number[] = [];
    for (let r = 0; r < 3; r++) {
      const parsed: CandidateForScoring[] = JSON.parse(subset);
      fresh.push(timed(() => fastLoop(compiled, parsed), parsed.length, []));
    }
    const fullProfiles = profiles.slice(0, Math.min(n, 50000));
    sink += fullLoop(compiled, fullProfiles);
    const full: number[] = [];
    for (let r = 0; r < Math.max(3, Math.ceil(rounds / 2)); r++) full.push(timed(() => fullLoop(compiled, fullProfiles), fullProfiles.length, []));
    ctx.log(`scoreFast rounds (profiles/s): ${fast.map((x) => num(x)).join(', ')}; by CPU time of this process: median ${num(median(fastCpu))}/s`);
    ctx.log(`read-loop rounds (profiles/s): ${base.map((x) => num(x)).join(', ')}   (checksum ${sink % 997})`);

    const fastRate = median(fast);
    const baseRate = median(base);
    const fullRate = median(full);
    return [
      {
        benchmark: 'scorer',
        metric: 'scoreFast, profiles/s on 1 core',
        value: num(fastRate),
        baseline: `read loop over the same profiles: ${num(baseRate)}/s`,
        ratio: ratio(fastRate / baseRate),
        target: `≥ ${num(TARGET_PER_SECOND)}/s`,
        verdict: verdict(fastRate >= TARGET_PER_SECOND),
      },
      {
        benchmark: 'scorer',
        metric: 'scoreFast on profiles without packed codes (skills by id string, languages by code string), profiles/s',
        value: num(median(byId)),
        baseline: `scoreFast with codes: ${num(fastRate)}/s`,
        ratio: ratio(median(byId) / fastRate),
        target: 'information',
        verdict: 'info',
      },
      {
        benchmark: 'scorer',
        metric: 'scoreFast, first pass over freshly parsed profiles, profiles/s',
        value: num(median(fresh)),
        baseline: `scoreFast, repeated passes: ${num(fastRate)}/s`,
        ratio: ratio(median(fresh) / fastRate),
        target: 'information',
        verdict: 'info',
      },
      {
        benchmark: 'scorer',
        metric: 'scoreCandidate (full breakdown), profiles/s on 1 core',
        value: num(fullRate),
        baseline: `scoreFast: ${num(fastRate)}/s`,
        ratio: ratio(fullRate / fastRate),
        target: 'information',
        verdict: 'info',
      },
    ];
  },
};

/** So a reader can judge the data: how the generated pool scores against the posting. */
function describeScores(ctx: BenchContext, compiled: CompiledPosting, profiles: readonly CandidateForScoring[]): void {
  const scores: number[] = [];
  let met = 0;
  for (const p of profiles) {
    const r = scoreFast(compiled, p);
    scores.push(r.score);
    if (r.mustHavesMet) met++;
  }
  ctx.log(
    `scores against the posting: p10 ${percentile(scores, 10)}, median ${median(scores)}, p90 ${percentile(scores, 90)}, max ${percentile(scores, 100)}; must-haves met by ${num((100 * met) / profiles.length, 1)} %`,
  );
}
