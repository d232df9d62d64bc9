import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1796304935547 implements MigrationInterface {
    name = 'Notifications1796304935547'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "email_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "recipient_user_id" uuid NOT NULL, "to_address" character varying(320), "language" character varying(2), "template" character varying(60) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" character varying(500), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_email_deliveries_event_recipient" UNIQUE ("event_id", "recipient_user_id", "template"), CONSTRAINT "PK_aa4e94683dafee7c55aaeb9f59d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_email_deliveries_recipient" ON "email_deliveries"  ("recipient_user_id") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE INDEX "idx_email_deliveries_due" ON "email_deliveries"  ("next_attempt_at") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE TABLE "outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(60) NOT NULL, "organization_id" uuid, "candidate_id" uuid, "data" jsonb NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "dispatch_due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_outbox_organization" ON "outbox"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "idx_outbox_undispatched" ON "outbox"  ("dispatch_due_at") WHERE dispatched_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "webhook_attempts" ("id" BIGSERIAL NOT NULL, "delivery_id" uuid NOT NULL, "attempted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "status_code" integer, "latency_ms" integer NOT NULL, "response_excerpt" character varying(1000), "error" character varying(500), CONSTRAINT "PK_2de7e7887ad97de459adab62638" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_webhook_attempts_delivery" ON "webhook_attempts"  ("delivery_id", "id") `);
        await queryRunner.query(`CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "event_type" character varying(60) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_status_code" integer, "last_error" character varying(500), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_webhook_deliveries_event_endpoint" UNIQUE ("event_id", "endpoint_id"), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_webhook_deliveries_endpoint_created" ON "webhook_deliveries"  ("endpoint_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "idx_webhook_deliveries_due" ON "webhook_deliveries"  ("next_attempt_at") WHERE status = 'pending'`);
        await queryRunner.query(`CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "url" character varying(2048) NOT NULL, "description" character varying(500) NOT NULL DEFAULT '', "event_types" text array NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" character varying(40), "secret" character varying(200) NOT NULL, "previous_secret" character varying(200), "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, "failing_since" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "idx_webhook_endpoints_org_created" ON "webhook_endpoints"  ("organization_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "users" ADD "preferred_language" character varying(2)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "preferred_language"`);
        await queryRunner.query(`DROP INDEX "public"."idx_webhook_endpoints_org_created"`);
        await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
        await queryRunner.query(`DROP INDEX "public"."idx_webhook_deliveries_due"`);
        await queryRunner.query(`DROP INDEX "public"."idx_webhook_deliveries_endpoint_created"`);
        await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
        await queryRunner.query(`DROP INDEX "public"."idx_webhook_attempts_delivery"`);
        await queryRunner.query(`DROP TABLE "webhook_attempts"`);
        await queryRunner.query(`DROP INDEX "public"."idx_outbox_undispatched"`);
        await queryRunner.query(`DROP INDEX "public"."idx_outbox_organization"`);
        await queryRunner.query(`DROP TABLE "outbox"`);
        await queryRunner.query(`DROP INDEX "public"."idx_email_deliveries_due"`);
        await queryRunner.query(`DROP INDEX "public"."idx_email_deliveries_recipient"`);
        await queryRunner.query(`DROP TABLE "email_deliveries"`);
    }

}
