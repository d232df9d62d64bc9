import 'reflect-metadata';
import { loadEnvironment } from '@embauche/common';
import { dataSourceOptions } from '@embauche/schema';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { seedSkills } from '@embauche/skills/skills.repository';
import { TemplateCatalog } from '@embauche/templates/template-catalog';
import { seedTemplates } from '@embauche/templates/templates.repository';
import { DataSource } from 'typeorm';
import { runCli } from './run-cli';

/** `npm run seed`: loads the bundled skills taxonomy and job templates. Idempotent. */
runCli(async () => {
  const env = loadEnvironment(process.env, 'api');
  const dataSource = await new DataSource(dataSourceOptions(env.DATABASE_URL, { poolSize: 2, applicationName: 'embauche-seed' })).initialize();
  try {
    const catalog = SkillCatalog.fromBundledData();
    const skills = await seedSkills(dataSource, catalog.all(), catalog.relations());
    const templates = await seedTemplates(dataSource, TemplateCatalog.fromBundledData().list());
    console.log(
      `Seeded ${catalog.all().length} skills and ${catalog.relations().length} relations ` +
        `(${skills.inserted} inserted, ${skills.updated} updated, ${skills.deleted} deleted); ` +
        `templates: ${templates.inserted} inserted, ${templates.updated} updated`,
    );
  } finally {
    await dataSource.destroy();
  }
});
