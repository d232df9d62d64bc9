/**
 * CV import (issue #15): quality on the committed evaluation set
 * (bench/cv-eval/files, made by scripts/cv-eval-set.js: the @jsonresume/schema
 * examples and our fr/en/nl resumes, printed through four JSON Resume themes,
 * and some as DOCX) and speed.
 *
 * Ground truth of a file: the skills of its resume (every `skills[].name` and
 * keyword, and the keywords of its projects and jobs, through the shared
 * extractor, resolved ids only) and its languages
 * (`languages[].language`, resolved to ISO 639-1), except for a theme that
 * does not print languages (kendall). A skill the CV names in its work
 * highlights but the resume's skills list does not name counts as a false
 * hit, though a reader would take it: precision here is a floor.
 *
 * Speed: a two-page PDF through the parse pool (p95), CVs/s through the pool
 * (2 threads, 8 in flight), and GET /health/live p99 on the built API (a
 * steady 200 req/s) while 4 uploads run all the time, against the same load
 * with no upload.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { languageCodeFromName } from '@embauche/candidates/json-resume/languages.mapper';
import { yearsOfExperience } from '@embauche/candidates/json-resume/experience.mapper';
import type { JsonResume } from '@embauche/candidates/json-resume/json-resume.types';
import { AMBIGUOUS_SKILLS } from '@embauche/cv/ambiguous-skills';
import type { CvDraft } from '@embauche/cv/cv.types';
import { CvParserPool } from '@embauche/cv/cv-parser-pool';
import { parseCv } from '@embauche/cv/parse-cv';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { extractSkills } from '@embauche/skills/skill-extractor';
import { ApiClient } from './support/api-client';
import { BenchPlatform } from './support/bench-platform';
import { ROOT } from './support/bench-env';
import { ms, num, percentile, ratio, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

interface ManifestEntry {
  file: string;
  resume: string;
  theme: string;
  layout: 'one-column' | 'two-column';
  lang: 'en' | 'fr' | 'nl';
  format: 'pdf' | 'docx';
}

/** Themes that leave a section out of the page: its truth is not on the page to be found. */
const NOT_PRINTED: Record<string, Array<'languages'>> = { 'jsonresume-theme-kendall': ['languages'] };

const EVAL_DIR = path.join(ROOT, 'bench', 'cv-eval', 'files');
const WORKER_FILE = path.join(ROOT, 'dist', 'apps', 'api', 'libs', 'cv', 'src', 'cv-parse.worker.js');

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
function add(c: Counts, truth: ReadonlySet<string>, got: ReadonlySet<string>): void {
  for (const x of got) if (truth.has(x)) c.tp++;
  else c.fp++;
  for (const x of truth) if (!got.has(x)) c.fn++;
}

function readResume(entry: ManifestEntry): JsonResume {
  const file = entry.resume.startsWith('@') ? path.join(ROOT, 'node_modules', entry.resume) : path.join(ROOT, entry.resume);
  return JSON.parse(readFileSync(file, 'utf8')) as JsonResume;
}

interface Evaluated {
  entry: ManifestEntry;
  draft: CvDraft;
  skills: { truth: Set<string>; got: Set<string>; strong: Set<string> };
  languages: { truth: Set<string>; got: Set<string> } | null;
  years: { truth: number | null; got: number | null };
  ms: number;
}

async function evaluate(entry: ManifestEntry, catalog: SkillCatalog, today: Date): Promise<Evaluated> {
  const resume = readResume(entry) as JsonResume & { skills?: Array<{ name?: string; keywords?: string[] }>; languages?: Array<{ language?: string }> };
  // The structured skill tags of a resume: its skills (group names and keywords) and the keywords of its projects and jobs.
  const keywords = (list: unknown): string[] => (Array.isArray(list) ? list.flatMap((x: { keywords?: unknown }) => (Array.isArray(x?.keywords) ? x.keywords.filter((k): k is string => typeof k === 'string') : [])) : []);
  const doc = resume as { projects?: unknown; work?: unknown };
  const entries = [...(resume.skills ?? []).map((s) => s.name ?? ''), ...keywords(resume.skills), ...keywords(doc.projects), ...keywords(doc.work)].filter(Boolean);
  const truth = new Set(entries.flatMap((e) => extractSkills(e, catalog)).flatMap((s) => (s.skillId ? [s.skillId] : [])));
  const started = performance.now();
  const draft = await parseCv(readFileSync(path.join(EVAL_DIR, entry.file)), today, catalog);
  const elapsed = performance.now() - started;
  const printsLanguages = !NOT_PRINTED[entry.theme]?.includes('languages');
  const languageTruth = new Set((resume.languages ?? []).flatMap((l) => (l.language ? [languageCodeFromName(l.language)] : [])).filter((c): c is string => c !== null));
  return {
    entry,
    draft,
    skills: { truth, got: new Set(draft.skills.map((s) => s.skillId)), strong: new Set(draft.skills.filter((s) => s.tier === 'strong').map((s) => s.skillId)) },
    languages: printsLanguages ? { truth: languageTruth, got: new Set(draft.languages.map((l) => l.language)) } : null,
    years: { truth: yearsOfExperience(resume, today), got: draft.yearsExperience },
    ms: elapsed,
  };
}

