import { dropDatabase } from './test-database';
import { templateDb } from './test-env';

export default async function globalTeardown(): Promise<void> {
  await dropDatabase(templateDb());
}
