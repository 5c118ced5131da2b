import { readdirSync, readFileSync, writeFileSync } from "node:fs";

// Memory of a process and its descendants, read from Linux's /proc.

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name in field 2 may hold spaces and parentheses: parse after the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

export function processTree(root: number): number[] {
  const byParent = children();
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(byParent.get(pid) ?? []));
  }
  return out;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM" | "RssAnon"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of the tree now, in bytes. */
export function treeRss(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + statusKb(pid, "VmRSS") * 1024, 0);
}

/**
 * Anonymous resident memory of the tree now, in bytes: heaps and stacks, without the pages of
 * memory-mapped files (the SQLite database), which are the kernel's page cache, shared and
 * reclaimable.
 */
export function treeAnon(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + statusKb(pid, "RssAnon") * 1024, 0);
}

/** Peak resident memory of the tree since resetPeaks, in bytes (each process's VmHWM). */
export function treePeak(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + statusKb(pid, "VmHWM") * 1024, 0);
}

/** Resets each process's VmHWM to its current RSS; false where the kernel refuses. */
export function resetPeaks(pids: readonly number[]): boolean {
  let ok = true;
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, "5");
    } catch {
      ok = false;
    }
  }
  return ok;
}
