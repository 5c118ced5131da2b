"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ParamIssue } from "@/lib/errors";
import { FormErrors } from "./form-errors";
import { buttonClass, inputClass, labelClass } from "./form-styles";
import { postJson } from "./post-json";

interface Refusal {
  error: string;
  issues: ParamIssue[];
  ingest?: number;
}

/** Paste or upload an article and its details; the server runs the extractor and opens the review. */
export function NewArticleForm() {
  const router = useRouter();
  const [text, setText] = useState("");
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function load(file: File | undefined) {
    if (!file) return;
    const content = (await file.text()).replace(/^\uFEFF/, "");
    if (content.includes("\uFFFD")) {
      setRefusal({ error: `${file.name} is not UTF-8 text`, issues: [] });
      return;
    }
    setRefusal(null);
    setText(content);
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const date = String(form.get("published") ?? "");
    const publishedOn = form.get("precision") === "month" ? date.slice(0, 7) : date;
    setBusy(true);
    const answer = await postJson<{ id: number; ingest?: number }>("/api/ingest", {
      text,
      title: form.get("title"),
      outlet: form.get("outlet"),
      url: form.get("url"),
      publishedOn,
      language: form.get("language"),
    });
    setBusy(false);
    if (answer.ok) return router.push(`/ingest/${answer.body.id}`);
    setRefusal({
      error: answer.body.error ?? "Not stored",
      issues: answer.body.issues ?? [],
      ingest: answer.body.ingest,
    });
  }

  return (
    <form onSubmit={submit} aria-labelledby="new-article-heading" className="space-y-3">
      <h2 id="new-article-heading" className="text-lg font-semibold">
        New article
      </h2>
      <div>
        <label htmlFor="ingest-text" className={labelClass}>
          Article text (the body only)
        </label>
        <textarea
          id="ingest-text"
          name="text"
          required
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="ingest-file" className={labelClass}>
          Or upload a UTF-8 text file
        </label>
        <input
          id="ingest-file"
          type="file"
          accept=".txt,text/plain"
          onChange={(e) => load(e.target.files?.[0])}
          className="text-sm"
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor="ingest-title" className={labelClass}>
            Title
          </label>
          <input id="ingest-title" name="title" required maxLength={300} className={inputClass} />
        </div>
        <div>
          <label htmlFor="ingest-outlet" className={labelClass}>
            Outlet (optional)
          </label>
          <input id="ingest-outlet" name="outlet" maxLength={200} className={inputClass} />
        </div>
        <div>
          <label htmlFor="ingest-url" className={labelClass}>
            URL (optional)
          </label>
          <input id="ingest-url" name="url" type="url" maxLength={2000} className={inputClass} />
        </div>
        <div>
          <label htmlFor="ingest-published" className={labelClass}>
            Published on
          </label>
          <input id="ingest-published" name="published" type="date" required className={inputClass} />
        </div>
        <div>
          <label htmlFor="ingest-precision" className={labelClass}>
            Date precision
          </label>
          <select id="ingest-precision" name="precision" defaultValue="day" className={inputClass}>
            <option value="day">the day is known</option>
            <option value="month">only the month is known</option>
          </select>
        </div>
        <div>
          <label htmlFor="ingest-language" className={labelClass}>
            Language
          </label>
          <select id="ingest-language" name="language" defaultValue="nl" className={inputClass}>
            <option value="nl">Dutch</option>
            <option value="en">English</option>
          </select>
        </div>
      </div>
      <FormErrors error={refusal?.error ?? null} issues={refusal?.issues} />
      {refusal?.ingest && (
        <p className="text-sm">
          <Link href={`/ingest/${refusal.ingest}`} className="text-blue-800 underline dark:text-blue-300">
            Open ingest {refusal.ingest}
          </Link>
        </p>
      )}
      <button type="submit" disabled={busy} className={buttonClass}>
        {busy ? "Extracting…" : "Extract candidates"}
      </button>
    </form>
  );
}
