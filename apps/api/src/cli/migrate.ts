import 'reflect-metadata';
import { loadEnvironment } from '@embauche/common';
import { ensureDatabase, redactUrl } from '@embauche/database';
import { migrate } from '@embauche/schema';
import { runCli } from './run-cli';

/** `npm run migrate`: creates the database when missing, then applies pending migrations. */
runCli(async () => {
  const env = loadEnvironment(process.env, 'api');
  if (await ensureDatabase(env.DATABASE_URL)) console.log(`Created database ${redactUrl(env.DATABASE_URL)}`);
  const applied = await migrate(env.DATABASE_URL);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');
});
