import type { ChangeSource, TableChange } from '@embauche/database/change-feed';
import { cachedBody, matchesEtag, type CachedBody } from './cached-body';
import { ReadCache } from './read-cache';

/**
 * The cache's bookkeeping, driven by hand: which change arrives when is
 * chosen here, so the races the epochs guard against are exercised exactly.
 * (test/read-cache.e2e-spec.ts and test/change-feed.e2e-spec.ts run the real
 * thing against Postgres.)
 */
class HandFeed implements ChangeSource {
  live = true;
  fenceAnswer = true;
  private changeListeners: Array<(c: TableChange) => void> = [];
  private resetListeners: Array<() => void> = [];
  onChange(l: (c: TableChange) => void) {
    this.changeListeners.push(l);
  }
  onReset(l: () => void) {
    this.resetListeners.push(l);
  }
  fence() {
    return Promise.resolve(this.live && this.fenceAnswer);
  }
  start() {}
  stop() {
    return Promise.resolve();
  }
  change(table: string, postingIds: string[] | null = null) {
    for (const l of this.changeListeners) l({ table, postingIds });
  }
  reset() {
    for (const l of this.resetListeners) l();
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setImmediate(r));
  expect(condition()).toBe(true);
}

/** A load that resolves when told to, counting its calls. */
function loader<T>(value: () => T) {
  let calls = 0;
  let release: (() => void) | null = null;
  const gate = { held: false };
  const load = () => {
    calls++;
    const read = value(); // what the database held when the read started
    if (!gate.held) return Promise.resolve(read);
    return new Promise<T>((resolve) => {
      release = () => resolve(read);
    });
  };
  return {
    load,
    get calls() {
      return calls;
    },
    hold() {
      gate.held = true;
    },
    release() {
      gate.held = false;
      release?.();
    },
  };
}

