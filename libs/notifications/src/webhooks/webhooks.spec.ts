import { Webhook } from 'standardwebhooks';
import { forbiddenAddress } from './ssrf-guard';
import { nextDelayMs, parseSchedule, retryAfterMs } from './retry-schedule';
import { activeSecrets, generateSecret, signatureHeader } from './webhook-signature';

describe('Standard Webhooks signatures', () => {
  it('are accepted by the standardwebhooks package, and refused with another secret or a changed body', () => {
    const secret = generateSecret();
    const body = JSON.stringify({ type: 'posting.published', timestamp: new Date().toISOString(), data: { jobPostingId: 'p' } });
    const ts = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': signatureHeader('msg_1', ts, body, [secret]) };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(body.replace('p"', 'q"'), headers)).toThrow();
  });

  it('secrets are whsec_ and at least 24 random bytes, different each time', () => {
    const a = generateSecret();
    expect(a).toMatch(/^whsec_/);
    expect(Buffer.from(a.slice(6), 'base64').length).toBeGreaterThanOrEqual(24);
    expect(generateSecret()).not.toBe(a);
  });

  it('sign with both secrets until the previous one expires', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    const endpoint = { secret: 'whsec_bmV3', previousSecret: 'whsec_b2xk', previousSecretExpiresAt: new Date('2026-12-04T11:00:00Z') };
    expect(activeSecrets(endpoint, now)).toEqual(['whsec_bmV3', 'whsec_b2xk']);
    expect(activeSecrets(endpoint, new Date('2026-12-04T12:00:00Z'))).toEqual(['whsec_bmV3']);
    expect(signatureHeader('msg_1', 1, '{}', activeSecrets(endpoint, now)).split(' ')).toHaveLength(2);
  });
});

describe('SSRF guard', () => {
  it.each(['127.0.0.1', '127.9.9.9', '10.0.0.1', '172.16.5.4', '192.168.0.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:a00:1', '224.0.0.1'])(
    'refuses %s',
    (address) => expect(forbiddenAddress(address)).not.toBeNull(),
  );
  it.each(['93.184.215.14', '1.1.1.1', '2606:4700:4700::1111', '172.32.0.1', '192.169.0.1', '::ffff:5db8:d70e'])('allows %s', (address) => expect(forbiddenAddress(address)).toBeNull());
});

describe('retry schedule', () => {
  const schedule = parseSchedule('0,5000,300000,1800000,7200000,18000000,36000000,36000000');

  it('is the spec’s, jittered by ±20 %, then exhausted', () => {
    expect(schedule).toHaveLength(8);
    expect(nextDelayMs(schedule, 1, null, () => 0)).toBe(4000);
    expect(nextDelayMs(schedule, 1, null, () => 1)).toBe(6000);
    expect(nextDelayMs(schedule, 7, null, () => 0.5)).toBe(36_000_000);
    expect(nextDelayMs(schedule, 8, null)).toBeNull();
  });

  it('lets Retry-After push an attempt later, never earlier', () => {
    expect(nextDelayMs(schedule, 1, 60_000, () => 0.5)).toBe(60_000);
    expect(nextDelayMs(schedule, 2, 1000, () => 0.5)).toBe(300_000);
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThan(8000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(undefined)).toBeNull();
    expect(retryAfterMs('999999999')).toBe(24 * 3600 * 1000);
  });
});
