import { dealDataVersion } from "@/lib/db/data-version";
import { databaseHealth } from "@/lib/db/health";

/** The name server/answer-cache.mjs looks the function up by, on globalThis. */
const ANSWER_VERSION = Symbol.for("chip-deals.answer-version");

/**
 * Tells the production server's answer cache (server/answer-cache.mjs) the version its answers
 * are kept under: the data version while the database is healthy, null (cache nothing, let the
 * app answer, with a 503) while it is not. Called once at start-up by instrumentation.ts.
 */
export function registerAnswerVersion(): void {
  (globalThis as Record<symbol, unknown>)[ANSWER_VERSION] = answerVersion;
}

async function answerVersion(): Promise<string | null> {
  return (await databaseHealth()).ok ? dealDataVersion() : null;
}
