import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { applyTo, candidateWithProfile, transition } from './support/candidates';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { createDraft, createPublished, problemFields } from './support/postings';
import { verified, waitFor, WebhookReceiver, type Received } from './support/webhook-receiver';

/**
 * Webhooks (issue 16): admins' endpoints, Standard Webhooks v1 deliveries
 * verified with the `standardwebhooks` package, against a receiver in this
 * process that fails, times out, answers 410 and 429. The retry schedule is
 * compressed (0, 300 ms, 600 ms, …) and the relay polls every 50 ms.
 */
jest.setTimeout(120_000);

const ALL_TYPES = ['application.created', 'application.status_changed', 'application.withdrawn', 'match.scored', 'posting.published', 'posting.closed', 'candidate.erased'];
const FAST = {
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
  WEBHOOK_RETRY_SCHEDULE_MS: '0,300,600,600,600',
  WEBHOOK_TIMEOUT_MS: '1000',
  NOTIFICATIONS_POLL_MS: '50',
  NOTIFICATIONS_LEASE_MS: '3000',
};

interface Endpoint {
  id: string;
  url: string;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
  secret?: string;
}

interface Delivery {
  id: string;
  webhookId: string;
  eventType: string;
  status: string;
  attempts: number;
  attemptLog: Array<{ at: string; statusCode: number | null; latencyMs: number; responseExcerpt: string | null; error: string | null }>;
}

