// `node scripts/pg-database.mjs recreate|drop URL`: (re)creates or drops the PostgreSQL database a
// URL names, connecting to the server's maintenance database. For tests and the e2e server.
import pg from "pg";

const [action, url] = process.argv.slice(2);
if (!["recreate", "drop", "drop-prefix"].includes(action ?? "") || !url) {
  console.error("usage: node scripts/pg-database.mjs recreate|drop|drop-prefix postgresql://.../name");
  process.exit(2);
}
const target = new URL(url);
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${JSON.stringify(name)}`);
target.pathname = "/postgres";
const client = new pg.Client({ connectionString: target.toString() });
await client.connect();
try {
  const names =
    action === "drop-prefix"
      ? (await client.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${name}%`])).rows.map(
          (r) => r.datname,
        )
      : [name];
  for (const db of names) await client.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  if (action === "recreate") await client.query(`CREATE DATABASE "${name}"`);
} finally {
  await client.end();
}
