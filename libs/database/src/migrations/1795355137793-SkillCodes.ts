import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Integer codes for skills, and each profile's skills as packed codes
 * (libs/matching/src/skill-codes.ts: code << 3 | level, 7 for no level, −1
 * for a skill without a code). The packing is done here, by a trigger on
 * every write of a profile, so no writer (API, import, bulk load) can forget
 * it; the existing rows are filled at the end.
 */
export class SkillCodes1795355137793 implements MigrationInterface {
    name = 'SkillCodes1795355137793'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "candidate_profiles" ADD "skill_codes" integer array NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "skills" ADD "code" integer GENERATED ALWAYS AS IDENTITY NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_skills_code" ON "skills"  ("code") `);
        await queryRunner.query(`CREATE FUNCTION packed_skill_codes(profile_skills jsonb) RETURNS integer[] LANGUAGE sql STABLE AS $$
            SELECT coalesce(array_agg(
                     CASE
                       WHEN k.code IS NULL OR k.code >= 268435456 THEN -1
                       WHEN coalesce(jsonb_typeof(e.v->'level'), 'null') = 'null' THEN k.code * 8 + 7
                       WHEN jsonb_typeof(e.v->'level') = 'number' AND (e.v->>'level')::numeric IN (0, 1, 2, 3, 4, 5, 6)
                         THEN k.code * 8 + (e.v->>'level')::numeric::integer
                       ELSE -1
                     END ORDER BY e.ord), '{}')
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(profile_skills) = 'array' THEN profile_skills ELSE '[]'::jsonb END) WITH ORDINALITY AS e(v, ord)
              LEFT JOIN skills k ON k.id = e.v->>'skillId'
        $$`);
        await queryRunner.query(`CREATE FUNCTION candidate_profiles_skill_codes() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.skill_codes := packed_skill_codes(NEW.skills);
              RETURN NEW;
            END
        $$`);
        await queryRunner.query(`CREATE TRIGGER candidate_profiles_skill_codes BEFORE INSERT OR UPDATE ON "candidate_profiles" FOR EACH ROW EXECUTE FUNCTION candidate_profiles_skill_codes()`);
        await queryRunner.query(`UPDATE "candidate_profiles" SET skill_codes = packed_skill_codes(skills)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER IF EXISTS candidate_profiles_skill_codes ON "candidate_profiles"`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS candidate_profiles_skill_codes()`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS packed_skill_codes(jsonb)`);
        await queryRunner.query(`DROP INDEX "public"."uq_skills_code"`);
        await queryRunner.query(`ALTER TABLE "skills" DROP COLUMN "code"`);
        await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP COLUMN "skill_codes"`);
    }

}
