// Inputs an attacker or a broken client sends, shared by the in-process and the server fuzz.
import fc from "fast-check";

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
  '=HYPERLINK("http://x")',
  "[]",
  "{}",
  "null",
  "undefined",
  "__proto__",
  "constructor",
] as const;

/** What must never appear in an answer: a stack frame, a source or server path, internals. */
export const LEAK =
  /\bat (?:async )?[\w.$<>]+ \((?:file:|node:|\/|\w:\\)|\.tsx?:\d|\/work\/|\/home\/|\/tmp\/|node_modules|\.next\/server|prisma:|PrismaClient|SQLITE_|\.db\b/i;

/** The marker, raw: reflected markup. */
export const MARKUP = /<x-fuzz-marker>/i;

const PARAMS = [
  "company",
  "role",
  "kind",
  "valueKind",
  "from",
  "to",
  "minUsd",
  "maxUsd",
  "q",
  "sort",
  "limit",
  "cursor",
  "type",
  "dialect",
  "bom",
  "x",
  "",
];
const NAMES = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PARAMS) },
  // Array- and object-style spellings some frameworks accept, and hostile names.
  { weight: 2, arbitrary: fc.constantFrom(...PARAMS).map((p) => `${p}[]`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PARAMS), fc.nat(3)).map(([p, i]) => `${p}[${i}]`) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
);
const VALUES = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  // Any UTF-16 code units, lone surrogates included.
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "tesla",
    "nvidia",
    "customer",
    "firm",
    "2025-07",
    "2025-02-30",
    "-1",
    "1e3",
    "500",
    "501",
    "0",
    "%",
    "_",
    "-valueUsd",
    "excel-nl",
  ),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.integer({ min: -1e6, max: 1e12 }).map(String),
);
/** A query string: parameters repeated, reordered, array-style, hostile. */
export const QUERY = fc.array(fc.tuple(NAMES, VALUES), { maxLength: 8 }).map((pairs) => {
  const sp = new URLSearchParams();
  for (const [k, v] of pairs) sp.append(k, v);
  return sp.toString();
});
