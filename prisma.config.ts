import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider } from "./lib/db/provider.mjs";

// The Prisma CLI does not read .env when this file exists; default here so every
// command resolves (an unresolved URL shows up as a misleading engine-download error).
process.env.DATABASE_URL ??= "file:./prisma/dev.db";
process.env.CHECKPOINT_DISABLE ??= "1";

// DATABASE_URL decides the provider: file:... is SQLite, postgresql://... is PostgreSQL, whose
// schema is generated from prisma/schema.prisma (scripts/prisma-pg-schema.mjs) and whose
// migrations are kept apart in prisma/postgresql/migrations.
const url = process.env.DATABASE_URL;
const postgres = databaseProvider(url) === "postgresql";
const folder = postgres ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => (postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url })),
});
