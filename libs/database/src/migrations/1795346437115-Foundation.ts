import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795346437115 implements MigrationInterface {
    name = 'Foundation1795346437115'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "blind_review" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320), "name" character varying(200), "role" character varying(20) NOT NULL, "organization_id" uuid, "password_hash" character varying(255), "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") `);
        await queryRunner.query(`CREATE INDEX "idx_users_organization_role" ON "users"  ("organization_id", "role") `);
        await queryRunner.query(`CREATE TABLE "skills" ("id" character varying(80) NOT NULL, "kind" character varying(16) NOT NULL, "category" character varying(40) NOT NULL, "labels" jsonb NOT NULL, "aliases" jsonb NOT NULL, CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_skills_kind" ON "skills"  ("kind") `);
        await queryRunner.query(`CREATE TABLE "skill_relations" ("from_skill_id" character varying(80) NOT NULL, "to_skill_id" character varying(80) NOT NULL, "strength" double precision NOT NULL, CONSTRAINT "PK_b9dbc903aa48408c11d7fc840bf" PRIMARY KEY ("from_skill_id", "to_skill_id"))`);
        await queryRunner.query(`CREATE TABLE "job_templates" ("id" character varying(80) NOT NULL, "version" integer NOT NULL, "document" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_70a1c459c05971020eb799467c8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"`);
        await queryRunner.query(`DROP TABLE "job_templates"`);
        await queryRunner.query(`DROP TABLE "skill_relations"`);
        await queryRunner.query(`DROP INDEX "public"."idx_skills_kind"`);
        await queryRunner.query(`DROP TABLE "skills"`);
        await queryRunner.query(`DROP INDEX "public"."idx_users_organization_role"`);
        await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP TABLE "organizations"`);
    }

}
