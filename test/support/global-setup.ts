import { execFileSync } from 'node:child_process';
import { adminQuery, dropAbandonedDatabases, dropDatabase } from './test-database';
import { distFile, ROOT, templateDb, urlFor } from './test-env';

/**
 * Once per `jest` run: make sure the apps are built, then build the template
 * database every test file of this run clones (migrations applied, reference
 * data seeded). The run's pid names it, so concurrent runs never collide.
 */
export default async function globalSetup(): Promise<void> {
  process.env.EMBAUCHE_TEST_RUN = String(process.pid);
  execFileSync(process.execPath, [`${ROOT}/scripts/ensure-built.js`], { stdio: 'inherit' });
  await dropAbandonedDatabases();
  const template = templateDb();
  await dropDatabase(template);
  await adminQuery(`CREATE DATABASE "${template}"`);
  const env = { ...process.env, DATABASE_URL: urlFor(template), LOG_LEVEL: 'warn' };
  for (const script of ['migrate', 'seed']) {
    execFileSync(process.execPath, [distFile('api', `cli/${script}.js`)], { env, stdio: 'pipe' });
  }
}
