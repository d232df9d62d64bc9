import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Each profile's languages as packed codes (libs/matching/src/skill-codes.ts:
 * (a·26 + b) << 3 | CEFR rank for a two-ASCII-letter code, −1 otherwise),
 * kept by the profile trigger of SkillCodes beside the skill codes; the
 * existing rows are filled at the end.
 */
export class LanguageCodes1795355673081 implements MigrationInterface {
    name = 'LanguageCodes1795355673081'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "candidate_profiles" ADD "language_codes" integer array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`CREATE FUNCTION packed_language_codes(profile_languages jsonb) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
            SELECT coalesce(array_agg(
                     CASE
                       WHEN coalesce(e.v->>'language', '') !~ '^[A-Za-z]{2}$' OR r.rank IS NULL THEN -1
                       ELSE ((ascii(lower(substr(e.v->>'language', 1, 1))) - 97) * 26 + (ascii(lower(substr(e.v->>'language', 2, 1))) - 97)) * 8 + r.rank
                     END ORDER BY e.ord), '{}')
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(profile_languages) = 'array' THEN profile_languages ELSE '[]'::jsonb END) WITH ORDINALITY AS e(v, ord)
              CROSS JOIN LATERAL (SELECT CASE e.v->>'level'
                WHEN 'A1' THEN 0 WHEN 'A2' THEN 1 WHEN 'B1' THEN 2 WHEN 'B2' THEN 3 WHEN 'C1' THEN 4 WHEN 'C2' THEN 5 WHEN 'native' THEN 6
              END AS rank) r
        $$`);
        await queryRunner.query(`CREATE OR REPLACE FUNCTION candidate_profiles_skill_codes() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.skill_codes := packed_skill_codes(NEW.skills);
              NEW.language_codes := packed_language_codes(NEW.languages);
              RETURN NEW;
            END
        $$`);
        await queryRunner.query(`UPDATE "candidate_profiles" SET language_codes = packed_language_codes(languages)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE OR REPLACE FUNCTION candidate_profiles_skill_codes() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.skill_codes := packed_skill_codes(NEW.skills);
              RETURN NEW;
            END
        $$`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS packed_language_codes(jsonb)`);
        await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP COLUMN "language_codes"`);
    }

}
