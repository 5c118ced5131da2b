// Real faults on real SQLite files, for the fault tests (never a mock): a copy to break, a
// writer in another process holding a lock, a file overwritten in place.
import { spawn, type ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import { copyFileSync, mkdirSync, openSync, closeSync, writeSync } from "node:fs";
import path from "node:path";
import { sqliteFilePath } from "@/lib/db/sqlite-file";
import { TEST_DB_DIR } from "./test-dir";

const ROOT = path.resolve(__dirname, "../..");

/** A private copy of the database at `url` (closed, checkpointed), as a new file: URL. */
export function copyDatabase(url: string, name: string, dir = TEST_DB_DIR): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.db`);
  copyFileSync(sqliteFilePath(url), file);
  return `file:${file}`;
}

/** Overwrites the first 4 KiB (the header and the schema page) in place, as a disk error would. */
export function corruptInPlace(file: string): void {
  const fd = openSync(file, "r+");
  try {
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
  } finally {
    closeSync(fd);
  }
}

export interface LockHolder {
  release(): Promise<void>;
}

/**
 * Another process opens `file` in exclusive locking mode and holds a write transaction until
 * released. In WAL mode this blocks readers only when it gets in while no other connection has
 * the file open (readers keep a shared lock); otherwise readers go on and `mode: "write"` is the
 * ordinary case of a writer in the middle of a transaction.
 */
export async function holdLock(file: string, mode: "exclusive" | "write" = "exclusive"): Promise<LockHolder> {
  if (mode === "write") return spawnLockHolder(file, mode);
  // Exclusive only if no other connection had the file open; otherwise readers share it. Checked
  // with a reader that must find the file locked, and tried again while some connection lingers.
  for (let attempt = 0; ; attempt++) {
    const holder = await spawnLockHolder(file, mode);
    if (isLockedForReaders(file)) return holder;
    await holder.release();
    if (attempt >= 20) throw new Error(`could not lock ${file} exclusively: another connection keeps it open`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function isLockedForReaders(file: string): boolean {
  const probe = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    probe.prepare("SELECT count(*) FROM sqlite_master").get();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
    throw error;
  } finally {
    probe.close();
  }
}

async function spawnLockHolder(file: string, mode: "exclusive" | "write"): Promise<LockHolder> {
  const script = `
    const Database = require(${JSON.stringify(path.join(ROOT, "node_modules/better-sqlite3"))});
    const db = new Database(${JSON.stringify(file)}, { timeout: 5000, fileMustExist: true });
    if (${JSON.stringify(mode)} === "exclusive") db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.prepare("UPDATE Company SET name = name WHERE id = (SELECT min(id) FROM Company)").run();
    process.stdout.write("locked\\n");
    process.stdin.on("data", () => { db.exec("ROLLBACK"); db.close(); process.exit(0); });
  `;
  const child: ChildProcess = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`lock holder exited with ${code}`)));
    child.stdout!.once("data", () => resolve());
  });
  child.removeAllListeners("exit");
  return {
    release: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.stdin!.write("release\n");
      }),
  };
}