describe('webhooks', () => {
  const platform = new Platform({ worker: true, env: FAST });
  let api: ApiClient;
  let receiver: WebhookReceiver;
  let admin: SignedIn;

  beforeAll(async () => {
    [receiver] = await Promise.all([WebhookReceiver.start(), platform.start()]);
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization();
  });
  afterAll(async () => {
    if (process.env.WEBHOOKS_TRACE) process.stdout.write(`--- worker logs:\n${platform.worker?.logs().slice(-6000)}\n`);
    await platform.stop();
    await receiver.stop();
  });

  async function register(who: SignedIn, path: string, eventTypes = ALL_TYPES): Promise<Endpoint> {
    const res = await api.post('/webhook-endpoints', { url: receiver.url(path), eventTypes, description: `test ${path}` }, who.token);
    expect(res.status).toBe(201);
    return res.body as Endpoint;
  }

  const deliveries = async (who: SignedIn, endpointId: string): Promise<Delivery[]> => (await api.get(`/webhook-endpoints/${endpointId}/deliveries?limit=100`, who.token).expect(200)).body.items;

  describe('endpoints', () => {
    it('are created by admins with a whsec_ secret of at least 24 random bytes, shown only then', async () => {
      const endpoint = await register(admin, '/crud');
      expect(endpoint).toMatchObject({ url: receiver.url('/crud'), eventTypes: ALL_TYPES, enabled: true, disabledReason: null });
      expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      expect(Buffer.from(endpoint.secret!.slice(6), 'base64').length).toBeGreaterThanOrEqual(24);
      const read = await api.get(`/webhook-endpoints/${endpoint.id}`, admin.token).expect(200);
      expect(read.body.secret).toBeUndefined();
      const list = await api.get('/webhook-endpoints', admin.token).expect(200);
      expect(list.body.items.map((e: Endpoint) => e.id)).toContain(endpoint.id);
      expect(JSON.stringify(list.body)).not.toContain(endpoint.secret);
      const patched = await api.patch(`/webhook-endpoints/${endpoint.id}`, { enabled: false, eventTypes: ['posting.published'] }, admin.token).expect(200);
      expect(patched.body).toMatchObject({ enabled: false, eventTypes: ['posting.published'] });
      await api.delete(`/webhook-endpoints/${endpoint.id}`, admin.token).expect(204);
      await api.get(`/webhook-endpoints/${endpoint.id}`, admin.token).expect(404);
    });

    it('are admin-only (403 for other roles) and invisible to other organizations (404)', async () => {
      const endpoint = await register(admin, '/scoped');
      const recruiter = await api.addMember(admin, 'recruiter');
      const manager = await api.addMember(admin, 'hiring_manager');
      const candidate = await api.signupCandidate();
      for (const who of [recruiter, manager, candidate]) {
        problemFields(await api.get('/webhook-endpoints', who.token), 403);
        problemFields(await api.post('/webhook-endpoints', { url: receiver.url('/x'), eventTypes: ALL_TYPES }, who.token), 403);
        problemFields(await api.get(`/webhook-endpoints/${endpoint.id}`, who.token), 403);
      }
      const other = await api.signupOrganization();
      problemFields(await api.get(`/webhook-endpoints/${endpoint.id}`, other.token), 404);
      problemFields(await api.patch(`/webhook-endpoints/${endpoint.id}`, { enabled: false }, other.token), 404);
      problemFields(await api.delete(`/webhook-endpoints/${endpoint.id}`, other.token), 404);
      problemFields(await api.post(`/webhook-endpoints/${endpoint.id}/rotate-secret`, undefined, other.token), 404);
      problemFields(await api.get(`/webhook-endpoints/${endpoint.id}/deliveries`, other.token), 404);
      expect((await api.get('/webhook-endpoints', other.token).expect(200)).body.items).toEqual([]);
      problemFields(await api.get('/webhook-endpoints', undefined), 401);
    });

    it('refuse bad input with problem+json naming the field', async () => {
      expect(problemFields(await api.post('/webhook-endpoints', { url: 'ftp://example.com/', eventTypes: ALL_TYPES }, admin.token), 400)).toEqual(['url']);
      expect(problemFields(await api.post('/webhook-endpoints', { url: 'https://u:p@example.com/', eventTypes: ALL_TYPES }, admin.token), 400)).toEqual(['url']);
      expect(problemFields(await api.post('/webhook-endpoints', { url: 'https://example.com/', eventTypes: ['nope'] }, admin.token), 400)).toEqual(['eventTypes']);
      expect(problemFields(await api.post('/webhook-endpoints', { url: 'https://example.com/', eventTypes: [] }, admin.token), 400)).toEqual(['eventTypes']);
      expect(problemFields(await api.post('/webhook-endpoints', { url: 'https://example.com/', eventTypes: ALL_TYPES, secret: 'whsec_x' }, admin.token), 400)).toEqual(['secret']);
      problemFields(await api.get('/webhook-endpoints/not-a-uuid', admin.token), 400);
    });
  });

  it('delivers every event type, signed so that standardwebhooks accepts it, with ids and non-personal fields only', async () => {
    const org = await api.signupOrganization();
    const endpoint = await register(org, '/all');
    const posting = await createPublished(api, org.token);
    const candidate = await candidateWithProfile(api, 'Zoé Personne-Unique');
    const application = await applyTo(api, candidate, posting.id, { coverLetter: 'Lettre très personnelle de Zoé' });
    await transition(api, org, application.id, 'screening', 'A private note about Zoé');
    const second = await createPublished(api, org.token);
    const withdrawn = await applyTo(api, candidate, second.id);
    await api.post(`/applications/${withdrawn.id}/withdraw`, undefined, candidate.token).expect(200);
    await api.post(`/job-postings/${second.id}/close`, undefined, org.token).expect(200);
    await api.delete('/candidates/me', candidate.token).expect(204);

    const got = await waitFor('every event type', () => receiver.at('/all'), (r) => ALL_TYPES.every((t) => r.some((x) => JSON.parse(x.body).type === t)));
    const payloads = got.map((r) => ({ r, p: verified(endpoint.secret!, r) }));
    const byType = (t: string) => payloads.filter((x) => x.p.type === t).map((x) => x.p.data);
    expect(byType('posting.published')).toEqual(expect.arrayContaining([{ jobPostingId: posting.id }, { jobPostingId: second.id }]));
    expect(byType('application.created')).toContainEqual({ applicationId: application.id, jobPostingId: posting.id, candidateId: candidate.user.id, status: 'applied' });
    expect(byType('application.status_changed')).toContainEqual({ applicationId: application.id, jobPostingId: posting.id, candidateId: candidate.user.id, from: 'applied', to: 'screening', actorRole: 'admin' });
    expect(byType('application.withdrawn')).toContainEqual({ applicationId: withdrawn.id, jobPostingId: second.id, candidateId: candidate.user.id, from: 'applied' });
    expect(byType('posting.closed')).toEqual([{ jobPostingId: second.id }]);
    expect(byType('candidate.erased')).toEqual([{ candidateId: candidate.user.id, applicationIds: expect.arrayContaining([application.id, withdrawn.id]) }]);
    const scored = await waitFor('match.scored', () => receiver.at('/all').map((r) => JSON.parse(r.body)).filter((b) => b.type === 'match.scored'), (s) => s.length >= 1);
    expect(Object.keys(scored[0].data).sort()).toEqual(['applicationId', 'candidateId', 'jobPostingId', 'mustHavesMet', 'score']);
    for (const { r, p } of payloads) {
      expect(r.headers['webhook-id']).toMatch(/^msg_[0-9a-f-]{36}$/);
      expect(Math.abs(Number(r.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
      expect(r.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(r.headers['content-type']).toBe('application/json');
      expect(Object.keys(p).sort()).toEqual(['data', 'timestamp', 'type']);
      expect(new Date(p.timestamp).toISOString()).toBe(p.timestamp);
      for (const secret of ['Zoé', 'Personne-Unique', 'Lettre', 'private note', candidate.user.email]) expect(r.body).not.toContain(secret);
    }
    // A signature made with another secret is refused by the same library: the check above can fail.
    const forged = (await api.post('/webhook-endpoints', { url: receiver.url('/unused'), eventTypes: ALL_TYPES }, org.token).expect(201)).body.secret;
    expect(() => verified(forged, got[0])).toThrow();
  });

  it('retries a failing receiver on the schedule with the same webhook-id until it answers 2xx, and logs each attempt', async () => {
    const org = await api.signupOrganization();
    receiver.on('/flaky', (n) => (n < 2 ? { status: 500, body: `boom ${n}` } : { status: 200, body: 'ok' }));
    const endpoint = await register(org, '/flaky', ['posting.published']);
    await createPublished(api, org.token);
    const [delivery] = await waitFor('delivered', () => deliveries(org, endpoint.id), (d) => d[0]?.status === 'delivered');
    const got = receiver.at('/flaky');
    expect(got).toHaveLength(3);
    expect(new Set(got.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivery.webhookId]));
    got.forEach((r) => verified(endpoint.secret!, r));
    expect(delivery.attempts).toBe(3);
    expect(delivery.attemptLog.map((a) => a.statusCode)).toEqual([500, 500, 200]);
    expect(delivery.attemptLog[0].responseExcerpt).toBe('boom 0');
    expect(delivery.attemptLog.every((a) => a.latencyMs >= 0)).toBe(true);
    // Jittered schedule: 300 ms (±20 %) then 600 ms (±20 %) between attempts.
    expect(got[1].at - got[0].at).toBeGreaterThanOrEqual(230);
    expect(got[2].at - got[1].at).toBeGreaterThanOrEqual(470);
  });

  it('reports since when every attempt has failed (failingSince), and clears it on the next success', async () => {
    const org = await api.signupOrganization();
    receiver.on('/failing-since', () => ({ status: 503, body: 'down' }));
    const endpoint = await register(org, '/failing-since', ['posting.published']);
    expect((endpoint as Endpoint & { failingSince: string | null }).failingSince).toBeNull();
    const before = Date.now();
    await createPublished(api, org.token);
    const read = async () => (await api.get(`/webhook-endpoints/${endpoint.id}`, org.token).expect(200)).body as Endpoint & { failingSince: string | null };
    const failing = await waitFor('failingSince set', read, (e) => e.failingSince !== null);
    expect(new Date(failing.failingSince!).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await api.get('/webhook-endpoints', org.token).expect(200)).body.items[0].failingSince).toBe(failing.failingSince);
    const [delivery] = await waitFor('given up', () => deliveries(org, endpoint.id), (d) => d[0]?.status === 'failed');
    receiver.on('/failing-since', () => ({ status: 204 }));
    await api.post(`/webhook-endpoints/${endpoint.id}/deliveries/${delivery.id}/replay`, undefined, org.token).expect(202);
    await waitFor('failingSince cleared', read, (e) => e.failingSince === null);
  });

  it('gives up on a receiver that does not answer within the timeout, then delivers on the next attempt', async () => {
    const org = await api.signupOrganization();
    receiver.on('/slow', (n) => (n === 0 ? { status: 200, delayMs: 3000 } : { status: 200 }));
    const endpoint = await register(org, '/slow', ['posting.published']);
    await createPublished(api, org.token);
    const [delivery] = await waitFor('delivered', () => deliveries(org, endpoint.id), (d) => d[0]?.status === 'delivered');
    expect(delivery.attemptLog).toHaveLength(2);
    expect(delivery.attemptLog[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/within 1000 ms/) });
    expect(delivery.attemptLog[0].latencyMs).toBeGreaterThanOrEqual(950);
    expect(delivery.attemptLog[1].statusCode).toBe(200);
  });

  it('honours Retry-After on 429', async () => {
    const org = await api.signupOrganization();
    receiver.on('/busy', (n) => (n === 0 ? { status: 429, headers: { 'Retry-After': '2' } } : { status: 202 }));
    const endpoint = await register(org, '/busy', ['posting.published']);
    await createPublished(api, org.token);
    await waitFor('delivered', () => deliveries(org, endpoint.id), (d) => d[0]?.status === 'delivered');
    const got = receiver.at('/busy');
    expect(got).toHaveLength(2);
    expect(got[1].at - got[0].at).toBeGreaterThanOrEqual(1900); // the schedule alone would have waited 300 ms
  });

  it('does not follow redirects: a 3xx is a failure', async () => {
    const org = await api.signupOrganization();
    receiver.on('/moved', () => ({ status: 302, headers: { Location: receiver.url('/target') } }));
    const endpoint = await register(org, '/moved', ['posting.published']);
    await createPublished(api, org.token);
    const [delivery] = await waitFor('failed for good', () => deliveries(org, endpoint.id), (d) => d[0]?.status === 'failed');
    expect(delivery.attemptLog.map((a) => a.statusCode)).toEqual([302, 302, 302, 302, 302]);
    expect(receiver.at('/target')).toHaveLength(0);
  });

  it('disables the endpoint on 410 Gone and delivers nothing more to it', async () => {
    const org = await api.signupOrganization();
    receiver.on('/gone', () => ({ status: 410 }));
    const endpoint = await register(org, '/gone', ['posting.published']);
    await createPublished(api, org.token);
    const read = await waitFor('disabled', async () => (await api.get(`/webhook-endpoints/${endpoint.id}`, org.token)).body as Endpoint, (e) => !e.enabled);
    expect(read.disabledReason).toBe('gone');
    expect(receiver.at('/gone')).toHaveLength(1);
    const [delivery] = await deliveries(org, endpoint.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1 });
    await createPublished(api, org.token);
    await new Promise((r) => setTimeout(r, 1000));
    expect(receiver.at('/gone')).toHaveLength(1);
    // The admins are told by email.
    await waitFor(
      'admins told',
      async () => (await platform.db.query(`SELECT d.template FROM email_deliveries d JOIN users u ON u.id = d.recipient_user_id WHERE u.organization_id = $1`, [org.user.organizationId])).rows,
      (rows) => rows.some((r) => r.template === 'endpoint-disabled'),
    );
    // Enabling again clears the reason; replaying is then allowed and keeps the webhook-id.
    problemFields(await api.post(`/webhook-endpoints/${endpoint.id}/deliveries/${delivery.id}/replay`, undefined, org.token), 409);
    receiver.on('/gone', () => ({ status: 200 }));
    const enabled = await api.patch(`/webhook-endpoints/${endpoint.id}`, { enabled: true }, org.token).expect(200);
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null });
    await api.post(`/webhook-endpoints/${endpoint.id}/deliveries/${delivery.id}/replay`, undefined, org.token).expect(202);
    await waitFor('replayed', () => receiver.at('/gone'), (r) => r.length >= 2);
    expect(receiver.at('/gone')[1].headers['webhook-id']).toBe(delivery.webhookId);
  });

  it('signs with both secrets for 24 hours after a rotation', async () => {
    const org = await api.signupOrganization();
    const endpoint = await register(org, '/rotate', ['posting.published']);
    const rotated = await api.post(`/webhook-endpoints/${endpoint.id}/rotate-secret`, undefined, org.token).expect(200);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    expect(Date.parse(rotated.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23.9 * 3600 * 1000);
    await createPublished(api, org.token);
    const [r] = await waitFor('delivered', () => receiver.at('/rotate'), (x) => x.length >= 1);
    expect((r.headers['webhook-signature'] as string).split(' ')).toHaveLength(2);
    expect(verified(rotated.body.secret, r).type).toBe('posting.published');
    expect(verified(endpoint.secret!, r).type).toBe('posting.published');
  });

  it('only sends subscribed types of the endpoint’s own organization', async () => {
    const org = await api.signupOrganization();
    const other = await api.signupOrganization();
    await register(org, '/closed-only', ['posting.closed']);
    const posting = await createPublished(api, org.token);
    await createPublished(api, other.token);
    await api.post(`/job-postings/${posting.id}/close`, undefined, org.token).expect(200);
    const got = await waitFor('closed', () => receiver.at('/closed-only'), (x) => x.length >= 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.at('/closed-only').map((x: Received) => JSON.parse(x.body))).toEqual([{ type: 'posting.closed', timestamp: expect.any(String), data: { jobPostingId: posting.id } }]);
    expect(got).toHaveLength(1);
  });
});

