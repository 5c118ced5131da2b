// Deletes the SQLite file named by DATABASE_URL, then migrates and seeds it afresh.
// (prisma migrate reset does not work with the driver adapter; see STACK.md.)
import { rmSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { runPrisma } from "./prisma.mjs";

const file = path.resolve(env.DATABASE_URL.replace(/^file:/, ""));
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
console.log(`Removed ${file}`);
for (const args of [
  ["migrate", "deploy"],
  ["db", "seed"],
]) {
  runPrisma(args, { echo: true });
}
