/**
 * Reading the results as the hiring manager: wait until the worker has
 * scored every application, then page through the ranked matches.
 */
import { bearer, DemoError, sleep, type ApiClient } from './api-client';
import type { Match, MatchingStatus } from './api-types';
import { ProgressBar, say, style } from './terminal';

export interface WaitOptions {
  /** Give up after this long in total. */
  timeoutMs: number;
  /** Give up when nothing got scored for this long: the worker is most likely not running. */
  stallMs: number;
  pollMs?: number;
}

export async function waitForScoring(api: ApiClient, postingId: string, token: string, options: WaitOptions): Promise<MatchingStatus> {
  const bar = new ProgressBar('  Scoring    ');
  const started = Date.now();
  let lastProgress = { done: -1, at: started };
  for (;;) {
    const status: MatchingStatus = await api.data(api.http.GET('/api/v1/job-postings/{id}/matching-status', { params: { path: { id: postingId } }, ...bearer(token) }));
    const done = status.scored + status.failed;
    const note = status.failed ? `${status.failed} failed` : status.pending ? `${status.pending} pending` : 'all scored';
    if (status.pending === 0) {
      bar.finish(done, status.total, `${note} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      if (status.failed) say(style.yellow(`  ${status.failed} application(s) could not be scored; POST /job-postings/${postingId}/rescore retries them.`));
      return status;
    }
    bar.update(done, status.total, note);
    const now = Date.now();
    if (done !== lastProgress.done) lastProgress = { done, at: now };
    if (now - lastProgress.at > options.stallMs || now - started > options.timeoutMs) {
      bar.finish(done, status.total, note);
      throw new DemoError(
        `${status.pending} of ${status.total} applications are still waiting for a score after ${Math.round((now - started) / 1000)} s. ` +
          'Is the scoring worker running? `npm start` runs the API and the worker together; `npm run start:worker` starts the worker alone.',
      );
    }
    await sleep(options.pollMs ?? 400);
  }
}

/** Every ranked match of the posting, page after page, in the API's order. */
export async function allMatches(api: ApiClient, postingId: string, token: string): Promise<Match[]> {
  const matches: Match[] = [];
  let cursor: string | null = null;
  do {
    const query: { limit: number; cursor?: string } = cursor ? { limit: 100, cursor } : { limit: 100 };
    const page: { items: unknown[]; nextCursor: string | null } = await api.data(api.http.GET('/api/v1/job-postings/{id}/matches', { params: { path: { id: postingId }, query }, ...bearer(token) }));
    matches.push(...(page.items as Match[]));
    cursor = page.nextCursor;
  } while (cursor);
  return matches;
}

/** Skill id → English label, to print requirements the way people read them. */
export async function skillLabels(api: ApiClient): Promise<Map<string, string>> {
  const skills = await api.data(api.http.GET('/api/v1/skills', { params: { query: { lang: 'en' } } }));
  return new Map(skills.items.map((s) => [s.id, s.label]));
}
