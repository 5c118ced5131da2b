// Empties the database DATABASE_URL names (deletes the SQLite file, or drops and re-creates the
// PostgreSQL database), then migrates and seeds it afresh. (prisma migrate reset does not work
// with the driver adapter; see STACK.md.)
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { databaseProvider } from "@/lib/db/provider.mjs";
import { env } from "@/lib/env";
import { migrateDatabase } from "./prisma.mjs";

if (databaseProvider(env.DATABASE_URL) === "postgresql") {
  execFileSync(process.execPath, [path.join("scripts", "pg-database.mjs"), "recreate", env.DATABASE_URL], {
    stdio: "inherit",
  });
  console.log("Re-created the PostgreSQL database");
} else {
  const file = path.resolve(env.DATABASE_URL.replace(/^file:/, ""));
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  console.log(`Removed ${file}`);
}
migrateDatabase({ echo: true });
execFileSync(path.join("node_modules", ".bin", "tsx"), [path.join("prisma", "seed.ts")], { stdio: "inherit" });
