import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each application entered its current status (the pipeline board's "time in stage"). Existing
 * rows take the time of their last move from the audit trail, or when they were created.
 */
export class StatusChangedAt1796500000000 implements MigrationInterface {
  name = 'StatusChangedAt1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" ADD "status_changed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "applications" a SET "status_changed_at" = COALESCE(
         (SELECT max(e.at) FROM "application_events" e WHERE e.application_id = a.id AND e.to_status = a.status AND e.type IN ('transition', 'withdrawn', 'erased')),
         a.created_at)`,
    );
    await queryRunner.query(`ALTER TABLE "applications" ALTER COLUMN "status_changed_at" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "applications" ALTER COLUMN "status_changed_at" SET DEFAULT now()`);
    await queryRunner.query(`CREATE INDEX "idx_applications_pipeline" ON "applications" ("job_posting_id", "status", "status_changed_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_applications_pipeline"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "status_changed_at"`);
  }
}
