import os from "node:os";
import path from "node:path";

/** Where a test run keeps its SQLite files (removed by the global teardown). */
export const TEST_DB_DIR = path.join(os.tmpdir(), `chip-deals-test-${process.env.VITEST_RUN_ID ?? process.pid}`);
