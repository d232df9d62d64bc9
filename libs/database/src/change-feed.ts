import { randomBytes } from 'node:crypto';
import { Client, type Notification } from 'pg';

/** The channel the ChangeNotifications migration's triggers notify at every commit that writes a watched table. */
export const CHANGES_CHANNEL = 'embauche_changes';

/** The triggers of the ChangeNotifications migration: the feed stays off unless every one is there and enabled. */
export const CHANGE_NOTIFICATION_TRIGGERS = ['applications', 'suggestions', 'users', 'candidate_profiles', 'job_postings', 'organizations'].flatMap((table) =>
  ['insert', 'update', 'delete', 'truncate'].map((event) => `${table}_notify_${event}`),
);

/** What an in-process cache needs from a feed of changes (ChangeFeed; tests may drive it by hand). */
export interface ChangeSource {
  readonly live: boolean;
  onChange(listener: (change: TableChange) => void): void;
  onReset(listener: () => void): void;
  fence(): Promise<boolean>;
  start(): void;
  stop(): Promise<void>;
}

export interface TableChange {
  table: string;
  /** The postings whose rows changed (applications, suggestions); null: any row of the table may have changed. */
  postingIds: string[] | null;
}

export interface ChangeFeedOptions {
  url: string;
  /** A fence not answered within this time means the connection is unhealthy: it is dropped and opened again. */
  fenceTimeoutMs?: number;
  /**
   * Fences start at most this often (each is a tiny transaction, i.e. one
   * transaction id): under load, the requests of this window share one.
   */
  minFenceIntervalMs?: number;
  /** How often an idle feed checks its connection (with a fence). */
  heartbeatMs?: number;
  /** First delay before reconnecting; doubles up to 10 s while Postgres stays unreachable. */
  reconnectMs?: number;
  onWarning?: (message: string, error?: unknown) => void;
  /**
   * Triggers that must exist and be enabled for the notifications to be
   * complete; while one is missing (migrations not applied yet, a trigger
   * disabled) the feed does not go live and checks again later.
   */
  requiredTriggers?: string[];
}

type FenceWaiter = (passed: boolean) => void;

/**
 * A LISTEN connection to Postgres telling what changed, for in-process caches.
 *
 * - `onChange` gets every notification of `embauche_changes`, in commit order.
 * - `onReset` fires whenever notifications may have been missed: on every
 *   (re)connection and on every loss of the connection. A cache must then
 *   forget everything, and must not cache at all while `live` is false.
 * - `fence()` is the read-after-write guarantee: it resolves true once every
 *   change committed before the call has been passed to `onChange`. It sends
 *   a notification to a channel of this feed's own and waits for it to come
 *   back: Postgres delivers notifications in commit order, so everything that
 *   committed earlier has arrived first. Callers that ask while a fence is in
 *   flight share the next one, so under load one round trip serves many
 *   requests. It resolves false when the feed is down (callers then read the
 *   database directly).
 */
export class ChangeFeed implements ChangeSource {
  private readonly fenceChannel = `embauche_fence_${randomBytes(8).toString('hex')}`;
  private readonly fenceTimeoutMs: number;
  private readonly heartbeatMs: number;
  private readonly reconnectMs: number;
  private readonly changeListeners: Array<(change: TableChange) => void> = [];
  private readonly resetListeners: Array<() => void> = [];
  private client: Client | null = null;
  /** The client being connected, so that stop() can end it too. */
  private pending: Client | null = null;
  private stopped = true;
  private retryDelay: number;
  private retryTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private fenceSeq = 0;
  private readonly minFenceIntervalMs: number;
  private lastFenceAt = 0;
  private fenceTimer: NodeJS.Timeout | null = null;
  private inFlight: { id: string; waiters: FenceWaiter[]; timer: NodeJS.Timeout } | null = null;
  private waiting: FenceWaiter[] = [];

  constructor(private readonly options: ChangeFeedOptions) {
    this.fenceTimeoutMs = options.fenceTimeoutMs ?? 5000;
    this.heartbeatMs = options.heartbeatMs ?? 5000;
    this.minFenceIntervalMs = options.minFenceIntervalMs ?? 2;
    this.reconnectMs = options.reconnectMs ?? 250;
    this.retryDelay = this.reconnectMs;
  }

  /** True while the connection listens: notifications are arriving. */
  get live(): boolean {
    return this.client !== null;
  }

  onChange(listener: (change: TableChange) => void): void {
    this.changeListeners.push(listener);
  }

  onReset(listener: () => void): void {
    this.resetListeners.push(listener);
  }

