import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface RouteJs {
  route: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
  /** Whether a first-load chunk holds Recharts (its "recharts-surface" class name). */
  charts: boolean;
}

const CHART_MARKER = "recharts-surface";

/**
 * First-load JS of every page route of the production build in `nextDir`: the chunks the
 * build's own route bundle stats list (Next 16 writes .next/diagnostics/route-bundle-stats.json),
 * else the root main files plus each page's client entry chunks from its client reference
 * manifest. Each file is gzipped at level 9, the way `next build` used to size it.
 */
export function firstLoadJs(nextDir: string): RouteJs[] {
  const root = path.dirname(nextDir);
  const size = new Map<string, { raw: number; gzip: number; charts: boolean }>();
  const measure = (file: string) => {
    let s = size.get(file);
    if (!s) {
      const bytes = readFileSync(path.resolve(root, file));
      s = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, charts: bytes.includes(CHART_MARKER) };
      size.set(file, s);
    }
    return s;
  };
  return routeChunks(nextDir)
    .map(({ route, files }) => {
      const sizes = files.map(measure);
      return {
        route,
        files: files.length,
        rawBytes: sizes.reduce((n, s) => n + s.raw, 0),
        gzipBytes: sizes.reduce((n, s) => n + s.gzip, 0),
        charts: sizes.some((s) => s.charts),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

function routeChunks(nextDir: string): { route: string; files: string[] }[] {
  const stats = path.join(nextDir, "diagnostics/route-bundle-stats.json");
  if (existsSync(stats)) {
    const routes = JSON.parse(readFileSync(stats, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
    return routes.map((r) => ({ route: r.route, files: r.firstLoadChunkPaths }));
  }
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const routes = JSON.parse(readFileSync(path.join(nextDir, "app-path-routes-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  const out: { route: string; files: string[] }[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page")) continue;
    const manifest = path.join(nextDir, "server/app", `${entry}_client-reference-manifest.js`);
    if (!existsSync(manifest)) continue;
    const holder = globalThis as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> };
    holder.__RSC_MANIFEST = {};
    new Function(readFileSync(manifest, "utf8"))();
    const entryFiles = Object.values(holder.__RSC_MANIFEST[entry]?.entryJSFiles ?? {}).flat();
    out.push({ route, files: [...new Set([...build.rootMainFiles, ...entryFiles])].map((f) => path.join(".next", f)) });
  }
  return out;
}
