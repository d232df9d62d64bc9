/// <reference lib="dom" />
/**
 * The review screen in Chromium, against the built platform (API serving dist/web), with 10,000
 * scored applications (the scorer's real scores and breakdowns, inserted in bulk as the matches
 * bench does) on one posting, signed in as the organization's admin:
 * - first page visible: from the navigation's start to the first ranked row in the DOM, in a
 *   fresh context each time (no HTTP cache);
 * - frames while scrolling 1,000 rows: the scroller moves 400 px per animation frame (a fast
 *   wheel) until row 1,000 is on screen, next pages loading as it goes; every frame's duration;
 * - explanation open: from the click on a row to the side panel painted (the next frame).
 * Baseline, same run, same machine: first page and explanation on a posting with 20 applications.
 * Targets (issue 14): first page ≤ 1 s, frames < 50 ms, explanation ≤ 200 ms.
 */
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { DEFAULT_SEED, insertApplications, insertCandidates } from './data-generator';
import { ApiClient, ok } from './support/api-client';
import { BenchPlatform } from './support/bench-platform';
import { ms, percentile, ratio, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const APPLICATIONS = 10_000;
const SMALL = 20;
const FIRST_PAGE_TARGET_MS = 1000;
const FRAME_TARGET_MS = 50;
const OPEN_TARGET_MS = 200;
const SCROLL_ROWS = 1000;
const PASSWORD = 'correct horse battery';

/** A context signed in the way the app signs in (refresh cookie from the API, the session hint set). */
async function signedIn(browser: Browser, baseUrl: string, email: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-GB', baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
  await context.addInitScript({ content: "localStorage.setItem('embauche.session', '1')" });
  const res = await context.request.post('/api/v1/auth/login', { data: { email, password: PASSWORD, session: 'cookie' }, headers: { Origin: baseUrl } });
  if (res.status() !== 200) throw new Error(`sign-in answered ${res.status()}`);
  return context;
}

/** Milliseconds from the navigation's start to the first ranked row in the DOM. */
async function firstPage(browser: Browser, baseUrl: string, email: string, postingId: string): Promise<number> {
  const context = await signedIn(browser, baseUrl, email);
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __firstRow: number };
      w.__firstRow = 0;
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-row-open]')) {
          w.__firstRow = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`/org/postings/${postingId}/matches`);
    await page.locator('[data-row-open]').first().waitFor({ timeout: 30000 });
    return await page.evaluate(() => (window as unknown as { __firstRow: number }).__firstRow);
  } finally {
    await context.close();
  }
}

