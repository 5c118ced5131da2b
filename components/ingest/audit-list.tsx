import Link from "next/link";

const ACTIONS: Record<string, string> = {
  create: "handed in",
  reopen: "handed in again",
  accept: "accepted",
  undo: "undid",
};

interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  ingestId: number;
  title: string;
  changes: string[];
}

/** The audit log: who did what to which ingest, and when (UTC). */
export function AuditList({ entries, withTitles = true }: { entries: Entry[]; withTitles?: boolean }) {
  if (!entries.length) return <p className="text-sm text-slate-600 dark:text-slate-400">Nothing logged yet.</p>;
  return (
    <ol className="space-y-1 text-sm">
      {entries.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at} className="font-mono text-xs text-slate-600 dark:text-slate-400">
            {e.at.slice(0, 16).replace("T", " ")} UTC
          </time>{" "}
          {e.actor} {ACTIONS[e.action] ?? e.action}
          {withTitles && (
            <>
              {" "}
              <Link href={`/ingest/${e.ingestId}`} className="text-blue-800 underline dark:text-blue-300">
                {e.title}
              </Link>
            </>
          )}
          {e.changes.length > 0 && (
            <ul className="mt-0.5 list-disc pl-8 text-xs text-slate-600 dark:text-slate-400">
              {e.changes.map((change, i) => (
                <li key={i}>{change}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
