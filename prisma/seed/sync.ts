/** Column values as the seed writes them. */
type Value = string | number | bigint | boolean | Date | null;

/** Whether `stored` already holds every column of `row` (a date by its instant). */
export function holds(stored: object, row: object): boolean {
  const was = stored as Record<string, Value | undefined>;
  return Object.entries(row as Record<string, Value>).every(([column, value]) =>
    value instanceof Date
      ? was[column] instanceof Date && was[column].getTime() === value.getTime()
      : was[column] === value,
  );
}

export interface Table<R extends object, S extends object> {
  /** A row's natural key (its unique columns), read alike from a planned row and a stored one. */
  key: (row: R | S) => string;
  /** The stored rows of the planned keys; more rows (added by hand, by an ingest) are left alone. */
  stored: S[];
  createMany: (rows: R[]) => Promise<S[]>;
  /** Left out for a table whose columns are all key (a link): a stored row always holds them. */
  update?: (stored: S, row: R) => Promise<unknown>;
}

/**
 * Writes `planned` over what `table` holds, as upserts on the natural key would, in fewer
 * statements: the missing rows in one insert (in planned order, so a fresh database gets the ids
 * one upsert at a time gave), an update only where a column differs (an unchanged row keeps its
 * updatedAt, and the data version its token), and no delete. A key planned twice is written once,
 * with its last columns, as the second upsert would have left it. Returns the row of each key.
 */
export async function syncRows<R extends object, S extends object>(
  planned: readonly R[],
  table: Table<R, S>,
): Promise<Map<string, S>> {
  const rows = new Map<string, R>();
  for (const row of planned) rows.set(table.key(row), row);
  const written = new Map(table.stored.map((s) => [table.key(s), s]));
  const missing: R[] = [];
  for (const [key, row] of rows) {
    const stored = written.get(key);
    if (!stored) missing.push(row);
    else if (table.update && !holds(stored, row)) await table.update(stored, row);
  }
  if (missing.length) for (const s of await table.createMany(missing)) written.set(table.key(s), s);
  return written;
}

/** The id of a key `syncRows` wrote: a missing one is a bug in the plan, not in the data. */
export function idOf(rows: Map<string, { id: number }>, key: string): number {
  const row = rows.get(key);
  if (!row) throw new Error(`seed: no row was written for ${key}`);
  return row.id;
}
