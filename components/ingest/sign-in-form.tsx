"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ParamIssue } from "@/lib/errors";
import { FormErrors } from "./form-errors";
import { buttonClass, inputClass, labelClass } from "./form-styles";
import { postJson } from "./post-json";

export function SignInForm() {
  const router = useRouter();
  const [error, setError] = useState<{ error: string; issues: ParamIssue[] } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const answer = await postJson("/api/ingest/session", { name: form.get("name"), token: form.get("token") });
    setBusy(false);
    if (answer.ok) return router.refresh();
    const wait = answer.status === 429 ? " (too many failed attempts)" : "";
    setError({ error: `${answer.body.error ?? "Sign-in failed"}${wait}`, issues: answer.body.issues ?? [] });
  }

  return (
    <form onSubmit={submit} aria-labelledby="sign-in-heading" className="max-w-sm space-y-3">
      <h2 id="sign-in-heading" className="text-lg font-semibold">
        Sign in to add articles
      </h2>
      <div>
        <label htmlFor="sign-in-name" className={labelClass}>
          Your name (kept in the audit log)
        </label>
        <input id="sign-in-name" name="name" required maxLength={80} autoComplete="name" className={inputClass} />
      </div>
      <div>
        <label htmlFor="sign-in-token" className={labelClass}>
          Admin token
        </label>
        <input
          id="sign-in-token"
          name="token"
          type="password"
          required
          autoComplete="current-password"
          className={inputClass}
        />
      </div>
      <FormErrors error={error?.error ?? null} issues={error?.issues} />
      <button type="submit" disabled={busy} className={buttonClass}>
        Sign in
      </button>
    </form>
  );
}
