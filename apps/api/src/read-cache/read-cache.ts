import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { Actor } from '@embauche/accounts';
import type { ChangeSource, TableChange } from '@embauche/database/change-feed';
import type { PostingReviewAccess } from '@embauche/job-postings/job-postings.repository';
import { weightOf, type CachedBody } from './cached-body';

const FENCED = Symbol('embauche.readCacheFenced');
type Fenceable = object & { [FENCED]?: boolean };

/** Tables whose notifications name the postings touched: only those postings' pages go. */
const PER_POSTING_TABLES = new Set(['applications', 'suggestions']);

/** Boxes let the caches remember "no such row" too (LRUCache does not store null). */
interface Box<T> {
  value: T;
}

interface Epoch {
  all: number;
  posting: number;
}

/**
 * In-process caches of the API's hottest reads: the actor behind a token,
 * a posting's review access, and rendered ranked pages. They are exact, not
 * "fresh enough":
 *
 * - every entry is dropped by the ChangeFeed's notifications (triggers on
 *   every table the reads draw on: see the ChangeNotifications migration);
 * - a request first passes a fence (`begin`), so every write committed before
 *   the request arrived — by this process, another API process, the worker
 *   or anyone else — has already dropped what it changed: read-after-write
 *   holds across processes;
 * - a read that raced a write is not stored (epochs), and nothing is cached
 *   or served from cache while the LISTEN connection is down.
 *
 * READ_CACHE_MB=0 turns it all off (every read goes to Postgres): see
 * read-cache.provider.ts.
 */
export class ReadCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly actors = new LRUCache<string, Box<Actor | null>>({ max: 50_000 });
  private readonly access = new LRUCache<string, Box<PostingReviewAccess | null>>({ max: 50_000 });
  private readonly pages: LRUCache<string, CachedBody>;
  /** The keys of each posting's cached pages, so a change to one posting drops them without a scan. */
  private readonly pagesByPosting = new Map<string, Set<string>>();
  /** Bumped by every change that may touch anything; resets postingEpochs. */
  private epochAll = 0;
  /** Bumped for a posting when its applications or suggestions change. */
  private readonly postingEpochs = new Map<string, number>();

  /** `feed` null: the cache is off, every read goes to Postgres. */
  constructor(
    private readonly feed: ChangeSource | null,
    maxBytes: number,
  ) {
    this.pages = new LRUCache<string, CachedBody>({
      maxSize: Math.max(maxBytes, 1),
      sizeCalculation: weightOf,
      dispose: (_body, key) => this.unindex(key),
    });
    this.feed?.onChange((change) => this.changed(change));
    this.feed?.onReset(() => this.forgetAll());
  }

  onApplicationBootstrap(): void {
    this.feed?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.feed?.stop();
  }

  /** Whether the cache is configured at all (READ_CACHE_MB > 0). */
  get enabled(): boolean {
    return this.feed !== null;
  }

  /** Whether the caches are in use (the feed is listening). */
  get live(): boolean {
    return this.feed?.live ?? false;
  }

  /**
   * Called once per authenticated request, before any cached read: waits until
   * every change committed before now has reached the caches. Without it (or
   * when the feed is down) the request reads Postgres directly.
   */
  async begin(request: object): Promise<void> {
    (request as Fenceable)[FENCED] = this.feed ? await this.feed.fence() : false;
  }

  actor(request: object, id: string, load: () => Promise<Actor | null>): Promise<Actor | null> {
    return this.remember(request, this.actors, id, () => this.epochAll, load);
  }

  postingAccess(request: object, id: string, organizationId: string, load: () => Promise<PostingReviewAccess | null>): Promise<PostingReviewAccess | null> {
    return this.remember(request, this.access, `${id}|${organizationId}`, () => this.epochAll, load);
  }

  /** A rendered page of `postingId`; `key` must name everything the page depends on besides the posting's data. */
  async page(request: object, postingId: string, key: string, render: () => Promise<CachedBody>): Promise<CachedBody> {
    const fullKey = `${postingId}|${key}`;
    if (!this.usable(request)) return render();
    const hit = this.pages.get(fullKey);
    if (hit) return hit;
    const before = this.epochOf(postingId);
    const body = await render();
    if (this.usable(request) && sameEpoch(before, this.epochOf(postingId))) {
      this.pages.set(fullKey, body);
      if (this.pages.has(fullKey)) {
        const keys = this.pagesByPosting.get(postingId) ?? new Set<string>();
        keys.add(fullKey);
        this.pagesByPosting.set(postingId, keys);
      }
    }
    return body;
  }

  private async remember<T>(request: object, cache: LRUCache<string, Box<T>>, key: string, epoch: () => number, load: () => Promise<T>): Promise<T> {
    if (!this.usable(request)) return load();
    const hit = cache.get(key);
    if (hit) return hit.value;
    const before = epoch();
    const value = await load();
    if (this.usable(request) && before === epoch()) cache.set(key, { value });
    return value;
  }

  private usable(request: object): boolean {
    return (request as Fenceable)[FENCED] === true && this.live;
  }

  private epochOf(postingId: string): Epoch {
    return { all: this.epochAll, posting: this.postingEpochs.get(postingId) ?? 0 };
  }

  private changed(change: TableChange): void {
    if (!PER_POSTING_TABLES.has(change.table) || !change.postingIds || this.postingEpochs.size > 100_000) return this.forgetAll();
    for (const id of change.postingIds) {
      this.postingEpochs.set(id, (this.postingEpochs.get(id) ?? 0) + 1);
      for (const key of [...(this.pagesByPosting.get(id) ?? [])]) this.pages.delete(key);
    }
  }

  private unindex(key: string): void {
    const postingId = key.slice(0, key.indexOf('|'));
    const keys = this.pagesByPosting.get(postingId);
    keys?.delete(key);
    if (keys?.size === 0) this.pagesByPosting.delete(postingId);
  }

  private forgetAll(): void {
    this.epochAll++;
    this.postingEpochs.clear();
    this.actors.clear();
    this.access.clear();
    this.pages.clear();
    this.pagesByPosting.clear();
  }
}

function sameEpoch(a: Epoch, b: Epoch): boolean {
  return a.all === b.all && a.posting === b.posting;
}
