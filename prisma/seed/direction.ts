import type { Direction } from "@/lib/domain";

// Dutch (and a few English) words that say which way a figure moved, as the articles write them:
// "zakte met 38 procent", "daalde met 3 procent", "2 procent minder", "steeg met zes procent".
// A figure's stated direction must be one its quote says, so a decline cannot be stored as a rise.
const WORDS: Record<Direction, RegExp> = {
  down: /^(?:daal\w*|dalen|gedaald|daling|omzetdaling|zak\w*|gezakt|verlies\w*|verloor|verloren|kelder\w*|gekelderd|lager|minder|terug\w*|verlaag\w*|krimp\w*|kromp|slonk|afname|fell|down|lower|declined?)$/,
  up: /^(?:stijg\w*|steeg|stegen|gestegen|groei\w*|gegroeid|hoger|opwaarts\w*|won|wint|gewonnen|toename|toegenomen|rose|up|higher|grew)$/,
};

/** The directions the words of a quote express. */
export function directionsIn(quote: string): Set<Direction> {
  const words = quote
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}]+/u);
  const found = new Set<Direction>();
  for (const word of words) {
    for (const d of ["up", "down"] as const) if (WORDS[d].test(word)) found.add(d);
  }
  return found;
}
