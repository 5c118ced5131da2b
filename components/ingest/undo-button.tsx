"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormErrors } from "./form-errors";
import { secondaryButtonClass } from "./form-styles";
import { postJson } from "./post-json";

/** Undoes an accepted ingest as a whole, after a confirmation. */
export function UndoButton({ ingestId }: { ingestId: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function undo() {
    const answer = await postJson(`/api/ingest/${ingestId}/undo`, {});
    if (!answer.ok) return setError(answer.body.error ?? "Undo failed");
    router.refresh();
  }

  return (
    <div className="space-y-2">
      {confirming ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          Remove the article and everything this ingest added?
          <button type="button" onClick={undo} className={secondaryButtonClass}>
            Yes, undo it
          </button>
          <button type="button" onClick={() => setConfirming(false)} className={secondaryButtonClass}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={secondaryButtonClass}>
          Undo this ingest
        </button>
      )}
      <FormErrors error={error} />
    </div>
  );
}
