import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { Actor } from '@embauche/accounts';
import { Environment } from '@embauche/common';
import { ChangeFeed, type TableChange } from '@embauche/database';
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
 * READ_CACHE_MB=0 turns it all off (every read goes to Postgres).
 */
@Injectable()
export class ReadCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadCache.name);
  private readonly feed: ChangeFeed | null;
  private readonly actors = new LRUCache<string, Box<Actor | null>>({ max: 50_000 });
  private readonly access = new LRUCache<string, Box<PostingReviewAccess | null>>({ max: 50_000 });
  private readonly pages: LRUCache<string, CachedBody>;
  /** Bumped by every change that may touch anything; resets postingEpochs. */
  private epochAll = 0;
  /** Bumped for a posting when its applications or suggestions change. */
  private readonly postingEpochs = new Map<string, number>();

  constructor(env: Environment) {
    const maxBytes = env.READ_CACHE_MB * 1024 * 1024;
    this.pages = new LRUCache<string, CachedBody>({ maxSize: Math.max(maxBytes, 1), sizeCalculation: weightOf });
    this.feed =
      maxBytes > 0
        ? new ChangeFeed({ url: env.DATABASE_URL, onWarning: (message, error) => this.logger.warn({ err: error }, message) })
        : null;
    this.feed?.onChange((change) => this.changed(change));
    this.feed?.onReset(() => this.forgetAll());
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.feed?.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.feed?.stop();
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
    if (this.usable(request) && sameEpoch(before, this.epochOf(postingId))) this.pages.set(fullKey, body);
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
    if (!PER_POSTING_TABLES.has(change.table) || !change.postingIds) return this.forgetAll();
    for (const id of change.postingIds) {
      this.postingEpochs.set(id, (this.postingEpochs.get(id) ?? 0) + 1);
      const prefix = `${id}|`;
      for (const key of [...this.pages.keys()]) if (key.startsWith(prefix)) this.pages.delete(key);
    }
  }

  private forgetAll(): void {
    this.epochAll++;
    this.postingEpochs.clear();
    this.actors.clear();
    this.access.clear();
    this.pages.clear();
  }
}

function sameEpoch(a: Epoch, b: Epoch): boolean {
  return a.all === b.all && a.posting === b.posting;
}
