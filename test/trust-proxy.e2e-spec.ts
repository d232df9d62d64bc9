import request from 'supertest';
import { Platform } from './support/platform';

/** Logins from "different" clients that only claim so in X-Forwarded-For. */
async function loginsClaiming(platform: Platform, n: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await request(platform.baseUrl)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', `203.0.113.${i + 1}`)
      .send({ email: 'nobody@example.com', password: 'not-the-password' });
    statuses.push(res.status);
  }
  return statuses;
}

describe('Who the client is (TRUST_PROXY)', () => {
  describe('by default no proxy is trusted', () => {
    const platform = new Platform({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } });
    beforeAll(() => platform.start());
    afterAll(() => platform.stop());

    it('so a forged X-Forwarded-For does not buy a fresh /auth budget', async () => {
      expect(await loginsClaiming(platform, 5)).toEqual([401, 401, 401, 429, 429]);
    });
  });

  describe('behind a trusted proxy', () => {
    const platform = new Platform({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '127.0.0.1' } });
    beforeAll(() => platform.start());
    afterAll(() => platform.stop());

    it('counts each forwarded client on its own', async () => {
      expect(await loginsClaiming(platform, 5)).toEqual([401, 401, 401, 401, 401]);
    });
  });
});
