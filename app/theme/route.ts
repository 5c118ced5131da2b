import { THEME_COOKIE, THEME_MAX_AGE, themeOf } from "@/lib/theme/theme";

/**
 * The theme toggle without JavaScript: the form posts the chosen theme, the cookie is set (or
 * cleared, for "system") and the reader goes back to the page they were on (same origin only).
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const theme = themeOf(String(form?.get("theme") ?? ""));
  const url = new URL(request.url);
  const referer = request.headers.get("referer");
  const back = referer && new URL(referer, url).origin === url.origin ? new URL(referer, url) : new URL("/", url);
  const cookie =
    theme === "system"
      ? `${THEME_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
      : `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${THEME_MAX_AGE}; SameSite=Lax`;
  return new Response(null, {
    status: 303,
    headers: { Location: `${back.pathname}${back.search}`, "Set-Cookie": cookie, "Cache-Control": "no-store" },
  });
}
