import type { ParamIssue } from "@/lib/errors";

export interface JsonAnswer<T> {
  ok: boolean;
  status: number;
  body: T & { error?: string; issues?: ParamIssue[] };
}

/** POSTs JSON to one of the /api/ingest routes (same origin, so the browser sends the session cookie and Origin). */
export async function postJson<T = Record<string, unknown>>(
  url: string,
  body: unknown,
  method = "POST",
): Promise<JsonAnswer<T>> {
  try {
    const response = await fetch(url, {
      method,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await response
      .json()
      .catch(() => ({ error: `The server answered ${response.status}` }))) as JsonAnswer<T>["body"];
    return { ok: response.ok, status: response.status, body: json };
  } catch {
    return { ok: false, status: 0, body: { error: "The server could not be reached" } as JsonAnswer<T>["body"] };
  }
}