describe('ReadCache', () => {
  let feed: HandFeed;
  let cache: ReadCache;
  let version: number;
  const render = () => Promise.resolve(cachedBody(JSON.stringify({ version })));
  const request = async () => {
    const r = {};
    await cache.begin(r);
    return r;
  };
  const pageVersion = async (postingId = 'p1', key = 'k') => {
    const body = await cache.page(await request(), postingId, key, render);
    return JSON.parse(body.json.toString()).version as number;
  };

  beforeEach(() => {
    feed = new HandFeed();
    cache = new ReadCache(feed, 1024 * 1024);
    version = 1;
  });

  it('serves a page from memory until a change to its posting', async () => {
    expect(await pageVersion()).toBe(1);
    version = 2;
    expect(await pageVersion()).toBe(1);
    feed.change('applications', ['other']);
    expect(await pageVersion()).toBe(1);
    feed.change('applications', ['p1']);
    expect(await pageVersion()).toBe(2);
  });

  it('drops everything on a change to a table announced whole, and on a reset', async () => {
    expect(await pageVersion('p1')).toBe(1);
    expect(await pageVersion('p2')).toBe(1);
    version = 2;
    feed.change('users');
    expect(await pageVersion('p1')).toBe(2);
    expect(await pageVersion('p2')).toBe(2);
    version = 3;
    feed.reset();
    expect(await pageVersion('p1')).toBe(3);
  });

  it('does not store a page read while a change to its posting arrived', async () => {
    const r = await request();
    let resolveRender: ((b: CachedBody) => void) | null = null;
    const pending = cache.page(r, 'p1', 'k', () => new Promise<CachedBody>((resolve) => (resolveRender = resolve)));
    feed.change('applications', ['p1']); // committed while the read was in flight: the read may predate it
    resolveRender!(cachedBody(JSON.stringify({ version: 0 })));
    expect(JSON.parse((await pending).json.toString()).version).toBe(0); // this request gets what it read…
    expect(await pageVersion()).toBe(1); // …but nobody after it
  });

  it('stores a page read while another posting changed', async () => {
    const r = await request();
    let resolveRender: ((b: CachedBody) => void) | null = null;
    const pending = cache.page(r, 'p1', 'k', () => new Promise<CachedBody>((resolve) => (resolveRender = resolve)));
    feed.change('applications', ['p2']);
    resolveRender!(cachedBody(JSON.stringify({ version: 0 })));
    await pending;
    expect(await pageVersion()).toBe(0);
  });

  it('does not store an actor read across a change, nor across a reset', async () => {
    let role = 'recruiter';
    const actor = loader(() => ({ id: 'u1', role, organizationId: 'o1' }) as never);
    const read = async () => ((await cache.actor(await request(), 'u1', actor.load)) as { role: string } | null)?.role;
    actor.hold();
    const inFlight = request().then((r) => cache.actor(r, 'u1', actor.load));
    await until(() => actor.calls === 1);
    feed.change('users');
    role = 'candidate';
    actor.release();
    await inFlight;
    expect(await read()).toBe('candidate');
    expect(await read()).toBe('candidate');
    expect(actor.calls).toBe(2); // the second read was a hit

    feed.change('users');
    actor.hold();
    const again = request().then((r) => cache.actor(r, 'u1', actor.load));
    await until(() => actor.calls === 3);
    feed.reset();
    role = 'admin';
    actor.release();
    await again;
    expect(await read()).toBe('admin');
    expect(actor.calls).toBe(4); // the read that raced the reset was not kept
  });

  it('reads through, caching nothing, while the feed is down or a fence failed', async () => {
    feed.live = false;
    expect(await pageVersion()).toBe(1);
    version = 2;
    expect(await pageVersion()).toBe(2);
    feed.live = true;
    feed.fenceAnswer = false;
    version = 3;
    expect(await pageVersion()).toBe(3);
    version = 4;
    expect(await pageVersion()).toBe(4);
    feed.fenceAnswer = true;
    expect(await pageVersion()).toBe(4);
    version = 5;
    expect(await pageVersion()).toBe(4);
  });

  it('never serves a request that did not pass a fence from memory', async () => {
    expect(await pageVersion()).toBe(1);
    version = 2;
    const unfenced = await cache.page({}, 'p1', 'k', render);
    expect(JSON.parse(unfenced.json.toString()).version).toBe(2);
  });

  it('is off without a feed', async () => {
    cache = new ReadCache(null, 0);
    expect(cache.live).toBe(false);
    expect(await pageVersion()).toBe(1);
    version = 2;
    expect(await pageVersion()).toBe(2);
  });

  it('keeps within its memory: the least recently used pages go first, and a change still finds the rest', async () => {
    cache = new ReadCache(feed, 4096);
    const big = (n: number) => Promise.resolve(cachedBody(JSON.stringify({ version, pad: 'x'.repeat(1500), n })));
    for (let i = 0; i < 5; i++) await cache.page(await request(), `p${i}`, 'k', () => big(i));
    version = 2;
    const versionOf = async (postingId: string) => JSON.parse((await cache.page(await request(), postingId, 'k', () => big(0))).json.toString()).version as number;
    expect(await versionOf('p4')).toBe(1); // kept
    expect(await versionOf('p0')).toBe(2); // evicted
    feed.change('applications', ['p4']);
    version = 3;
    expect(await versionOf('p4')).toBe(3);
  });
});

describe('matchesEtag', () => {
  it('compares weakly, over lists and *', () => {
    expect(matchesEtag(undefined, 'W/"a"')).toBe(false);
    expect(matchesEtag('W/"a"', 'W/"a"')).toBe(true);
    expect(matchesEtag('"a"', 'W/"a"')).toBe(true);
    expect(matchesEtag('W/"b", W/"a"', 'W/"a"')).toBe(true);
    expect(matchesEtag('*', 'W/"a"')).toBe(true);
    expect(matchesEtag('W/"ab"', 'W/"a"')).toBe(false);
  });
});
