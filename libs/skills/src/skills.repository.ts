import { Injectable } from '@nestjs/common';
import { queryRows } from '@embauche/database/query-rows';
import { runInTransaction } from '@embauche/database/transaction';
import { DataSource } from 'typeorm';
import { SkillCatalog } from './skill-catalog';
import type { SkillDefinition, SkillRelation } from './skill.types';
import { SkillEntity, SkillRelationEntity } from './skill.entity';

export interface SeedReport {
  inserted: number;
  updated: number;
  deleted: number;
}

@Injectable()
export class SkillsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The whole taxonomy, as the in-memory catalog both apps resolve and score with. */
  async loadCatalog(): Promise<SkillCatalog> {
    const [skills, relations] = await Promise.all([
      this.dataSource.getRepository(SkillEntity).find({ order: { id: 'ASC' } }),
      this.dataSource.getRepository(SkillRelationEntity).find(),
    ]);
    return new SkillCatalog(
      skills.map((s) => ({ id: s.id, kind: s.kind, category: s.category, labels: s.labels, aliases: s.aliases }) as SkillDefinition),
      relations.map((r) => ({ from: r.fromSkillId, to: r.toSkillId, strength: r.strength })),
      new Map(skills.map((s) => [s.id, s.code])),
    );
  }
}

/**
 * Makes the tables equal to the bundled files in one transaction. Rows that
 * already match are not touched (IS DISTINCT FROM), so seeding twice changes nothing.
 */
export async function seedSkills(dataSource: DataSource, skills: readonly SkillDefinition[], relations: readonly SkillRelation[]): Promise<SeedReport> {
  return runInTransaction(dataSource, async (m) => {
    // Changed skills are updated, new ones inserted in the order of the data, and nothing else is
    // touched: an INSERT … ON CONFLICT would draw a code (identity) for every row it tries, so every
    // start would burn one code per skill.
    const skillsJson = JSON.stringify(skills);
    const updated: unknown = await m.query(
      `UPDATE skills k SET kind = s.kind, category = s.category, labels = s.labels, aliases = s.aliases
         FROM jsonb_to_recordset($1::jsonb) AS s(id text, kind text, category text, labels jsonb, aliases jsonb)
        WHERE k.id = s.id AND (k.kind, k.category, k.labels, k.aliases) IS DISTINCT FROM (s.kind, s.category, s.labels, s.aliases)
       RETURNING k.id`,
      [skillsJson],
    );
    const inserted: unknown = await m.query(
      `INSERT INTO skills (id, kind, category, labels, aliases)
       SELECT s.id, s.kind, s.category, s.labels, s.aliases
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(v, ord),
              jsonb_to_record(e.v) AS s(id text, kind text, category text, labels jsonb, aliases jsonb)
        WHERE NOT EXISTS (SELECT 1 FROM skills k WHERE k.id = s.id)
        ORDER BY e.ord
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [skillsJson],
    );
    const goneRelations = await m.query(
      `DELETE FROM skill_relations r WHERE NOT EXISTS (
         SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS n("from" text, "to" text) WHERE n."from" = r.from_skill_id AND n."to" = r.to_skill_id)`,
      [JSON.stringify(relations)],
    );
    const goneSkills = await m.query(`DELETE FROM skills WHERE NOT (id = ANY($1::text[]))`, [skills.map((s) => s.id)]);
    const relationRows: Array<{ inserted: boolean }> = await m.query(
      `INSERT INTO skill_relations (from_skill_id, to_skill_id, strength)
       SELECT n."from", n."to", n.strength FROM jsonb_to_recordset($1::jsonb) AS n("from" text, "to" text, strength double precision)
       ON CONFLICT (from_skill_id, to_skill_id) DO UPDATE SET strength = EXCLUDED.strength
        WHERE skill_relations.strength IS DISTINCT FROM EXCLUDED.strength
       RETURNING (xmax = 0) AS inserted`,
      [JSON.stringify(relations)],
    );
    return {
      inserted: queryRows(inserted).length + relationRows.filter((r) => r.inserted).length,
      updated: queryRows(updated).length + relationRows.filter((r) => !r.inserted).length,
      deleted: affected(goneRelations) + affected(goneSkills),
    };
  });
}

function affected(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