  /** Starts connecting (and reconnecting whenever the connection is lost); the feed is live once it listens. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.heartbeat = setInterval(() => {
      if (this.live && !this.inFlight) void this.fence();
    }, this.heartbeatMs);
    this.heartbeat.unref();
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const clients = [this.client, this.pending];
    if (this.client) this.drop();
    this.pending = null;
    await Promise.all(clients.map((c) => c?.end().catch(() => undefined)));
  }

  fence(): Promise<boolean> {
    if (!this.client) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      this.waiting.push(resolve);
      this.sendFence();
    });
  }

  /** The backend's process id, for tests that cut the connection from the server side. */
  async backendPid(): Promise<number | null> {
    if (!this.client) return null;
    const { rows } = await this.client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return rows[0].pid;
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.pending || this.client) return;
    const client = new Client({ connectionString: this.options.url, application_name: 'embauche-change-feed', keepAlive: true, connectionTimeoutMillis: 5000 });
    this.pending = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    client.on('notification', (n) => this.receive(client, n));
    try {
      await client.connect();
      await this.checkTriggers(client);
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      await client.query(`LISTEN ${this.fenceChannel}`);
      if (this.pending !== client) throw new Error('stopped while connecting');
      this.pending = null;
      this.client = client;
      // Whatever committed before LISTEN took effect was never announced.
      this.reset();
    } catch (error) {
      if (this.pending === client) this.pending = null;
      if (!this.stopped) this.options.onWarning?.('Change feed: cannot listen to Postgres; in-process caches stay off until it can', error);
      client.removeAllListeners('end');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
    }
  }

  private async checkTriggers(client: Client): Promise<void> {
    const required = this.options.requiredTriggers ?? [];
    if (required.length === 0) return;
    const { rows } = await client.query<{ tgname: string }>(`SELECT tgname FROM pg_trigger WHERE tgname = ANY($1) AND tgenabled <> 'D'`, [required]);
    const missing = required.filter((name) => !rows.some((r) => r.tgname === name));
    if (missing.length) throw new Error(`change notification triggers missing or disabled: ${missing.join(', ')} (run the migrations)`);
  }

  private lost(client: Client, error: unknown): void {
    if (client !== this.client) return; // a client still connecting fails through connect()'s catch
    this.options.onWarning?.('Change feed: the LISTEN connection was lost; in-process caches are off until it is back', error);
    this.drop();
    client.removeAllListeners('end');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  /** Not listening any more: nobody may trust a cache, and waiting fences fail. */
  private drop(): void {
    this.client = null;
    const waiters = [...(this.inFlight?.waiters ?? []), ...this.waiting];
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    if (this.fenceTimer) clearTimeout(this.fenceTimer);
    this.fenceTimer = null;
    this.inFlight = null;
    this.waiting = [];
    this.reset();
    for (const w of waiters) w(false);
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryDelay);
    this.retryTimer.unref();
    this.retryDelay = Math.min(this.retryDelay * 2, 10_000);
  }

  private sendFence(): void {
    const client = this.client;
    if (!client || this.inFlight || this.fenceTimer || this.waiting.length === 0) return;
    const wait = this.lastFenceAt + this.minFenceIntervalMs - Date.now();
    if (wait > 0) {
      this.fenceTimer = setTimeout(() => {
        this.fenceTimer = null;
        this.sendFence();
      }, wait);
      return;
    }
    this.lastFenceAt = Date.now();
    const id = String(++this.fenceSeq);
    const timer = setTimeout(() => this.lost(client, new Error(`no fence notification within ${this.fenceTimeoutMs} ms`)), this.fenceTimeoutMs);
    this.inFlight = { id, waiters: this.waiting, timer };
    this.waiting = [];
    client.query('SELECT pg_notify($1, $2)', [this.fenceChannel, id]).catch((error: unknown) => this.lost(client, error));
  }

  private receive(client: Client, n: Notification): void {
    if (client !== this.client) return;
    if (n.channel === this.fenceChannel) {
      const inFlight = this.inFlight;
      if (!inFlight || inFlight.id !== n.payload) return;
      const { waiters, timer } = inFlight;
      clearTimeout(timer);
      this.inFlight = null;
      this.retryDelay = this.reconnectMs; // a connection that answers fences is a good one: no backoff next time
      for (const w of waiters) w(true);
      this.sendFence();
      return;
    }
    if (n.channel !== CHANGES_CHANNEL) return;
    const change = parseChange(n.payload ?? '');
    try {
      for (const listener of this.changeListeners) listener(change);
    } catch (error) {
      // A change that could not be applied leaves the caches unknowable: start over.
      this.lost(client, error);
    }
  }

  private reset(): void {
    for (const listener of this.resetListeners) listener();
  }
}

/** `applications:<id>,<id>` names the postings touched; a bare table name means any row. */
export function parseChange(payload: string): TableChange {
  const colon = payload.indexOf(':');
  if (colon < 0) return { table: payload, postingIds: null };
  const ids = payload.slice(colon + 1).split(',').filter(Boolean);
  return { table: payload.slice(0, colon), postingIds: ids.length ? ids : null };
}
