import { MigrationInterface, QueryRunner } from "typeorm";

export class MemberDeactivation1796411110271 implements MigrationInterface {
    name = 'MemberDeactivation1796411110271'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deactivated_at"`);
    }

}
