/**
 * The platform's schema, composed from the domain libs: every entity and migration in one
 * TypeORM configuration, the Nest module that opens it, and the migrate command. Only the apps,
 * their CLI scripts and the tests import it; no lib does, so the domain libs can use
 * libs/database's helpers without a cycle (issue 12, item 7).
 */
export * from './data-source-options';
export * from './database.module';
export * from './entities';
export * from './migrate';
