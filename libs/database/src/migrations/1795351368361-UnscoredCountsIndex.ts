import { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by hand: a partial index for the pending/failed counts beside ranked matches. */
export class UnscoredCountsIndex1795351368361 implements MigrationInterface {
  name = 'UnscoredCountsIndex1795351368361';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_applications_unscored" ON "applications" ("job_posting_id") WHERE "match_status" IN ('pending', 'failed')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "idx_applications_unscored"`);
  }
}
