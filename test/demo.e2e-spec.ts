import { execFile } from 'node:child_process';
import { DEMO_CANDIDATES } from '../tools/demo/src/candidates';
import { packagedResumes } from '../tools/demo/src/json-resumes';
import { freePort } from './support/ports';
import { Platform } from './support/platform';
import { ROOT } from './support/test-env';

// 30 argon2 sign-ups plus scoring on a busy machine; the e2e project's testTimeout is not applied.
jest.setTimeout(240_000);

interface DemoRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built `npm run demo`, as a user runs it (stdout is a pipe here, so no ANSI codes). */
function runDemo(apiUrl: string): Promise<DemoRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [`${ROOT}/dist/tools/demo/tools/demo/src/demo.js`],
      { cwd: ROOT, env: { PATH: process.env.PATH, DEMO_API_URL: apiUrl }, timeout: 220_000, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

interface Row {
  rank: number;
  name: string;
  score: number;
  mustHavesMet: boolean;
}

const section = (out: string, start: RegExp, end: RegExp) => {
  const from = out.search(start);
  expect(from).toBeGreaterThanOrEqual(0);
  const rest = out.slice(from);
  const to = rest.slice(1).search(end);
  return to < 0 ? rest : rest.slice(0, to + 1);
};

/** The ranked table: `  rank  name  score  yes|no  matched…  missing…`, columns two spaces or more apart. */
function rankedRows(out: string): Row[] {
  const table = section(out, /^Ranked matches/m, /^Breakdown of the top candidate/m);
  return [...table.matchAll(/^\s+(\d+)\s{2,}(\S.*?)\s{2,}(\d+\.\d{2})\s{2,}(yes|no)(?:\s|$)/gm)].map((m) => ({
    rank: Number(m[1]),
    name: m[2],
    score: Number(m[3]),
    mustHavesMet: m[4] === 'yes',
  }));
}

/** The criteria of the top candidate's breakdown: points per criterion, and the printed total. */
function breakdownPoints(out: string): { points: number[]; total: number } {
  const criteria = section(out, /^Breakdown of the top candidate/m, /^\s+Requirements/m);
  const points = [...criteria.matchAll(/^\s+(?:Technical skills|Soft skills|Languages|Experience|Location|Salary)\s{2,}\d+\.\d{2}\s{2,}(?:\d\.\d{4}|—)\s{2,}(\d+\.\d{2})/gm)].map((m) => Number(m[1]));
  const total = criteria.match(/^\s+Total\s+\d+\.\d{2}\s+(\d+\.\d{2})/m);
  expect(total).not.toBeNull();
  return { points, total: Number(total![1]) };
}

const nameOf = (key: string) => {
  const candidate = DEMO_CANDIDATES.find((c) => c.key === key);
  if (!candidate) throw new Error(`no demo candidate ${key}`);
  return candidate.name;
};

describe('npm run demo', () => {
  const platform = new Platform({ worker: true });
  const applicants = DEMO_CANDIDATES.length + packagedResumes().length;
  const postingUrls: string[] = [];

  beforeAll(() => platform.start(), 120_000);
  afterAll(() => platform.stop());

  /** What every run must show; returns the posting URL it printed. */
  function expectSensibleRanking(run: DemoRun): string {
    const context = `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
    if (run.code !== 0) throw new Error(`the demo failed: ${context}`);

    const rows = rankedRows(run.stdout);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.length).toBe(applicants); // this run's applicants only, each once
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);

    // MATCHING.md › Ranking: must-haves met first, then score descending.
    for (let i = 1; i < rows.length; i++) {
      const [prev, cur] = [rows[i - 1], rows[i]];
      const inOrder = (prev.mustHavesMet && !cur.mustHavesMet) || (prev.mustHavesMet === cur.mustHavesMet && prev.score >= cur.score);
      if (!inOrder) throw new Error(`rows ${prev.rank} and ${cur.rank} are out of order: ${JSON.stringify([prev, cur])}\n${context}`);
    }
    expect(rows.some((r) => r.mustHavesMet)).toBe(true);
    expect(rows.some((r) => !r.mustHavesMet)).toBe(true);

    const row = (key: string) => {
      const found = rows.find((r) => r.name === nameOf(key));
      if (!found) throw new Error(`${nameOf(key)} (${key}) is not in the table\n${context}`);
      return found;
    };
    const strong = ['strong-java', 'strong-node'].map(row);
    const weak = ['frontend-only', 'no-sql'].map(row);
    for (const s of strong) {
      expect(s.mustHavesMet).toBe(true);
      for (const w of weak) expect(s.rank).toBeLessThan(w.rank);
    }
    for (const w of weak) expect(w.mustHavesMet).toBe(false);

    // The top candidate's breakdown adds up to the score in the table.
    const { points, total } = breakdownPoints(run.stdout);
    expect(points.length).toBeGreaterThanOrEqual(4);
    expect(Math.abs(points.reduce((a, b) => a + b, 0) - rows[0].score)).toBeLessThanOrEqual(0.01);
    expect(total).toBeCloseTo(rows[0].score, 2);
    expect(run.stdout).toContain(`Breakdown of the top candidate: ${rows[0].name}`);

    const url = run.stdout.match(/Posting on the board\s+(\S+\/api\/v1\/jobs\/[0-9a-f-]{36})/);
    expect(url).not.toBeNull();
    expect(run.stdout).toContain(`${platform.baseUrl}/docs`);
    // Where to sign in in the browser, as whom, and what each will see there.
    const postingId = url![1].split('/').at(-1);
    const browser = run.stdout.slice(run.stdout.indexOf('In the browser'));
    expect(browser).toContain(`${platform.baseUrl}/signin`);
    expect(browser).toMatch(/Recruiter\s+sebastien\.renson\.\S+@demo\.example\.com/);
    expect(browser).toMatch(/Hiring manager\s+nathalie\.thiry\.\S+@demo\.example\.com/);
    expect(browser).toContain(`${platform.baseUrl}/org/postings/${postingId}/matches: the ${rows.length} ranked candidates, ${rows[0].name} on top`);
    expect(browser).toContain(`${platform.baseUrl}/org/postings/${postingId}/pipeline`);
    return url![1];
  }

  it('runs on a fresh platform: 30 applicants, a ranking in MATCHING.md order, a breakdown that adds up', async () => {
    postingUrls.push(expectSensibleRanking(await runDemo(platform.baseUrl)));
  });

  it('runs again on the same platform, with its own organization, posting and candidates', async () => {
    postingUrls.push(expectSensibleRanking(await runDemo(platform.baseUrl)));
    expect(postingUrls).toHaveLength(2);
    expect(postingUrls[1]).not.toBe(postingUrls[0]);
    // Both postings stay published on the board.
    for (const url of postingUrls) expect((await fetch(url)).status).toBe(200);
  });

  it('says in one line, and exits 1, when no API answers', async () => {
    const run = await runDemo(`http://127.0.0.1:${await freePort()}`);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/does not answer at http:\/\/127\.0\.0\.1:\d+ .*npm start/);
  });
});
