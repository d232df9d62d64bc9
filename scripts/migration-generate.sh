#!/usr/bin/env bash
# Generates a migration from the difference between the entities and a scratch
# database migrated to the latest committed state. Usage: npm run migration:generate -- Name
set -euo pipefail
name=${1:?usage: npm run migration:generate -- MigrationName}
cd "$(dirname "$0")/.."
scratch=${MIGRATION_SCRATCH_URL:-postgres://postgres@127.0.0.1:5432/embauche_migration_scratch}
psql "${scratch%/*}/postgres" -qc "DROP DATABASE IF EXISTS ${scratch##*/}" -c "CREATE DATABASE ${scratch##*/}"
npx nest build api
DATABASE_URL=$scratch node dist/apps/api/apps/api/src/cli/migrate.js
DATABASE_URL=$scratch npx typeorm migration:generate -d dist/apps/api/libs/schema/src/data-source.js "libs/database/src/migrations/$name"
echo "Review the file, then list its class in libs/database/src/migrations/index.ts"
