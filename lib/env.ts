import { parseEnv, type Env } from "./env-schema.mjs";

export type { Env };

/** The environment, parsed once at start-up: a bad DATABASE_URL fails loudly here, not on the first query. */
export const env = parseEnv();
