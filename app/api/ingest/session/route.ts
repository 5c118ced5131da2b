import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { readJsonBody } from "@/lib/api/json-body";
import { handle, jsonText } from "@/lib/api/respond";
import { assertIngestOn, assertSameOrigin, isHttps } from "@/lib/auth/guard";
import { signInLimiters } from "@/lib/auth/rate-limit";
import { createSessionToken, sessionCookie, tokenMatches } from "@/lib/auth/session";
import { env } from "@/lib/env";

const SignIn = z.object({
  name: z.string().trim().min(1, "give your name, for the audit log").max(80),
  token: z.string().min(1, "give the admin token").max(500),
});

const noStore = (body: unknown, cookie: string) =>
  new Response(jsonText(body), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "Set-Cookie": cookie },
  });

/** Sign in with ADMIN_TOKEN: sets the session cookie. Failures are rate-limited. */
export const POST = handle(async (request) => {
  assertIngestOn(env.ADMIN_TOKEN);
  assertSameOrigin(request);
  const client = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  const wait = Math.max(signInLimiters.client.retryAfter(client), signInLimiters.all.retryAfter("*"));
  if (wait > 0) {
    throw new ApiError(429, "Too many failed sign-ins; try again later", [], { "Retry-After": String(wait) });
  }
  const parsed = SignIn.safeParse(await readJsonBody(request, 10_000));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ param: i.path.join(".") || "body", message: i.message }));
    throw new ApiError(400, "Invalid sign-in", issues);
  }
  if (!tokenMatches(parsed.data.token, env.ADMIN_TOKEN)) {
    signInLimiters.client.fail(client);
    signInLimiters.all.fail("*");
    throw new ApiError(401, "Wrong token", [{ param: "token", message: "this is not the admin token" }]);
  }
  signInLimiters.client.succeed(client);
  const token = await createSessionToken({ name: parsed.data.name }, env.ADMIN_TOKEN);
  return noStore({ signedIn: true, name: parsed.data.name }, sessionCookie(token, isHttps(request)));
});

/** Sign out: clears the cookie. */
export const DELETE = handle(async (request) => {
  assertSameOrigin(request);
  return noStore({ signedIn: false }, sessionCookie("", isHttps(request), 0));
});
