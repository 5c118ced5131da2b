// npm run db:backup [-- <file>]: an online, consistent backup of DATABASE_URL (the server may run).
// Without a file name it writes backups/<database>-<UTC time>.db.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "@/lib/db/backup";
import { sqliteFilePath } from "@/lib/db/sqlite-file";
import { env } from "@/lib/env";

async function main() {
  const source = sqliteFilePath(env.DATABASE_URL);
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const destination = path.resolve(
    process.argv[2] ?? path.join("backups", `${path.basename(source, ".db")}-${stamp}.db`),
  );
  mkdirSync(path.dirname(destination), { recursive: true });
  const started = Date.now();
  const check = await backupDatabase(source, destination);
  console.log(
    `Backed up ${source} to ${destination}: ${check.pages} pages, ${check.migrations} migrations, integrity ok (${Date.now() - started} ms)`,
  );
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
