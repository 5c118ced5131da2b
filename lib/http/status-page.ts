import { createNonce, errorPageContentSecurityPolicy } from "@/lib/security/headers";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface StatusPage {
  status: 400 | 503;
  title: string;
  paragraphs: string[];
  /** Seconds after which the page reloads itself (and the Retry-After header). */
  retryAfter?: number;
}

/**
 * A small self-contained HTML answer that proxy.ts gives when no page can render: no script,
 * no request for anything else, one nonce'd style element, its own strict CSP.
 */
export function statusPageResponse({ status, title, paragraphs, retryAfter }: StatusPage): Response {
  const nonce = createNonce();
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${retryAfter ? `<meta http-equiv="refresh" content="${retryAfter * 2}">\n` : ""}<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · chip-deals</title>
<style nonce="${nonce}">
body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#fff}
main{max-width:36rem;margin:15vh auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .75rem}
p{color:#475569;line-height:1.5}
@media (prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}p{color:#94a3b8}}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p><a href="/">chip-deals</a> · status ${status}</p>
</main>
</body>
</html>
`;
  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": errorPageContentSecurityPolicy(nonce),
  });
  if (retryAfter) headers.set("Retry-After", String(retryAfter));
  return new Response(html, { status, headers });
}
