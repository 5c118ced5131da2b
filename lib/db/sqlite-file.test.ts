import { chmodSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { copyDatabase, corruptInPlace } from "@/tests/setup/sqlite-faults";
import { fileIdentity, inspectSqliteFile, sameFile, sqliteFilePath } from "./sqlite-file";

let file: string;
beforeAll(() => {
  file = sqliteFilePath(copyDatabase(process.env.DATABASE_URL!, "sqlite-file"));
});
afterEach(() => chmodSync(file, 0o644));

describe("inspecting the database file from outside", () => {
  it("finds nothing wrong with a good database", () => {
    expect(inspectSqliteFile(file)).toBeNull();
  });

  it("tells a missing, a write-protected and a damaged file apart", () => {
    expect(inspectSqliteFile(`${file}.nowhere`)).toBe("missing");
    chmodSync(file, 0o444);
    expect(inspectSqliteFile(file)).toBe("read-only");
    chmodSync(file, 0o644);
    const bad = `${file}.bad`;
    writeFileSync(bad, "SQLite format 2\0".padEnd(4096, "x"));
    expect(inspectSqliteFile(bad)).toBe("corrupt");
    writeFileSync(bad, "short");
    expect(inspectSqliteFile(bad)).toBe("corrupt");
    writeFileSync(bad, "");
    expect(inspectSqliteFile(bad), "an empty file is an empty database, found out by the query").toBeNull();
    copyDatabase(`file:${file}`, "sqlite-file-damaged");
    const damaged = file.replace(/sqlite-file\.db$/, "sqlite-file-damaged.db");
    corruptInPlace(damaged);
    expect(inspectSqliteFile(damaged)).toBe("corrupt");
    rmSync(bad);
  });

  it("changes identity when the file is rewritten, chmod-ed or replaced, and keeps it otherwise", () => {
    const before = fileIdentity(file);
    expect(fileIdentity(file)).toBe(before);
    chmodSync(file, 0o600);
    const chmodded = fileIdentity(file);
    expect(chmodded).not.toBe(before);
    expect(sameFile(chmodded, before)).toBe(true);

    const copy = sqliteFilePath(copyDatabase(`file:${file}`, "sqlite-file-copy"));
    renameSync(copy, file);
    const replaced = fileIdentity(file);
    expect(sameFile(replaced, before)).toBe(false);
    expect(fileIdentity(`${file}.nowhere`)).toBeNull();
    expect(sameFile(null, replaced)).toBe(false);
  });
});
