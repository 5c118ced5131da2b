import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { readSessionToken, SESSION_COOKIE, type Session } from "./session";

/** The signed-in analyst of the page being rendered, or null (also when ingest is off). */
export async function currentSession(): Promise<Session | null> {
  if (!env.ADMIN_TOKEN) return null;
  return readSessionToken((await cookies()).get(SESSION_COOKIE)?.value, env.ADMIN_TOKEN);
}
