import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bodyStart } from "./body";

const DIR = path.join(__dirname, "../../prisma/seed/articles");
const read = (name: string) => readFileSync(path.join(DIR, name), "utf8");

describe("bodyStart", () => {
  it("skips YAML front matter", () => {
    const text = read("2026-02-24_meta-buys-amd-ai-chips.nl.txt");
    expect(text.slice(bodyStart(text))).toMatch(/^Meta heeft een overeenkomst gesloten/);
  });

  it.each([
    ["2025-07_samsung-wins-tesla-ai6-chip-order.nl.txt", /^Dus roept Elon hulp in/],
    ["2025-04_nvidia-us-ai-infrastructure-build-out.nl.txt", /^Nvidia breidt/],
    ["2026-01-29_tesla-ends-model-s-and-x.nl.txt", /^De feiten: Tesla stopt/],
    ["2026-02-08_xai-merges-into-spacex.nl.txt", /^Elon Musk heeft aangekondigd/],
  ])("skips the dateline of %s", (file, start) => {
    const text = read(file);
    expect(text.slice(bodyStart(text))).toMatch(start);
    expect(text.slice(0, bodyStart(text))).toMatch(/^\s*date \d{4}-\d{2}/);
  });

  it("finds a header in every shipped article", () => {
    for (const f of readdirSync(DIR)) expect(bodyStart(read(f)), f).toBeGreaterThan(0);
  });

  it("leaves a text without a header whole", () => {
    expect(bodyStart("Tesla en Samsung kruisen opnieuw elkaars pad.")).toBe(0);
    expect(bodyStart("dated 2025 text")).toBe(0);
  });
});
