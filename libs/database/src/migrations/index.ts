import { Foundation1795346437115 } from './1795346437115-Foundation';

/** Every migration, in order. Generated from the entities (npm run migration:generate -- Name), reviewed, then listed here. */
export const MIGRATIONS: Function[] = [Foundation1795346437115];
