import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobTemplateEntity } from './job-template.entity';
import { TemplateCatalog } from './template-catalog';
import { parseTemplate } from './template-validation';
import type { JobTemplate } from './template.types';

@Injectable()
export class TemplatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The seeded templates as the in-memory catalog the API serves and drafts postings from. */
  async loadCatalog(): Promise<TemplateCatalog> {
    const rows = await this.dataSource.getRepository(JobTemplateEntity).find({ order: { id: 'ASC' } });
    return new TemplateCatalog(rows.map((r) => parseTemplate(r.document)));
  }
}

/** Upserts the bundled templates; a row whose document did not change is left untouched. */
export async function seedTemplates(dataSource: DataSource, templates: readonly JobTemplate[]): Promise<{ inserted: number; updated: number }> {
  const rows: Array<{ inserted: boolean }> = await dataSource.query(
    `INSERT INTO job_templates (id, version, document)
     SELECT t.id, t.version, t.document FROM jsonb_to_recordset($1::jsonb) AS t(id text, version int, document jsonb)
     ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, document = EXCLUDED.document, updated_at = now()
      WHERE (job_templates.version, job_templates.document) IS DISTINCT FROM (EXCLUDED.version, EXCLUDED.document)
     RETURNING (xmax = 0) AS inserted`,
    [JSON.stringify(templates.map((t) => ({ id: t.id, version: t.version, document: t })))],
  );
  return { inserted: rows.filter((r) => r.inserted).length, updated: rows.filter((r) => !r.inserted).length };
}