/** Frame durations while scrolling until row `rows` is on screen, and click → panel painted for `opens` rows. */
async function scrollAndOpen(browser: Browser, baseUrl: string, email: string, postingId: string, rows: number, opens: number) {
  const context = await signedIn(browser, baseUrl, email);
  try {
    const page = await context.newPage();
    await page.goto(`/org/postings/${postingId}/matches`);
    await page.locator('[data-row-open]').first().waitFor({ timeout: 30000 });
    let frames: number[] = [];
    if (rows > 0) {
      frames = await page.evaluate(
        (target) =>
          new Promise<number[]>((resolve, reject) => {
            const scroller = document.querySelector<HTMLElement>('[data-testid="match-scroller"]')!;
            const durations: number[] = [];
            let last = performance.now();
            const deadline = last + 120_000;
            const step = (now: number) => {
              durations.push(now - last);
              last = now;
              if (document.querySelector(`[data-index="${target - 1}"]`)) return resolve(durations.slice(1));
              if (now > deadline) return reject(new Error(`row ${target} never appeared`));
              scroller.scrollTop += 400;
              requestAnimationFrame(step);
            };
            requestAnimationFrame(step);
          }),
        rows,
      );
      await page.locator('[data-testid="match-scroller"]').evaluate((el) => (el.scrollTop = 0));
    }
    const openTimes: number[] = [];
    for (let i = 0; i < opens; i++) {
      const button = page.locator(`[data-index="${i}"] [data-row-open]`);
      await button.waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { __clickAt: number; __painted: number };
        w.__clickAt = 0;
        w.__painted = 0;
        document.addEventListener('click', () => (w.__clickAt = performance.now()), { capture: true, once: true });
        new MutationObserver((_, observer) => {
          if (document.querySelector('[data-testid="explanation-panel"]')) {
            observer.disconnect();
            requestAnimationFrame(() => (w.__painted = performance.now()));
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      await button.click();
      await page.waitForFunction(() => (window as unknown as { __painted: number }).__painted > 0, undefined, { polling: 'raf' });
      openTimes.push(await page.evaluate(() => {
        const w = window as unknown as { __clickAt: number; __painted: number };
        return w.__painted - w.__clickAt;
      }));
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="explanation-panel"]').waitFor({ state: 'detached' });
    }
    return { frames, openTimes };
  } finally {
    await context.close();
  }
}

/** An organization whose admin can sign in from the browser, with a published posting. */
async function organization(api: ApiClient): Promise<{ email: string; postingId: string }> {
  const email = `review.${process.pid}.${randomBytes(3).toString('hex')}@example.com`;
  const body = { organizationName: 'Bench Review', name: 'Alice Admin', email, password: PASSWORD };
  const { accessToken } = await ok(201, api.typed.POST('/api/v1/auth/signup/organization', { body }));
  return { email, postingId: await api.publishedBackEndPosting(accessToken) };
}

const p = percentile;

export const webReviewBench: Benchmark = {
  name: 'web-review',
  title: `Review screen in Chromium: first page, scrolling and explanation, with ${APPLICATIONS.toLocaleString('en')} scored applications on one posting`,
  async run(ctx: BenchContext): Promise<Figure[]> {
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
    const runs = ctx.scale.quick ? 3 : 8;
    const opens = ctx.scale.quick ? 5 : 15;
    const platform = await new BenchPlatform(ctx.template, 'webreview').prepare();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 60000 });
    try {
      await platform.startApi();
      const api = new ApiClient(platform.baseUrl);
      const { email, postingId: big } = await organization(api);
      const small = await api.publishedBackEndPosting((await ok(200, api.typed.POST('/api/v1/auth/login', { body: { email, password: PASSWORD } }))).accessToken);
      const started = Date.now();
      const candidates = await insertCandidates(platform.db, APPLICATIONS, DEFAULT_SEED, { discoverable: false });
      await insertApplications(platform.db, big, candidates, { scored: true });
      await insertApplications(platform.db, small, candidates.slice(0, SMALL), { scored: true });
      await platform.db.query('VACUUM (ANALYZE) users, candidate_profiles, applications');
      ctx.log(`${APPLICATIONS.toLocaleString('en')} scored applications inserted in ${((Date.now() - started) / 1000).toFixed(1)} s`);

      const measureFirst = async (postingId: string) => {
        await firstPage(browser, platform.baseUrl, email, postingId); // warm-up, not counted
        const values: number[] = [];
        for (let i = 0; i < runs; i++) values.push(await firstPage(browser, platform.baseUrl, email, postingId));
        return values;
      };
      const firstSmall = await measureFirst(small);
      const firstBig = await measureFirst(big);
      const baseline = await scrollAndOpen(browser, platform.baseUrl, email, small, 0, opens);
      const large = await scrollAndOpen(browser, platform.baseUrl, email, big, SCROLL_ROWS, opens);
      ctx.log(`${large.frames.length} frames to scroll ${SCROLL_ROWS} rows; longest ${ms(Math.max(...large.frames))}`);

      return [
        {
          benchmark: 'web-review',
          metric: `first page visible after navigation, p50 / p95 (${runs} fresh loads)`,
          value: `${ms(p(firstBig, 50))} / ${ms(p(firstBig, 95))}`,
          baseline: `${SMALL} applications: ${ms(p(firstSmall, 50))} / ${ms(p(firstSmall, 95))}`,
          ratio: ratio(p(firstBig, 95) / p(firstSmall, 95)),
          target: `p95 ≤ ${ms(FIRST_PAGE_TARGET_MS)}`,
          verdict: verdict(p(firstBig, 95) <= FIRST_PAGE_TARGET_MS),
        },
        {
          benchmark: 'web-review',
          metric: `frame duration scrolling ${SCROLL_ROWS.toLocaleString('en')} rows, p95 / max (${large.frames.length} frames)`,
          value: `${ms(p(large.frames, 95))} / ${ms(Math.max(...large.frames))}`,
          baseline: '—',
          ratio: '—',
          target: `max < ${ms(FRAME_TARGET_MS)}`,
          verdict: verdict(Math.max(...large.frames) < FRAME_TARGET_MS),
        },
        {
          benchmark: 'web-review',
          metric: `explanation open, click → panel painted, p50 / p95 (${opens} rows)`,
          value: `${ms(p(large.openTimes, 50))} / ${ms(p(large.openTimes, 95))}`,
          baseline: `${SMALL} applications: ${ms(p(baseline.openTimes, 50))} / ${ms(p(baseline.openTimes, 95))}`,
          ratio: ratio(p(large.openTimes, 95) / p(baseline.openTimes, 95)),
          target: `p95 ≤ ${ms(OPEN_TARGET_MS)}`,
          verdict: verdict(p(large.openTimes, 95) <= OPEN_TARGET_MS),
        },
      ];
    } finally {
      await browser.close();
      await platform.stop();
    }
  },
};
