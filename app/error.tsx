"use client";

import { PageHeader } from "@/components/ui/page-header";

// Shown when a page fails to render. The message stays generic: error text may name files or
// SQL and is logged on the server instead; the digest lets an operator find the log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="py-12">
      <PageHeader title="This page could not be loaded">
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          Something went wrong on our side. Trying again usually helps; if not, the data may be briefly unavailable.
        </p>
      </PageHeader>
      {error.digest && <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">Reference: {error.digest}</p>}
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
      >
        Try again
      </button>
    </div>
  );
}
