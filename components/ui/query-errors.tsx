import Link from "next/link";
import type { ParamIssue } from "@/lib/errors";

/** A readable message for parameters a page could not use, with a way back to a clean view. */
export function QueryErrors({ issues, resetHref }: { issues: readonly ParamIssue[]; resetHref: string }) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-medium">Some filters in the address could not be used:</p>
      <ul className="mt-2 list-disc pl-5">
        {issues.map((issue) => (
          <li key={`${issue.param}:${issue.message}`}>
            <code className="font-mono">{issue.param}</code>: {issue.message}
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <Link href={resetHref} className="underline underline-offset-2">
          Show everything instead
        </Link>
      </p>
    </div>
  );
}
