// Word cues shared by the classifiers. Each list is matched on whole words, case-insensitively;
// a trailing "*" matches any ending ("investe*" covers investeert, investering, invested).

export type CueList = readonly string[];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One regex for a cue list: whole words, spaces in a cue match any run of whitespace. */
export function cueRegex(cues: CueList, flags = "giu"): RegExp {
  const parts = cues.map((cue) => {
    const open = cue.endsWith("*");
    const body = escape(open ? cue.slice(0, -1) : cue).replace(/ /g, "\\s+");
    return open ? `${body}[\\p{L}'’-]*` : body;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join("|")})(?![\\p{L}\\p{N}])`, flags);
}

export function hasCue(text: string, cues: RegExp): boolean {
  cues.lastIndex = 0;
  return cues.test(text);
}
