// Rows whose columns named "a.b" are read into b of the row's object a (lib/db/read.ts). No
// "server-only": the seed writes the deals' stored answers from rows read this way too.

/** Sets a column's value on a row, a column named "a.b" as b of the row's object a. */
export function setColumn(row: Record<string, unknown>, path: readonly string[], value: unknown) {
  let target = row;
  for (let i = 0; i < path.length - 1; i++) target = (target[path[i]!] ??= {}) as Record<string, unknown>;
  target[path[path.length - 1]!] = value;
}

/** Rows as Prisma's $queryRaw gives them, with their "a.b" columns moved into objects. */
export function nestedRows<T>(rows: Record<string, unknown>[]): T[] {
  return rows.map((flat) => {
    const row: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(flat)) setColumn(row, name.split("."), value);
    return row as T;
  });
}
