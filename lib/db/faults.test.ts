import { writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { copyDatabase, holdLock } from "@/tests/setup/sqlite-faults";
import { TEST_DB_DIR } from "@/tests/setup/test-db";
import { createPrismaClient } from "./client";
import { databaseFaultOf } from "./faults";
import { sqliteFilePath } from "./sqlite-file";

/** The error a one-row read on `client` fails with (real SQLite, real Prisma). */
async function failure(client: PrismaClient): Promise<unknown> {
  try {
    await client.deal.findFirst({ select: { id: true } });
  } catch (error) {
    return error;
  } finally {
    await client.$disconnect();
  }
  throw new Error("the query succeeded");
}

describe("classifying database errors", () => {
  it("a missing file (never created)", async () => {
    const url = `file:${path.join(TEST_DB_DIR, "faults-nowhere.db")}`;
    expect(databaseFaultOf(await failure(createPrismaClient(url, { fileMustExist: true })))).toBe("missing");
  });

  it("a file that is not a database", async () => {
    const file = path.join(TEST_DB_DIR, "faults-garbage.db");
    writeFileSync(file, Buffer.alloc(8192, 7));
    expect(databaseFaultOf(await failure(createPrismaClient(`file:${file}`)))).toBe("corrupt");
  });

  it("an empty database without the tables", async () => {
    const file = path.join(TEST_DB_DIR, "faults-empty.db");
    writeFileSync(file, "");
    expect(databaseFaultOf(await failure(createPrismaClient(`file:${file}`)))).toBe("unmigrated");
  });

  it("a write to a read-only connection", async () => {
    const url = copyDatabase(process.env.DATABASE_URL!, "faults-readonly");
    const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, readonly: true }) });
    try {
      const error = await client.company.updateMany({ data: { name: "x" } }).catch((e: unknown) => e);
      expect(databaseFaultOf(error)).toBe("read-only");
    } finally {
      await client.$disconnect();
    }
  });

  it("a writer holding an exclusive lock", async () => {
    const file = sqliteFilePath(copyDatabase(process.env.DATABASE_URL!, "faults-locked"));
    const lock = await holdLock(file);
    try {
      expect(databaseFaultOf(await failure(createPrismaClient(`file:${file}`)))).toBe("busy");
    } finally {
      await lock.release();
    }
  });

  it("better-sqlite3's own errors (lib/db/read.ts reads on it)", () => {
    const thrown = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error;
      }
      throw new Error("it succeeded");
    };
    const file = sqliteFilePath(copyDatabase(process.env.DATABASE_URL!, "faults-direct"));
    const sqlite = new Database(file, { readonly: true });
    try {
      // A file from before a migration: a table or a column it lacks.
      expect(databaseFaultOf(thrown(() => sqlite.prepare(`SELECT "nope" FROM "Deal"`).all()))).toBe("unmigrated");
      expect(databaseFaultOf(thrown(() => sqlite.prepare(`SELECT * FROM "Nope"`).all()))).toBe("unmigrated");
      // A bug in a statement stays a bug.
      expect(databaseFaultOf(thrown(() => sqlite.prepare(`SELEC 1`).all()))).toBeNull();
    } finally {
      sqlite.close();
    }
    const nowhere = path.join(TEST_DB_DIR, "no-such-directory", "x.db");
    expect(databaseFaultOf(thrown(() => new Database(nowhere, { readonly: true, fileMustExist: true })))).toBe(
      "missing",
    );
  });

  it("leaves other errors alone: they are bugs, and stay 500s", async () => {
    expect(databaseFaultOf(new TypeError("x is undefined"))).toBeNull();
    expect(databaseFaultOf(new NotFoundError("Deal"))).toBeNull();
    expect(databaseFaultOf("a string")).toBeNull();
    const client = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const invalid = await client.deal.findMany({ where: { nope: 1 } as never }).catch((e: unknown) => e);
      expect(invalid).toBeInstanceOf(Error);
      expect(databaseFaultOf(invalid)).toBeNull();
    } finally {
      await client.$disconnect();
    }
  });
});
