import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every write to a table the API's read cache draws on notifies the channel
 * `embauche_changes` at commit (see libs/database/src/change-feed.ts):
 * - applications and suggestions name the postings they touched
 *   (`applications:<id>,<id>`), so a scoring batch drops only those
 *   postings' cached pages; more ids than fit in a notification, or a
 *   TRUNCATE, send the bare table name (everything);
 * - users, candidate_profiles, job_postings and organizations send their
 *   table name: they change rarely and drop every cached read.
 * Statement-level triggers (one notification per statement, not per row),
 * with transition tables so that a statement that changed no row (an
 * `INSERT … ON CONFLICT DO NOTHING` that found its row, an UPDATE matching
 * nothing) says nothing. Trigger names: `<table>_notify_<event>`, as
 * CHANGE_NOTIFICATION_TRIGGERS lists them.
 */
const POSTING_TABLES = ['applications', 'suggestions'];
const OTHER_TABLES = ['users', 'candidate_profiles', 'job_postings', 'organizations'];
const EVENTS = ['insert', 'update', 'delete'] as const;

export class ChangeNotifications1795360800000 implements MigrationInterface {
  name = 'ChangeNotifications1795360800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_table_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('embauche_changes', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    // The transition table is called "changed" for every event (new rows for
    // INSERT and UPDATE, old rows for DELETE).
    await queryRunner.query(`
      CREATE FUNCTION notify_table_rows_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed) THEN
          PERFORM pg_notify('embauche_changes', TG_TABLE_NAME);
        END IF;
        RETURN NULL;
      END $$`);
    // job_posting_id never changes, so the new rows name every posting an UPDATE touched.
    await queryRunner.query(`
      CREATE FUNCTION notify_posting_rows_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids text;
      BEGIN
        SELECT string_agg(DISTINCT job_posting_id::text, ',') INTO ids FROM changed;
        IF ids IS NULL THEN RETURN NULL; END IF;
        PERFORM pg_notify('embauche_changes', TG_TABLE_NAME || CASE WHEN length(ids) <= 7000 THEN ':' || ids ELSE '' END);
        RETURN NULL;
      END $$`);
    for (const table of [...POSTING_TABLES, ...OTHER_TABLES]) {
      const fn = POSTING_TABLES.includes(table) ? 'notify_posting_rows_change' : 'notify_table_rows_change';
      for (const event of EVENTS) {
        const transition = event === 'delete' ? 'OLD TABLE AS changed' : 'NEW TABLE AS changed';
        await queryRunner.query(
          `CREATE TRIGGER ${table}_notify_${event} AFTER ${event.toUpperCase()} ON ${table} REFERENCING ${transition}
             FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        );
      }
      await queryRunner.query(`CREATE TRIGGER ${table}_notify_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...POSTING_TABLES, ...OTHER_TABLES]) {
      for (const event of [...EVENTS, 'truncate']) await queryRunner.query(`DROP TRIGGER ${table}_notify_${event} ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION notify_posting_rows_change()`);
    await queryRunner.query(`DROP FUNCTION notify_table_rows_change()`);
    await queryRunner.query(`DROP FUNCTION notify_table_change()`);
  }
}
