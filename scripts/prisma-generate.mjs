// Generates both Prisma clients from the one schema source: lib/generated/prisma (SQLite) and
// lib/generated/prisma-pg (PostgreSQL, from the schema scripts/prisma-pg-schema.mjs writes).
// Each runs with a URL of its own provider, so prisma.config.ts picks the matching adapter.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
execFileSync(process.execPath, [path.join(root, "scripts", "prisma-pg-schema.mjs")], { stdio: "inherit" });
const prisma = path.join(root, "node_modules", ".bin", "prisma");
const clients = [
  ["prisma/schema.prisma", "file:./prisma/generate.db"],
  ["prisma/postgresql/schema.prisma", "postgresql://localhost/generate"],
];
for (const [schema, url] of clients) {
  execFileSync(prisma, ["generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
  });
}
