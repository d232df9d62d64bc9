import { AppProcess } from './support/app-process';
import { applyTo, candidateWithProfile } from './support/candidates';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { freePort } from './support/ports';
import { createPublished } from './support/postings';
import { RedisServer } from './support/redis-server';
import { verified, waitFor, WebhookReceiver } from './support/webhook-receiver';

/**
 * At-least-once with stable ids (issue 16): a worker SIGKILLed while
 * deliveries are in flight, or a Redis wiped under a running worker, ends
 * with every event delivered to the endpoint, and any duplicate carries the
 * same webhook-id and the same body. Each scenario has its own redis-server
 * and database; leases are short (2 s) so recovery fits in a test.
 */
jest.setTimeout(120_000);

const TYPES = ['application.created', 'match.scored', 'posting.published', 'application.status_changed'];
const ENV = {
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
  WEBHOOK_RETRY_SCHEDULE_MS: '0,300,600,600,600,600',
  WEBHOOK_TIMEOUT_MS: '1000',
  NOTIFICATIONS_POLL_MS: '50',
  NOTIFICATIONS_LEASE_MS: '2000',
};
const CANDIDATES = 15;

class Scene {
  redis!: RedisServer;
  platform!: Platform;
  api!: ApiClient;
  receiver!: WebhookReceiver;
  readonly workers: AppProcess[] = [];

  async open(): Promise<void> {
    this.redis = await RedisServer.start();
    this.platform = new Platform({ worker: false, env: { REDIS_URL: this.redis.url, ...ENV } });
    [this.receiver] = await Promise.all([WebhookReceiver.start(), this.platform.start()]);
    this.api = new ApiClient(this.platform.baseUrl);
  }

  async worker(): Promise<AppProcess> {
    const port = await freePort();
    const worker = new AppProcess('worker', this.platform.env({ WORKER_HEALTH_PORT: String(port) }), `http://127.0.0.1:${port}/health/ready`);
    this.workers.push(worker);
    await worker.start();
    return worker;
  }

  async close(): Promise<void> {
    if (process.env.WEBHOOKS_TRACE) this.workers.forEach((w, i) => process.stdout.write(`--- worker #${i + 1}:\n${w.logs().slice(-5000)}\n`));
    await Promise.allSettled(this.workers.map((w) => w.stop('SIGKILL')));
    await this.platform?.stop().catch(() => undefined);
    await this.redis?.stop('SIGKILL');
    await this.receiver?.stop();
  }

  /** An endpoint answering slowly (so deliveries are in flight), a posting, and candidates applying. */
  async produce(path: string): Promise<{ org: SignedIn; secret: string }> {
    this.receiver.on(path, () => ({ status: 200, delayMs: 300 }));
    const org = await this.api.signupOrganization();
    const secret = (await this.api.post('/webhook-endpoints', { url: this.receiver.url(path), eventTypes: TYPES }, org.token).expect(201)).body.secret;
    const posting = await createPublished(this.api, org.token);
    for (let i = 0; i < CANDIDATES; i++) await applyTo(this.api, await candidateWithProfile(this.api, `Candidate ${i}`), posting.id);
    return { org, secret };
  }

  /** Every event of the organization the endpoint subscribes to has been received, and nothing was received twice under different ids. */
  async assertEverythingDelivered(path: string, org: SignedIn, secret: string): Promise<void> {
    // published, then created + scored per candidate (scores are written by the same worker, recovered the same way)
    const events = await waitFor(
      'every event written',
      async () =>
        (await this.platform.db.query<{ id: string; type: string }>(`SELECT id, type FROM outbox WHERE organization_id = $1 AND type = ANY($2::text[])`, [org.user.organizationId, TYPES])).rows,
      (rows) => rows.length >= 1 + 2 * CANDIDATES,
      60_000,
      250,
    );
    expect(events).toHaveLength(1 + 2 * CANDIDATES);
    const delivered = await waitFor(
      'every delivery delivered',
      async () =>
        (
          await this.platform.db.query<{ id: string; event_id: string; status: string }>(
            `SELECT d.id, d.event_id, d.status FROM webhook_deliveries d JOIN outbox e ON e.id = d.event_id WHERE e.organization_id = $1`,
            [org.user.organizationId],
          )
        ).rows,
      (rows) => rows.length === events.length && rows.every((r) => r.status === 'delivered'),
      60_000,
      250,
    );
    expect(new Set(delivered.map((d) => d.event_id))).toEqual(new Set(events.map((e) => e.id)));
    const got = this.receiver.at(path);
    const byId = new Map<string, string[]>();
    for (const r of got) {
      const payload = verified(secret, r);
      byId.set(r.headers['webhook-id'] as string, [...(byId.get(r.headers['webhook-id'] as string) ?? []), JSON.stringify(payload)]);
    }
    // One webhook-id per delivery, every one received; a duplicate is byte-for-byte the same message.
    expect(new Set(byId.keys())).toEqual(new Set(delivered.map((d) => `msg_${d.id}`)));
    for (const bodies of byId.values()) expect(new Set(bodies).size).toBe(1);
    const types = [...byId.values()].map((b) => JSON.parse(b[0]).type);
    expect(types.filter((t) => t === 'application.created')).toHaveLength(CANDIDATES);
    expect(types.filter((t) => t === 'match.scored')).toHaveLength(CANDIDATES);
  }
}

describe('notifications under faults', () => {
  let scene: Scene;
  beforeEach(async () => {
    scene = new Scene();
    await scene.open();
  });
  afterEach(async () => scene.close());

  it('a worker SIGKILLed mid-dispatch: a new worker delivers everything, duplicates only with the same webhook-id', async () => {
    const first = await scene.worker();
    const { org, secret } = await scene.produce('/kill');
    await waitFor('deliveries in flight', () => scene.receiver.at('/kill').length, (n) => n >= 3, 30_000, 20);
    await first.stop('SIGKILL');
    const inFlightAtKill = scene.receiver.at('/kill').length;
    expect(inFlightAtKill).toBeLessThan(1 + 2 * CANDIDATES); // killed before the end
    await scene.worker();
    await scene.assertEverythingDelivered('/kill', org, secret);
  });

  it('Redis wiped under a running worker: everything is delivered, from Postgres', async () => {
    await scene.worker();
    const { org, secret } = await scene.produce('/wipe');
    await waitFor('deliveries in flight', () => scene.receiver.at('/wipe').length, (n) => n >= 3, 30_000, 20);
    await scene.redis.flushAll();
    await scene.assertEverythingDelivered('/wipe', org, secret);
    // and new events after the wipe flow as usual
    const posting = await createPublished(scene.api, org.token);
    await waitFor('after the wipe', () => scene.receiver.at('/wipe').map((r) => JSON.parse(r.body)), (b) => b.some((x) => x.data.jobPostingId === posting.id && x.type === 'posting.published'));
  });
});
