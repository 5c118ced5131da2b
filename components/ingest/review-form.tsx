"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ParamIssue } from "@/lib/errors";
import { emptyParty, toReview, type DealDraft, type PartyDraft } from "@/lib/ingest/draft";
import { FormErrors } from "./form-errors";
import { buttonClass } from "./form-styles";
import { postJson } from "./post-json";
import { CandidateFields, type Choices } from "./candidate-fields";

/** The candidates beside the article: edit, keep or reject each, then accept them all at once. */
export function ReviewForm({
  ingestId,
  initial,
  choices,
}: {
  ingestId: number;
  initial: DealDraft[];
  choices: Choices;
}) {
  const router = useRouter();
  const [drafts, setDrafts] = useState(initial);
  const [refusal, setRefusal] = useState<{ error: string; issues: ParamIssue[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (i: number, change: Partial<DealDraft>) =>
    setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...change } : d)));
  const updateParty = (i: number, p: number, change: Partial<PartyDraft>) =>
    setDrafts((all) =>
      all.map((d, j) =>
        j === i ? { ...d, parties: d.parties.map((x, k) => (k === p ? { ...x, ...change } : x)) } : d,
      ),
    );

  async function accept(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const answer = await postJson(`/api/ingest/${ingestId}/accept`, toReview(drafts));
    setBusy(false);
    if (answer.ok) return router.refresh();
    setRefusal({ error: answer.body.error ?? "Not accepted", issues: answer.body.issues ?? [] });
  }

  const kept = drafts.filter((d) => d.keep).length;
  return (
    <form onSubmit={accept} aria-label="Review the candidates" className="space-y-4">
      {drafts.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The extractor found no candidate deals in this text.
        </p>
      )}
      {drafts.map((draft, i) => (
        <CandidateFields
          key={i}
          index={i}
          draft={draft}
          choices={choices}
          onChange={(change) => update(i, change)}
          onPartyChange={(p, change) => updateParty(i, p, change)}
          onAddParty={() => update(i, { parties: [...draft.parties, emptyParty()] })}
          onRemoveParty={(p) => update(i, { parties: draft.parties.filter((_, k) => k !== p) })}
        />
      ))}
      <FormErrors error={refusal?.error ?? null} issues={refusal?.issues} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={busy || kept === 0} className={`${buttonClass} whitespace-nowrap`}>
          {busy ? "Accepting…" : `Accept ${kept} ${kept === 1 ? "deal" : "deals"}`}
        </button>
        <span className="text-sm text-slate-600 dark:text-slate-400">
          {drafts.length - kept} rejected. Everything is written in one step, and can be undone.
        </span>
      </div>
    </form>
  );
}
