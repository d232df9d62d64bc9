import { MigrationInterface, QueryRunner } from "typeorm";

export class PostingsCandidatesApplications1795347152432 implements MigrationInterface {
    name = 'PostingsCandidatesApplications1795347152432'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "job_postings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "template_id" character varying(80) NOT NULL, "status" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "language" character varying(2) NOT NULL, "country" character varying(2) NOT NULL, "city" character varying(100) NOT NULL, "city_key" character varying(100) NOT NULL, "seniority" character varying(10) NOT NULL, "remote_policy" character varying(10) NOT NULL, "employment_type" character varying(16) NOT NULL, "salary_min" integer, "salary_max" integer, "salary_currency" character varying(3), "salary_period" character varying(5), "requirements" jsonb NOT NULL, "requirements_version" integer NOT NULL DEFAULT '1', "skill_ids" text array NOT NULL DEFAULT '{}', "hiring_manager_ids" uuid array NOT NULL DEFAULT '{}', "created_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP(3) WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_dda635ece382c8ad2d90a179182" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_job_postings_city_key" ON "job_postings"  ("city_key") `);
        await queryRunner.query(`CREATE INDEX "idx_job_postings_board" ON "job_postings"  ("published_at", "id") WHERE "status" = 'published'`);
        await queryRunner.query(`CREATE INDEX "idx_job_postings_org_created" ON "job_postings"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_posting_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'applied', "cover_letter" text, "applied_with_revision" integer NOT NULL, "anonymized" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "match_status" character varying(8) NOT NULL DEFAULT 'pending', "match_score" double precision, "match_must_haves_met" boolean, "match_breakdown" jsonb, "match_scored_at" TIMESTAMP(3) WITH TIME ZONE, "match_profile_revision" integer NOT NULL, "match_requirements_version" integer NOT NULL, "match_scorer_version" integer, "match_generation" integer NOT NULL DEFAULT '1', "match_pending_since" TIMESTAMP(3) WITH TIME ZONE, "match_failure_reason" text, CONSTRAINT "uq_applications_posting_candidate" UNIQUE ("job_posting_id", "candidate_id"), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_applications_candidate_created" ON "applications"  ("candidate_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "application_events" ("id" BIGSERIAL NOT NULL, "application_id" uuid NOT NULL, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "type" character varying(16) NOT NULL, "from_status" character varying(12), "to_status" character varying(12), "note" text, "revealed" jsonb, CONSTRAINT "PK_fd185969787381d8bf8c529bc00" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_application_events_application" ON "application_events"  ("application_id", "id") `);
        await queryRunner.query(`CREATE TABLE "candidate_profiles" ("candidate_id" uuid NOT NULL, "headline" character varying(200), "summary" text, "country" character varying(2), "city" character varying(100), "remote_preference" character varying(10) NOT NULL DEFAULT 'any', "willing_to_relocate" boolean NOT NULL DEFAULT false, "years_experience" real, "education_level" character varying(12), "salary_amount" integer, "salary_currency" character varying(3), "salary_period" character varying(5), "skills" jsonb NOT NULL DEFAULT '[]', "languages" jsonb NOT NULL DEFAULT '[]', "discoverable" boolean NOT NULL DEFAULT false, "discoverable_since" TIMESTAMP(3) WITH TIME ZONE, "revision" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0a41e1bfb6bd316509af5f17b71" PRIMARY KEY ("candidate_id"))`);
        await queryRunner.query(`CREATE INDEX "idx_candidate_profiles_discoverable" ON "candidate_profiles"  ("candidate_id") WHERE "discoverable"`);
        await queryRunner.query(`ALTER TABLE "job_postings" ADD CONSTRAINT "FK_946f36539ab94b48c27ebd7012c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "job_postings" ADD CONSTRAINT "FK_74c1d4922c7ee3d89a391bd69b2" FOREIGN KEY ("template_id") REFERENCES "job_templates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_770f0a8b0033dd04c3fcc55d695" FOREIGN KEY ("job_posting_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_b669b991b85b808f24b5734990a" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "application_events" ADD CONSTRAINT "FK_58159d663fba2a48144c5ed3f4d" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "candidate_profiles" ADD CONSTRAINT "FK_0a41e1bfb6bd316509af5f17b71" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        // Written by hand (TypeORM cannot express them; the entities mark them synchronize: false).
        await queryRunner.query(`CREATE INDEX "idx_job_postings_skill_ids" ON "job_postings" USING gin ("skill_ids")`);
        await queryRunner.query(`CREATE INDEX "idx_job_postings_hiring_managers" ON "job_postings" USING gin ("hiring_manager_ids")`);
        await queryRunner.query(`CREATE INDEX "idx_job_postings_search" ON "job_postings" USING gin ((to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(description, ''))))`);
        // Ranked matches: the order of MATCHING.md (must-haves met first, score desc, candidate id), per posting.
        await queryRunner.query(`CREATE INDEX "idx_applications_ranking" ON "applications" ("job_posting_id", "match_must_haves_met" DESC, "match_score" DESC, "candidate_id") WHERE "match_status" = 'scored'`);
        await queryRunner.query(`CREATE INDEX "idx_applications_match_pending" ON "applications" ("match_pending_since") WHERE "match_status" = 'pending'`);
        // The audit trail is append-only. The one change allowed is erasing a note (GDPR erasure).
        await queryRunner.query(`CREATE FUNCTION application_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.note IS NULL
     AND (NEW.id, NEW.application_id, NEW.at, NEW.actor_id, NEW.type, NEW.from_status, NEW.to_status, NEW.revealed::text)
         IS NOT DISTINCT FROM (OLD.id, OLD.application_id, OLD.at, OLD.actor_id, OLD.type, OLD.from_status, OLD.to_status, OLD.revealed::text) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'application_events is append-only' USING ERRCODE = 'insufficient_privilege';
END $$`);
        await queryRunner.query(`CREATE TRIGGER application_events_append_only BEFORE UPDATE OR DELETE ON "application_events" FOR EACH ROW EXECUTE FUNCTION application_events_append_only()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER IF EXISTS application_events_append_only ON "application_events"`);
        await queryRunner.query(`DROP FUNCTION IF EXISTS application_events_append_only()`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_applications_match_pending"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_applications_ranking"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_job_postings_search"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_job_postings_hiring_managers"`);
        await queryRunner.query(`DROP INDEX IF EXISTS "idx_job_postings_skill_ids"`);
        await queryRunner.query(`ALTER TABLE "candidate_profiles" DROP CONSTRAINT "FK_0a41e1bfb6bd316509af5f17b71"`);
        await queryRunner.query(`ALTER TABLE "application_events" DROP CONSTRAINT "FK_58159d663fba2a48144c5ed3f4d"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_b669b991b85b808f24b5734990a"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_770f0a8b0033dd04c3fcc55d695"`);
        await queryRunner.query(`ALTER TABLE "job_postings" DROP CONSTRAINT "FK_74c1d4922c7ee3d89a391bd69b2"`);
        await queryRunner.query(`ALTER TABLE "job_postings" DROP CONSTRAINT "FK_946f36539ab94b48c27ebd7012c"`);
        await queryRunner.query(`DROP INDEX "public"."idx_candidate_profiles_discoverable"`);
        await queryRunner.query(`DROP TABLE "candidate_profiles"`);
        await queryRunner.query(`DROP INDEX "public"."idx_application_events_application"`);
        await queryRunner.query(`DROP TABLE "application_events"`);
        await queryRunner.query(`DROP INDEX "public"."idx_applications_candidate_created"`);
        await queryRunner.query(`DROP TABLE "applications"`);
        await queryRunner.query(`DROP INDEX "public"."idx_job_postings_org_created"`);
        await queryRunner.query(`DROP INDEX "public"."idx_job_postings_board"`);
        await queryRunner.query(`DROP INDEX "public"."idx_job_postings_city_key"`);
        await queryRunner.query(`DROP TABLE "job_postings"`);
    }

}
