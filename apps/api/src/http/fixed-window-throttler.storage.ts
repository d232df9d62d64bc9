import type { ThrottlerStorage } from '@nestjs/throttler';

/** What the throttler guard reads back (ThrottlerStorageRecord, restated: the package exports it as a type only). */
export interface ThrottlerHit {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

interface Window {
  /** Hits counted in the current window. */
  count: number;
  /** When the current window ends (ms since the epoch). */
  endsAt: number;
  /** Until when the key is refused, once it went over the limit (0: not blocked). */
  blockedUntil: number;
}

/**
 * Rate-limit counters in the API process's memory, one fixed window per key
 * (route × client × limit): O(1) per request. The package's default storage
 * keeps every hit's expiry for a sliding log and filters that list, then
 * spreads it into Math.min, on each request: its cost grows with the limit
 * (measured at ~7 % of the API's CPU under load) and a limit of ~100,000 a
 * minute from one address overflows the call stack.
 *
 * A key over its limit is refused for `blockDuration` (the guard sends it as
 * Retry-After), then starts a new window. Idle keys are swept every minute.
 */
export class FixedWindowThrottlerStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly now: () => number = Date.now,
    sweepEveryMs = 60_000,
  ) {
    this.sweeper = setInterval(() => this.sweep(), sweepEveryMs);
    this.sweeper.unref();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerHit> {
    const now = this.now();
    let w = this.windows.get(key);
    if (w === undefined) {
      w = { count: 0, endsAt: now + ttl, blockedUntil: 0 };
      this.windows.set(key, w);
    }
    if (w.blockedUntil > now) return this.record(w, now, true);
    if (w.blockedUntil !== 0 || now >= w.endsAt) {
      // The block is over, or the window is: start a new one.
      w.count = 0;
      w.endsAt = now + ttl;
      w.blockedUntil = 0;
    }
    w.count++;
    if (w.count > limit) {
      w.blockedUntil = now + Math.max(1, blockDuration);
      return this.record(w, now, true);
    }
    return this.record(w, now, false);
  }

  /** How many keys are held (for tests and metrics). */
  get size(): number {
    return this.windows.size;
  }

  /** Drops the keys whose window and block are both over. */
  sweep(): void {
    const now = this.now();
    for (const [key, w] of this.windows) {
      if (w.endsAt <= now && w.blockedUntil <= now) this.windows.delete(key);
    }
  }

  dispose(): void {
    clearInterval(this.sweeper);
    this.windows.clear();
  }

  private record(w: Window, now: number, isBlocked: boolean): ThrottlerHit {
    return {
      totalHits: w.count,
      timeToExpire: Math.max(0, Math.ceil((w.endsAt - now) / 1000)),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.max(1, Math.ceil((w.blockedUntil - now) / 1000)) : 0,
    };
  }
}
