import "server-only";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { woffToSfnt } from "./woff-to-ttf";

// Inter from @fontsource/inter (an npm package, so nothing is downloaded): WOFF for satori, and
// the same fonts as TTF files for resvg, which loads fonts from paths only.

const FILES = path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");
export const FONT_FAMILY = "Inter";
const WEIGHTS = [400, 700] as const;

let woffs: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | undefined;
let ttfPaths: string[] | undefined;

export function interWoffs() {
  woffs ??= WEIGHTS.map((weight) => ({
    name: FONT_FAMILY,
    data: readFileSync(path.join(FILES, `inter-latin-${weight}-normal.woff`)),
    weight,
    style: "normal" as const,
  }));
  return woffs;
}

export function interTtfPaths(): string[] {
  if (!ttfPaths) {
    const dir = path.join(tmpdir(), "chip-deals-fonts");
    mkdirSync(dir, { recursive: true });
    ttfPaths = interWoffs().map((f) => {
      const file = path.join(dir, `inter-latin-${f.weight}-normal.ttf`);
      writeFileSync(file, woffToSfnt(f.data));
      return file;
    });
  }
  return ttfPaths;
}
