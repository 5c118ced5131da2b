// DATABASE_URL decides the engine: file:... is the embedded SQLite file, postgresql://... a server.

export type DatabaseProvider = "sqlite" | "postgresql";

export const POSTGRES_URL = /^postgres(ql)?:\/\//;

export function databaseProvider(url: string): DatabaseProvider {
  return POSTGRES_URL.test(url) ? "postgresql" : "sqlite";
}