function qualityFigures(results: readonly Evaluated[]): Figure[] {
  const figures: Figure[] = [];
  const row = (metric: string, value: string, target: string, ok: boolean | null, baseline = '–'): void => {
    figures.push({ benchmark: 'cv', metric, value, baseline, ratio: '–', target, verdict: ok === null ? 'info' : verdict(ok) });
  };
  const groups: Array<[string, (r: Evaluated) => boolean]> = [
    ['all', () => true],
    ['en', (r) => r.entry.lang === 'en'],
    ['fr', (r) => r.entry.lang === 'fr'],
    ['nl', (r) => r.entry.lang === 'nl'],
    ['one-column PDF', (r) => r.entry.format === 'pdf' && r.entry.layout === 'one-column'],
    ['two-column PDF', (r) => r.entry.format === 'pdf' && r.entry.layout === 'two-column'],
    ['DOCX', (r) => r.entry.format === 'docx'],
  ];
  for (const [name, keep] of groups) {
    const selected = results.filter(keep);
    const skills = counts();
    const languages = counts();
    for (const r of selected) {
      add(skills, r.skills.truth, r.skills.got);
      if (r.languages) add(languages, r.languages.truth, r.languages.got);
    }
    const main = name === 'all';
    const p = precision(skills);
    const rc = recall(skills);
    row(`skills P / R, ${name} (${selected.length} CVs; tp ${skills.tp}, fp ${skills.fp}, fn ${skills.fn})`, `${p.toFixed(3)} / ${rc.toFixed(3)}`, 'P ≥ 0.95, R ≥ 0.90', main ? p >= 0.95 && rc >= 0.9 : null);
    const lp = precision(languages);
    const lr = recall(languages);
    row(`languages P / R, ${name} (tp ${languages.tp}, fp ${languages.fp}, fn ${languages.fn})`, `${lp.toFixed(3)} / ${lr.toFixed(3)}`, 'P ≥ 0.90, R ≥ 0.90', main ? lp >= 0.9 && lr >= 0.9 : null);
  }
  const strong = counts();
  for (const r of results) add(strong, r.skills.truth, r.skills.strong);
  row('skills P / R of the strong tier only (pre-checked on review)', `${precision(strong).toFixed(3)} / ${recall(strong).toFixed(3)}`, 'information', null);

  let ambiguousFound = 0;
  let ambiguousWrong = 0;
  for (const r of results) {
    for (const id of r.skills.got) {
      if (!AMBIGUOUS_SKILLS.has(id)) continue;
      ambiguousFound++;
      if (!r.skills.truth.has(id)) ambiguousWrong++;
    }
  }
  const falseShare = ambiguousFound === 0 ? 0 : ambiguousWrong / ambiguousFound;
  row(`ambiguous names: wrong findings / findings (${ambiguousWrong} / ${ambiguousFound})`, `${(falseShare * 100).toFixed(1)} %`, '≤ 2 %', falseShare <= 0.02);

  const withYears = results.filter((r) => r.years.truth !== null);
  const close = withYears.filter((r) => r.years.got !== null && Math.abs(r.years.got - r.years.truth!) <= 1).length;
  row(`years of experience within one year (${close} / ${withYears.length})`, `${((close / withYears.length) * 100).toFixed(1)} %`, '≥ 90 %', close / withYears.length >= 0.9);
  return figures;
}

type Autocannon = (o: { url: string; connections: number; duration: number; overallRate?: number }) => Promise<{ latency: { p99: number; p50: number }; requests: { average: number }; non2xx: number; errors: number }>;
const autocannon = require('autocannon') as Autocannon;

async function uploadLoop(baseUrl: string, token: string, file: Buffer, until: () => boolean, statuses: Map<number, number>): Promise<number> {
  let done = 0;
  while (!until()) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'cv.pdf');
    const res = await fetch(`${baseUrl}/api/v1/candidates/me/profile/cv`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    await res.arrayBuffer();
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    done++;
  }
  return done;
}