describe('webhooks: failing for too long', () => {
  const platform = new Platform({ worker: true, env: { ...FAST, WEBHOOK_DISABLE_AFTER_MS: '1500', WEBHOOK_RETRY_SCHEDULE_MS: '0,400,400,400,400,400,400,400,400' } });
  let receiver: WebhookReceiver;
  beforeAll(async () => ([receiver] = await Promise.all([WebhookReceiver.start(), platform.start()])));
  afterAll(async () => {
    await platform.stop();
    await receiver.stop();
  });

  it('disables an endpoint whose every attempt failed for WEBHOOK_DISABLE_AFTER_MS, and emails its admins', async () => {
    const api = new ApiClient(platform.baseUrl);
    const org = await api.signupOrganization();
    receiver.on('/down', () => ({ status: 500 }));
    const endpoint = (await api.post('/webhook-endpoints', { url: receiver.url('/down'), eventTypes: ['posting.published'] }, org.token).expect(201)).body;
    await createPublished(api, org.token);
    const read = await waitFor('disabled', async () => (await api.get(`/webhook-endpoints/${endpoint.id}`, org.token)).body, (e) => !e.enabled, 20_000);
    expect(read.disabledReason).toBe('failing');
    const attempts = receiver.at('/down');
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    expect(attempts[attempts.length - 1].at - attempts[0].at).toBeGreaterThanOrEqual(1400);
    await waitFor('admins told', async () => (await platform.db.query(`SELECT status FROM email_deliveries WHERE template = 'endpoint-disabled' AND recipient_user_id = $1`, [org.user.id])).rows, (r) => r[0]?.status === 'logged');
  });
});

