// One table: every measurement of the run, its reference, its goal and whether it was met.

export interface Row {
  what: string;
  measured: string;
  reference: string;
  goal: string;
  /** true met, false missed, null no goal (information only) or not measurable. */
  met: boolean | null;
}

const cell = (s: string) => s.replace(/\|/g, "\\|");

export function markdownTable(rows: readonly Row[]): string {
  const lines = ["| what | measured | floor / reference | goal | met |", "| --- | --- | --- | --- | --- |"];
  for (const r of rows)
    lines.push(
      `| ${[r.what, r.measured, r.reference, r.goal, r.met === null ? "–" : r.met ? "yes" : "**no**"].map(cell).join(" | ")} |`,
    );
  return lines.join("\n");
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replaces the generated part of RESULTS.md, keeping any notes written around it. */
export function spliceGenerated(existing: string | null, generated: string): string {
  const block = `${START}\n${generated.trim()}\n${END}`;
  if (!existing) return `# Benchmark results\n\n${block}\n`;
  const from = existing.indexOf(START);
  const to = existing.indexOf(END);
  if (from < 0 || to < from) return `${existing.trimEnd()}\n\n${block}\n`;
  return existing.slice(0, from) + block + existing.slice(to + END.length);
}