export const cvBench: Benchmark = {
  name: 'cv',
  title: 'CV import: precision/recall on the evaluation set, parse speed, API responsiveness while parsing',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const catalog = SkillCatalog.fromBundledData();
    const today = new Date();
    const manifest = JSON.parse(readFileSync(path.join(EVAL_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
    const results: Evaluated[] = [];
    for (const entry of manifest) results.push(await evaluate(entry, catalog, today));
    for (const r of results) {
      const fp = [...r.skills.got].filter((x) => !r.skills.truth.has(x));
      const fn = [...r.skills.truth].filter((x) => !r.skills.got.has(x));
      ctx.log(`${r.entry.file}: ${r.draft.pages} p., read as ${r.draft.layout}; skills fp [${fp.join(' ')}] fn [${fn.join(' ')}]; years ${r.draft.yearsExperience} / ${r.years.truth}`);
    }
    const figures = qualityFigures(results);

    const twoPage = manifest.filter((_, i) => results[i].draft.pages === 2 && results[i].entry.format === 'pdf').map((e) => readFileSync(path.join(EVAL_DIR, e.file)));
    const all = manifest.map((e) => readFileSync(path.join(EVAL_DIR, e.file)));
    const pool = new CvParserPool({ filename: WORKER_FILE, threads: 2, queue: 64 });
    try {
      // Warm the threads (pdf.js loads once per thread).
      for (const file of all.slice(0, 4)) await pool.parse(file).catch((error: Error & { cause?: unknown }) => Promise.reject(error.cause ?? error));
      const rounds = ctx.scale.quick ? 20 : 100;
      const latencies: number[] = [];
      const inline: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const file = twoPage[i % twoPage.length];
        let t0 = performance.now();
        await pool.parse(file);
        latencies.push(performance.now() - t0);
        t0 = performance.now();
        await parseCv(file, today, catalog);
        inline.push(performance.now() - t0);
      }
      const p95 = percentile(latencies, 95);
      figures.push({
        benchmark: 'cv', metric: `2-page PDF parsed and extracted through the pool, p95 (${twoPage.length} files, ${rounds} runs)`,
        value: ms(p95), baseline: `same file in the calling thread: p95 ${ms(percentile(inline, 95))}`, ratio: ratio(p95 / percentile(inline, 95)), target: 'p95 ≤ 300 ms', verdict: verdict(p95 <= 300),
      });

      const total = ctx.scale.quick ? 40 : 200;
      let next = 0;
      const t0 = performance.now();
      await Promise.all(Array.from({ length: 8 }, async () => {
        while (next < total) await pool.parse(all[next++ % all.length]);
      }));
      const perSecond = total / ((performance.now() - t0) / 1000);
      figures.push({ benchmark: 'cv', metric: `CVs/s through the pool (2 threads, 8 in flight, ${total} CVs of the set)`, value: num(perSecond, 1), baseline: '–', ratio: '–', target: '≥ 10 CVs/s', verdict: verdict(perSecond >= 10) });
    } finally {
      await pool.close();
    }

    const platform = await new BenchPlatform(ctx.template, 'cv').prepare();
    try {
      await platform.startApi();
      const token = await new ApiClient(platform.baseUrl).signupCandidate('Bench CV');
      const seconds = ctx.scale.autocannonSeconds;
      const url = `${platform.baseUrl}/health/live`;
      // A steady 200 req/s (not a flood): the question is whether parsing delays the API's answers, not its peak throughput.
      const probe = { url, connections: 4, duration: seconds, overallRate: 200 };
      await autocannon({ ...probe, duration: 2 });
      const idle = await autocannon(probe);
      let stop = false;
      const statuses = new Map<number, number>();
      const loops = Array.from({ length: 4 }, () => uploadLoop(platform.baseUrl, token, twoPage[0], () => stop, statuses));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const busy = await autocannon(probe);
      stop = true;
      const uploads = (await Promise.all(loops)).reduce((a, b) => a + b, 0);
      if (idle.non2xx + idle.errors + busy.non2xx + busy.errors > 0) throw new Error('GET /health/live failed under load');
      ctx.log(`uploads during the loaded run: ${uploads}, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
      const r = busy.latency.p99 / Math.max(idle.latency.p99, 1);
      figures.push({
        benchmark: 'cv', metric: `GET /health/live p99 while 4 CV uploads parse (${uploads} uploads, ${num(busy.requests.average)} req/s)`,
        value: ms(busy.latency.p99), baseline: `idle: p99 ${ms(idle.latency.p99)}, ${num(idle.requests.average)} req/s`, ratio: ratio(r), target: 'within 20 % of idle', verdict: verdict(r <= 1.2),
      });
    } finally {
      await platform.stop();
    }
    return figures;
  },
};
