import { MigrationInterface, QueryRunner } from "typeorm";

export class BlindReviewAndRankingKeys1795347863386 implements MigrationInterface {
    name = 'BlindReviewAndRankingKeys1795347863386'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "applications" ADD "identity_revealed_at" TIMESTAMP(3) WITH TIME ZONE`);
        // By hand: the ranking order (must-haves met first, score desc, candidate id asc) as one ascending key,
        // so "after this cursor" is a single row comparison the index can seek to, however deep the page.
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_applications_ranking"`);
        await queryRunner.query(`CREATE INDEX "idx_applications_ranking" ON "applications" ("job_posting_id", (NOT "match_must_haves_met"), (-"match_score"), "candidate_id") WHERE "match_status" = 'scored'`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_suggestions_ranking"`);
        await queryRunner.query(`CREATE INDEX "idx_suggestions_ranking" ON "suggestions" ("job_posting_id", (NOT "must_haves_met"), (-"score"), "candidate_id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_suggestions_ranking"`);
        await queryRunner.query(`CREATE INDEX "idx_suggestions_ranking" ON "suggestions" ("job_posting_id", "must_haves_met" DESC, "score" DESC, "candidate_id")`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_applications_ranking"`);
        await queryRunner.query(`CREATE INDEX "idx_applications_ranking" ON "applications" ("job_posting_id", "match_must_haves_met" DESC, "match_score" DESC, "candidate_id") WHERE "match_status" = 'scored'`);
        await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "identity_revealed_at"`);
    }

}
