import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Breakdowns become `json` (their text as written) instead of `jsonb`: they
 * are only ever stored and read whole, and rendering jsonb back to text was
 * most of Postgres's work for a ranked page. Converted in place (the generated
 * DROP + ADD would have lost every stored explanation).
 */
export class BreakdownsAsJsonText1795356483199 implements MigrationInterface {
    name = 'BreakdownsAsJsonText1795356483199'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "applications" ALTER COLUMN "match_breakdown" TYPE json USING "match_breakdown"::json`);
        await queryRunner.query(`ALTER TABLE "suggestions" ALTER COLUMN "breakdown" TYPE json USING "breakdown"::json`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "suggestions" ALTER COLUMN "breakdown" TYPE jsonb USING "breakdown"::jsonb`);
        await queryRunner.query(`ALTER TABLE "applications" ALTER COLUMN "match_breakdown" TYPE jsonb USING "match_breakdown"::jsonb`);
    }

}