describe('webhooks: SSRF protection (WEBHOOK_ALLOW_PRIVATE_NETWORKS off)', () => {
  const platform = new Platform({ worker: true, env: { ...FAST, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false' } });
  let receiver: WebhookReceiver;
  beforeAll(async () => ([receiver] = await Promise.all([WebhookReceiver.start(), platform.start()])));
  afterAll(async () => {
    await platform.stop();
    await receiver.stop();
  });

  it('refuses internal addresses at registration', async () => {
    const api = new ApiClient(platform.baseUrl);
    const org = await api.signupOrganization();
    for (const url of ['http://127.0.0.1:8080/', 'http://localhost/', 'http://169.254.169.254/latest/meta-data/', 'http://10.1.2.3/', 'http://[::1]/', 'http://[::ffff:7f00:1]/', 'http://0x7f000001/', 'http://192.168.1.1/']) {
      expect({ url, fields: problemFields(await api.post('/webhook-endpoints', { url, eventTypes: ['posting.published'] }, org.token), 400) }).toEqual({ url, fields: ['url'] });
    }
  });

  it('refuses to connect when a name resolves to an internal address, checked on the address actually connected to', async () => {
    const api = new ApiClient(platform.baseUrl);
    const org = await api.signupOrganization();
    // This machine's own name resolves to a loopback address (/etc/hosts): registration cannot tell, the connection can.
    const name = hostname();
    const addresses = await lookup(name, { all: true });
    expect(addresses.some((a) => a.address.startsWith('127.') || a.address === '::1')).toBe(true);
    const endpoint = (await api.post('/webhook-endpoints', { url: `http://${name}:${receiver.port}/internal`, eventTypes: ['posting.published'] }, org.token).expect(201)).body;
    await createDraft(api, org.token).then((d) => api.post(`/job-postings/${d.id}/publish`, undefined, org.token).expect(200));
    const [delivery] = await waitFor(
      'refused',
      async () => (await api.get(`/webhook-endpoints/${endpoint.id}/deliveries`, org.token)).body.items as Delivery[],
      (d) => (d[0]?.attemptLog.length ?? 0) >= 2,
    );
    expect(delivery.attemptLog[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/Refused destination .*loopback/) });
    expect(receiver.received).toHaveLength(0);
  });
});
