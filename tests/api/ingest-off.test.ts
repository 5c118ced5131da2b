// Without ADMIN_TOKEN, ingest is off: every write route refuses, and nothing is written.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { INGEST_INPUT, reviewOf } from "@/tests/setup/ingest-article";

vi.stubEnv("ADMIN_TOKEN", "");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routes: Record<string, Handler> = {};
beforeAll(async () => {
  routes["/api/ingest/session"] = (await import("@/app/api/ingest/session/route")).POST as Handler;
  routes["/api/ingest"] = (await import("@/app/api/ingest/route")).POST as Handler;
  routes["/api/ingest/1/accept"] = (await import("@/app/api/ingest/[id]/accept/route")).POST as Handler;
  routes["/api/ingest/1/undo"] = (await import("@/app/api/ingest/[id]/undo/route")).POST as Handler;
});
afterAll(() => vi.unstubAllEnvs());

describe("ingest off", () => {
  it.each([
    ["/api/ingest/session", { name: "Ann", token: "anything-at-all-here" }],
    ["/api/ingest", INGEST_INPUT],
    ["/api/ingest/1/accept", reviewOf()],
    ["/api/ingest/1/undo", {}],
  ])("%s answers 403 saying ingest is off", async (path, body) => {
    const request = new Request(`http://localhost${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", host: "localhost" },
      body: JSON.stringify(body),
    });
    const response = await routes[path]!(request, { params: Promise.resolve({ id: "1" }) });
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/Ingest is off/);
  });
});
