import { MigrationInterface, QueryRunner } from "typeorm";

export class Sourcing1795347518370 implements MigrationInterface {
    name = 'Sourcing1795347518370'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sourcing_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_posting_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'queued', "requested_by" uuid, "scanned" integer NOT NULL DEFAULT '0', "kept" integer NOT NULL DEFAULT '0', "failure_reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_1d66c7a2d30febf1948bdbfdbc4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_sourcing_runs_posting" ON "sourcing_runs"  ("job_posting_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "suggestions" ("job_posting_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "run_id" uuid NOT NULL, "score" double precision NOT NULL, "must_haves_met" boolean NOT NULL, "breakdown" jsonb NOT NULL, "profile_revision" integer NOT NULL, "requirements_version" integer NOT NULL, "scorer_version" integer NOT NULL, "scored_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1393e34896cd15febe86c87fae2" PRIMARY KEY ("job_posting_id", "candidate_id"))`);
        await queryRunner.query(`ALTER TABLE "sourcing_runs" ADD CONSTRAINT "FK_fec383a561fb0e9d6e70fc4d21e" FOREIGN KEY ("job_posting_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "suggestions" ADD CONSTRAINT "FK_5fd3f713efebb139ac4226b1320" FOREIGN KEY ("job_posting_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "suggestions" ADD CONSTRAINT "FK_2c77a1da7a5d2be4c8c6c954707" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Written by hand: ranked suggestions in the order of MATCHING.md (the entity marks it synchronize: false).
        await queryRunner.query(`CREATE INDEX "idx_suggestions_ranking" ON "suggestions" ("job_posting_id", "must_haves_met" DESC, "score" DESC, "candidate_id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_suggestions_ranking"`);
        await queryRunner.query(`ALTER TABLE "suggestions" DROP CONSTRAINT "FK_2c77a1da7a5d2be4c8c6c954707"`);
        await queryRunner.query(`ALTER TABLE "suggestions" DROP CONSTRAINT "FK_5fd3f713efebb139ac4226b1320"`);
        await queryRunner.query(`ALTER TABLE "sourcing_runs" DROP CONSTRAINT "FK_fec383a561fb0e9d6e70fc4d21e"`);
        await queryRunner.query(`DROP TABLE "suggestions"`);
        await queryRunner.query(`DROP INDEX "public"."idx_sourcing_runs_posting"`);
        await queryRunner.query(`DROP TABLE "sourcing_runs"`);
    }

}
