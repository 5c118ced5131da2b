#!/usr/bin/env bash
# The database, API and browser suites again on PostgreSQL (run inside scripts/with-postgres.sh,
# which provides TEST_POSTGRES_URL and PG_BASE_URL). Reuses the production build of test:e2e.
set -euo pipefail
: "${TEST_POSTGRES_URL:?run me through scripts/with-postgres.sh}"
npx vitest run tests/api prisma lib
E2E_DATABASE_URL="$PG_BASE_URL/chipdeals_e2e" E2E_REBUILD="${E2E_REBUILD:-0}" E2E_PORT="${E2E_PG_PORT:-3212}" \
  npx playwright test
