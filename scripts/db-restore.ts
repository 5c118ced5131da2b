// npm run db:restore [-- <file>]: puts a backup back as DATABASE_URL, online if the server runs.
// Without a file name it takes the newest backups/<database>-*.db.
import { readdirSync } from "node:fs";
import path from "node:path";
import { restoreDatabase } from "@/lib/db/backup";
import { sqliteFilePath } from "@/lib/db/sqlite-file";
import { env } from "@/lib/env";

function newestBackup(target: string): string {
  const prefix = `${path.basename(target, ".db")}-`;
  const names = readdirSync("backups")
    .filter((n) => n.startsWith(prefix) && n.endsWith(".db"))
    .sort();
  if (!names.length) throw new Error(`no backups/${prefix}*.db to restore; name one: npm run db:restore -- <file>`);
  return path.resolve("backups", names.at(-1)!);
}

async function main() {
  const target = sqliteFilePath(env.DATABASE_URL);
  const backup = path.resolve(process.argv[2] ?? newestBackup(target));
  const mode = await restoreDatabase(backup, target);
  console.log(
    mode === "online"
      ? `Restored ${backup} into ${target} online (one transaction; running servers kept their connections)`
      : `Restored ${backup} as ${target} (the file was missing or damaged; running servers reconnect by themselves)`,
  );
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
