#!/usr/bin/env bash
# The database, API, two-instance and browser suites again on PostgreSQL (run inside
# scripts/with-postgres.sh, which provides TEST_POSTGRES_URL and PG_BASE_URL). Reuses the
# production build of test:e2e, making one when there is none.
set -euo pipefail
: "${TEST_POSTGRES_URL:?run me through scripts/with-postgres.sh}"
bash scripts/ensure-nginx.sh
[ -f .next/BUILD_ID ] || npm run build
REQUIRE_SCALE_TEST=1 npx vitest run tests/api/ prisma/ lib/ tests/scale/
E2E_DATABASE_URL="$PG_BASE_URL/chipdeals_e2e" E2E_REBUILD=0 E2E_PORT="${E2E_PG_PORT:-3212}" npx playwright test
