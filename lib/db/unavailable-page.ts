import { DATABASE_FAULTS, RETRY_AFTER_SECONDS, type DatabaseFault } from "./faults";

/**
 * The self-contained page proxy.ts answers with 503 while the database is at fault: no script,
 * no request, one nonce'd style element. It reloads itself after Retry-After, so a reader
 * waiting on it sees the dashboard again once the database is back.
 */
export function unavailablePageHtml(fault: DatabaseFault, styleNonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}">
<meta name="robots" content="noindex">
<title>Temporarily unavailable · chip-deals</title>
<style nonce="${styleNonce}">
body{margin:0;font-family:system-ui,sans-serif;color:#0f172a;background:#fff}
main{max-width:36rem;margin:15vh auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .75rem}
p{color:#475569;line-height:1.5}
@media (prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}p{color:#94a3b8}}
</style>
</head>
<body>
<main>
<h1>chip-deals is temporarily unavailable</h1>
<p>The deals cannot be shown right now: ${DATABASE_FAULTS[fault]}. Nothing is lost; this page reloads by itself and the dashboard returns as soon as the database is back.</p>
<p>Status: 503 (${fault})</p>
</main>
</body>
</html>
`;
}
