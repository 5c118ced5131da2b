// Inputs an attacker or a broken client sends, shared by the in-process and the server fuzz.

/** A marker element no page or API ever legitimately contains: if it comes back raw, input was reflected as markup. */
export const MARKER = "<x-fuzz-marker>";

export const HOSTILE_STRINGS = [
  "../",
  "../../etc/passwd",
  "..\\..\\windows",
  "%00",
  "\u0000",
  "%",
  "%%",
  "_",
  "%25",
  "%ff",
  "x".repeat(300),
  "x".repeat(10_000),
  "🚀🇳🇱👩🏽‍💻",
  "\u200F\u202Eevil\u202C",
  "\uD800",
  "\uDC00x",
  "\uFEFF",
  "\r\nSet-Cookie: x=1",
  `${MARKER}<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>${MARKER}`,
  "' OR 1=1 --",
  "${7*7}{{7*7}}",
  "=HYPERLINK(\"http://x\")",
  "[]",
  "{}",
  "null",
  "undefined",
  "__proto__",
  "constructor",
] as const;

/** What must never appear in an answer: a stack frame, a source or server path, internals. */
export const LEAK = /\bat [\w.<>]+ \(|\.tsx?:\d|\/work\/|\/home\/|node_modules|\.next\/server|prisma:|PrismaClient|SQLITE_|\.db\b/i;

/** The marker, raw: reflected markup. */
export const MARKUP = /<x-fuzz-marker>/i;
