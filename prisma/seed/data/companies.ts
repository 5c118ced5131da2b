import type { CompanySeed } from "../schema";

// Aliases are spelled as the articles spell them; the search matches them too.
export const companies: CompanySeed[] = [
  { slug: "tesla", name: "Tesla", aliases: ["Tesla"], country: "US", kind: "automaker" },
  {
    slug: "samsung-electronics",
    name: "Samsung Electronics",
    aliases: ["Samsung", "De Zuid-Koreaanse techgigant"],
    country: "KR",
    kind: "foundry",
  },
  { slug: "nvidia", name: "Nvidia", aliases: ["Nvidia"], country: "US", kind: "chip_designer" },
  {
    slug: "tsmc",
    name: "TSMC",
    aliases: ["Taiwan Semiconductor Manufacturing Co.", "TSMC"],
    country: "TW",
    kind: "foundry",
  },
  { slug: "foxconn", name: "Foxconn", aliases: ["Foxconn"], country: "TW", kind: "electronics_manufacturer" },
  { slug: "wistron", name: "Wistron", aliases: ["Wistron Corp."], country: "TW", kind: "electronics_manufacturer" },
  {
    slug: "amkor",
    name: "Amkor Technology",
    aliases: ["Amkor Technology Inc."],
    country: "US",
    kind: "packaging_test",
  },
  {
    slug: "spil",
    name: "SPIL",
    aliases: ["Siliconware Precision Industries Co."],
    country: "TW",
    kind: "packaging_test",
  },
  { slug: "xai", name: "xAI", aliases: ["xAI", "AI-startup xAI"], country: "US", kind: "ai_lab" },
  { slug: "spacex", name: "SpaceX", aliases: ["SpaceX"], country: "US", kind: "launch_provider" },
  { slug: "x", name: "X", aliases: ["X", "Twitter"], country: "US", kind: "social_network" },
  { slug: "cisco", name: "Cisco", aliases: ["Cisco"], country: "US", kind: "network_equipment" },
  // The article names only "Qatar" among xAI's investors; no fund is named, so none is guessed.
  { slug: "qatar", name: "Qatar", aliases: ["Qatar"], country: "QA", kind: "investor" },
  { slug: "meta", name: "Meta", aliases: ["Meta"], country: "US", kind: "hyperscaler" },
  { slug: "amd", name: "AMD", aliases: ["AMD"], country: "US", kind: "chip_designer" },
  { slug: "oracle", name: "Oracle", aliases: ["Oracle"], country: "US", kind: "hyperscaler" },
  { slug: "microsoft", name: "Microsoft", aliases: ["Microsoft"], country: "US", kind: "hyperscaler" },
  {
    slug: "alphabet",
    name: "Alphabet",
    aliases: ["Google-moeder Alphabet", "Alphabet"],
    country: "US",
    kind: "hyperscaler",
  },
  { slug: "amazon", name: "Amazon", aliases: ["Amazon"], country: "US", kind: "hyperscaler" },
  { slug: "citi", name: "Citi", aliases: ["Citi"], country: "US", kind: "bank" },
];
