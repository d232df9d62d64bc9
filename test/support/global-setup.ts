import { execFileSync } from 'node:child_process';
import { dropDatabase, adminQuery } from './test-database';
import { distFile, ROOT, TEMPLATE_DB, urlFor } from './test-env';

/**
 * Once per `jest` run: make sure the apps are built, then build the template
 * database every test file clones (migrations applied, reference data seeded).
 */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, [`${ROOT}/scripts/ensure-built.js`], { stdio: 'inherit' });
  await dropDatabase(TEMPLATE_DB);
  await adminQuery(`CREATE DATABASE "${TEMPLATE_DB}"`);
  const env = { ...process.env, DATABASE_URL: urlFor(TEMPLATE_DB), LOG_LEVEL: 'warn' };
  for (const script of ['migrate', 'seed']) {
    execFileSync(process.execPath, [distFile('api', `cli/${script}.js`)], { env, stdio: 'pipe' });
  }
}
