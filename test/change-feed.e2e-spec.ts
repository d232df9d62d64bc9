import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { CHANGE_NOTIFICATION_TRIGGERS, ChangeFeed, parseChange, type TableChange } from '@embauche/database/change-feed';
import { ApiClient } from './support/factories';
import { applyTo } from './support/candidates';
import { candidateWith, eventually, strongProfile } from './support/matching';
import { Platform } from './support/platform';
import { createPublished } from './support/postings';

/**
 * The change feed under the API's read cache, against a real Postgres: the
 * ChangeNotifications triggers, the fence that makes cached reads exact, and
 * the resets when the LISTEN connection is lost.
 */
describe('ChangeFeed', () => {
  const platform = new Platform();
  let feed: ChangeFeed;
  const changes: TableChange[] = [];
  let resets = 0;
  const postingIds: string[] = [];

  beforeAll(async () => {
    await platform.start();
    const api = new ApiClient(platform.baseUrl);
    const admin = await api.signupOrganization();
    const candidate = await candidateWith(api, strongProfile());
    for (let i = 0; i < 2; i++) {
      const posting = await createPublished(api, admin.token);
      postingIds.push(posting.id);
      await applyTo(api, candidate, posting.id);
    }
    feed = new ChangeFeed({ url: platform.databaseUrl, reconnectMs: 50, fenceTimeoutMs: 3000 });
    feed.onChange((c) => changes.push(c));
    feed.onReset(() => resets++);
    feed.start();
    await eventually(async () => feed.live, (live) => live, 10000, 'the feed listening');
  });
  afterAll(async () => {
    await feed?.stop();
    await platform.stop();
  });

  /** The changes received during `write` and the fence after it. */
  const during = async (write: () => Promise<unknown>): Promise<TableChange[]> => {
    expect(await feed.fence()).toBe(true);
    const from = changes.length;
    await write();
    expect(await feed.fence()).toBe(true);
    // Checked synchronously, right when the fence resolves: the change must already be here.
    return changes.slice(from);
  };

  it('names the postings whose applications a statement touched, once per statement', async () => {
    expect(feed.live).toBe(true);
    const got = await during(() => platform.db.query('UPDATE applications SET updated_at = now() WHERE job_posting_id = ANY($1)', [postingIds]));
    expect(got).toHaveLength(1);
    expect(got[0].table).toBe('applications');
    expect([...(got[0].postingIds ?? [])].sort()).toEqual([...postingIds].sort());
  });

  it('says nothing for a statement that changed no row', async () => {
    expect(await during(() => platform.db.query('UPDATE applications SET updated_at = now() WHERE job_posting_id = $1', [randomUUID()]))).toEqual([]);
    expect(await during(() => platform.db.query('UPDATE users SET name = name WHERE false'))).toEqual([]);
    // What a profile write does first (ProfilesRepository.lockForUpdate): no row inserted, nothing to announce.
    expect(await during(() => platform.db.query(`INSERT INTO organizations (id, name, blind_review) SELECT id, name, blind_review FROM organizations LIMIT 1 ON CONFLICT DO NOTHING`))).toEqual([]);
  });

  it('announces other tables whole, and deletions and truncations too', async () => {
    expect(await during(() => platform.db.query(`UPDATE organizations SET blind_review = blind_review`))).toEqual([{ table: 'organizations', postingIds: null }]);
    const client = await platform.db.connect();
    try {
      await withoutForeignKeys(client, () =>
        client.query(
          `INSERT INTO suggestions (job_posting_id, candidate_id, run_id, score, must_haves_met, breakdown, profile_revision, requirements_version, scorer_version, scored_at)
           VALUES ($1, $2, $3, 1, false, '{}', 1, 1, 1, now())`,
          [postingIds[1], randomUUID(), randomUUID()],
        ),
      );
    } finally {
      client.release();
    }
    const deleted = await during(() => platform.db.query('DELETE FROM suggestions WHERE job_posting_id = $1', [postingIds[1]]));
    expect(deleted).toEqual([{ table: 'suggestions', postingIds: [postingIds[1]] }]);
    expect(await during(() => platform.db.query('TRUNCATE suggestions'))).toEqual([{ table: 'suggestions', postingIds: null }]);
  });

  it('sends the bare table name when the postings would not fit in one notification', async () => {
    const many = Array.from({ length: 300 }, () => randomUUID());
    const client = await platform.db.connect();
    try {
      const got = await during(() =>
        withoutForeignKeys(client, () =>
          client.query(
            `INSERT INTO suggestions (job_posting_id, candidate_id, run_id, score, must_haves_met, breakdown, profile_revision, requirements_version, scorer_version, scored_at)
             SELECT p, $2, $3, 1, false, '{}', 1, 1, 1, now() FROM unnest($1::uuid[]) AS p`,
            [many, randomUUID(), randomUUID()],
          ),
        ),
      );
      expect(got).toEqual([{ table: 'suggestions', postingIds: null }]);
      const removed = await during(() => client.query('DELETE FROM suggestions WHERE job_posting_id = ANY($1)', [many]));
      expect(removed).toEqual([{ table: 'suggestions', postingIds: null }]);
    } finally {
      client.release();
    }
  });

  it('resets when its connection is cut, fails fences while down, and listens again', async () => {
    const slow = new ChangeFeed({ url: platform.databaseUrl, reconnectMs: 1500 });
    let slowResets = 0;
    slow.onReset(() => slowResets++);
    slow.start();
    try {
      await eventually(async () => slow.live, (live) => live, 10000, 'listening');
      expect(slowResets).toBe(1); // on connecting: what committed before LISTEN was never announced
      const pid = await slow.backendPid();
      await platform.db.query('SELECT pg_terminate_backend($1)', [pid]);
      await eventually(async () => slow.live, (live) => !live, 5000, 'the loss noticed');
      expect(slowResets).toBe(2);
      expect(await slow.fence()).toBe(false);
      await eventually(async () => slow.live, (live) => live, 10000, 'listening again');
      expect(slowResets).toBe(3);
      expect(await slow.backendPid()).not.toBe(pid);
      expect(await slow.fence()).toBe(true);
    } finally {
      await slow.stop();
    }
    expect(await during(() => platform.db.query(`UPDATE users SET name = name`))).toEqual([{ table: 'users', postingIds: null }]);
  });

  it('stays off while a notification trigger is missing or disabled, and goes live once it is back', async () => {
    await platform.db.query('ALTER TABLE users DISABLE TRIGGER users_notify_update');
    const warnings: string[] = [];
    const guarded = new ChangeFeed({ url: platform.databaseUrl, reconnectMs: 100, requiredTriggers: CHANGE_NOTIFICATION_TRIGGERS, onWarning: (m, e) => warnings.push(`${m}: ${String(e)}`) });
    try {
      guarded.start();
      await eventually(async () => warnings.length, (n) => n >= 2, 5000, 'two refused attempts');
      expect(guarded.live).toBe(false);
      expect(await guarded.fence()).toBe(false);
      expect(warnings[0]).toMatch(/users_notify_update/);
    } finally {
      await platform.db.query('ALTER TABLE users ENABLE TRIGGER users_notify_update');
    }
    try {
      await eventually(async () => guarded.live, (live) => live, 15000, 'live once the trigger is back');
      expect(await guarded.fence()).toBe(true);
    } finally {
      await guarded.stop();
    }
    expect(guarded.live).toBe(false);
  });

  it('answers fences false when stopped', async () => {
    const stopped = new ChangeFeed({ url: platform.databaseUrl });
    expect(stopped.live).toBe(false);
    expect(await stopped.fence()).toBe(false);
  });
});

/** Inserts rows that reference nothing (foreign keys off for one transaction), with the notification triggers on. */
async function withoutForeignKeys(client: PoolClient, write: () => Promise<unknown>): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('ALTER TABLE suggestions DISABLE TRIGGER ALL');
    await client.query('ALTER TABLE suggestions ENABLE TRIGGER USER');
    await write();
    await client.query('ALTER TABLE suggestions ENABLE TRIGGER ALL');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

describe('parseChange', () => {
  it('reads a table name alone as "any row", and a list of ids as those postings', () => {
    expect(parseChange('users')).toEqual({ table: 'users', postingIds: null });
    expect(parseChange('applications:a,b')).toEqual({ table: 'applications', postingIds: ['a', 'b'] });
    expect(parseChange('applications:')).toEqual({ table: 'applications', postingIds: null });
  });
});
