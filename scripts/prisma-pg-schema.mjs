// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, the one schema source: only the
// datasource provider and the generated client's folder differ. Run by `npm run db:generate`
// (postinstall, build) and by the migration script; git-ignored, never edited by hand.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

function replaceOnce(text, pattern, replacement) {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma: expected to find ${pattern}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL form of a SQLite schema's text. */
export function postgresSchema(source) {
  let schema = replaceOnce(source, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
  schema = replaceOnce(
    schema,
    /output\s*=\s*"\.\.\/lib\/generated\/prisma"/,
    'output       = "../../lib/generated/prisma-pg"',
  );
  return "// GENERATED from prisma/schema.prisma by scripts/prisma-pg-schema.mjs: do not edit.\n" + schema;
}

/** Writes the schema file `source` in its PostgreSQL form to `target`. */
export function writePostgresSchema(
  source = path.join(root, "prisma", "schema.prisma"),
  target = path.join(root, "prisma", "postgresql", "schema.prisma"),
) {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, postgresSchema(readFileSync(source, "utf8")));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writePostgresSchema();
