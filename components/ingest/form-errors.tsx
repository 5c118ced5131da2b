import type { ParamIssue } from "@/lib/errors";

/** The server's answer to a refused write, read out by screen readers. */
export function FormErrors({ error, issues = [] }: { error: string | null; issues?: readonly ParamIssue[] }) {
  if (!error) return null;
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-medium">{error}</p>
      {issues.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.param !== "review" && <code className="font-mono">{issue.param}</code>}
              {issue.param !== "review" && ": "}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
