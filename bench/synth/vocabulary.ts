import type { CompanyKind, DealKind, PartyRole, ValueKind } from "@/lib/domain";

// Word lists for the synthetic data. Real names of the industry come first: the generator
// makes the first companies the most common parties, as they are in real deal flow.

export const REAL_COMPANIES: readonly (readonly [name: string, country: string, kind: CompanyKind, aliases: readonly string[]])[] = [
  ["Nvidia", "US", "chip_designer", ["Nvidia Corp.", "de Amerikaanse chipontwerper"]],
  ["TSMC", "TW", "foundry", ["Taiwan Semiconductor Manufacturing Co.", "de Taiwanese chipfabrikant"]],
  ["Samsung Electronics", "KR", "foundry", ["Samsung", "De Zuid-Koreaanse techgigant"]],
  ["Microsoft", "US", "hyperscaler", ["Microsoft Corp."]],
  ["Meta", "US", "hyperscaler", ["Meta Platforms"]],
  ["AMD", "US", "chip_designer", ["Advanced Micro Devices"]],
  ["Alphabet", "US", "hyperscaler", ["Google", "Google-moeder Alphabet"]],
  ["Amazon", "US", "hyperscaler", ["Amazon Web Services", "AWS"]],
  ["Intel", "US", "chip_designer", ["Intel Corp."]],
  ["SK Hynix", "KR", "chip_designer", ["SK hynix Inc."]],
  ["Oracle", "US", "hyperscaler", []],
  ["OpenAI", "US", "ai_lab", []],
  ["Broadcom", "US", "chip_designer", ["Broadcom Inc."]],
  ["Foxconn", "TW", "electronics_manufacturer", ["Hon Hai Precision Industry"]],
  ["Tesla", "US", "automaker", []],
  ["xAI", "US", "ai_lab", ["AI-startup xAI"]],
  ["Micron", "US", "chip_designer", ["Micron Technology"]],
  ["ASML", "NL", "conglomerate", ["ASML Holding", "de Veldhovense chipmachinemaker"]],
  ["Qualcomm", "US", "chip_designer", []],
  ["Apple", "US", "electronics_manufacturer", ["Apple Inc."]],
  ["Anthropic", "US", "ai_lab", []],
  ["Amkor Technology", "US", "packaging_test", ["Amkor Technology Inc."]],
  ["SPIL", "TW", "packaging_test", ["Siliconware Precision Industries Co."]],
  ["GlobalFoundries", "US", "foundry", ["GF"]],
  ["Rapidus", "JP", "foundry", []],
  ["SoftBank", "JP", "investor", ["SoftBank Group"]],
  ["Arm", "GB", "chip_designer", ["Arm Holdings"]],
  ["Wistron", "TW", "electronics_manufacturer", ["Wistron Corp."]],
  ["Cisco", "US", "network_equipment", []],
  ["CoreWeave", "US", "hyperscaler", []],
  ["Mistral AI", "FR", "ai_lab", []],
  ["Infineon", "DE", "chip_designer", ["Infineon Technologies"]],
  ["STMicroelectronics", "CH", "chip_designer", ["STMicro"]],
  ["NXP", "NL", "chip_designer", ["NXP Semiconductors", "het Eindhovense NXP"]],
  ["Qatar Investment Authority", "QA", "investor", ["QIA"]],
  ["Mubadala", "AE", "investor", []],
  ["Citi", "US", "bank", ["Citigroup"]],
  ["Société Générale", "FR", "bank", ["SocGen"]],
  ["Tokyo Electron", "JP", "conglomerate", []],
  ["Huawei", "CN", "electronics_manufacturer", []],
  ["SMIC", "CN", "foundry", ["Semiconductor Manufacturing International Corp."]],
  ["Cerebras", "US", "chip_designer", []],
  ["Groq", "US", "chip_designer", []],
  ["SpaceX", "US", "launch_provider", []],
  ["Supermicro", "US", "electronics_manufacturer", ["Super Micro Computer"]],
  ["Dell", "US", "electronics_manufacturer", ["Dell Technologies"]],
  ["Hewlett Packard Enterprise", "US", "electronics_manufacturer", ["HPE"]],
  ["Marvell", "US", "chip_designer", ["Marvell Technology"]],
  ["MediaTek", "TW", "chip_designer", []],
  ["Kioxia", "JP", "chip_designer", []],
];

export const NAME_STEMS = [
  "Nova", "Quanta", "Helio", "Silica", "Tera", "Arca", "Vektor", "Lumen", "Kobalt", "Ion", "Photon", "Axion", "Neuro",
  "Cygnus", "Orion", "Vega", "Polar", "Zephyr", "Strata", "Nimbus", "Krypto", "Ferro", "Gallium", "Indium", "Boron",
  "Delta", "Sigma", "Omega", "Astra", "Borealis", "Cortex", "Synap", "Ether", "Flux", "Gravi", "Hexa", "Mosa", "Ré",
  "Zürich", "Øre", "Ångström", "Eindho", "Kaohsi", "Hsinchu", "Dresden", "Leuven", "Grenoble", "Austin", "Phoenix",
];
export const NAME_ENDINGS = ["chip", "tron", "semi", "logic", "fab", "core", "wave", "scale", "grid", "silicon", "compute", "matic"];
export const NAME_SUFFIXES = ["Systems", "Semiconductor", "Labs", "Technologies", "AI", "Holdings", "Devices", "Capital", "Microsystems", "Cloud"];
export const COUNTRIES = ["US", "US", "US", "TW", "KR", "JP", "CN", "NL", "DE", "FR", "GB", "IL", "IN", "SG", "AE", "CA"] as const;
export const GENERATED_KINDS: readonly CompanyKind[] = [
  "chip_designer", "chip_designer", "foundry", "packaging_test", "electronics_manufacturer", "hyperscaler", "ai_lab", "investor", "bank", "network_equipment",
];

export const CHIPS = [
  "Blackwell", "Hopper", "H100", "H200", "B200", "GB200", "Rubin", "Instinct", "MI300X", "MI355X", "TPU v5", "Trainium", "Inferentia",
  "Maia", "Gaudi 3", "AI6", "AI5", "Dojo", "HBM3E", "HBM4", "Grace", "Cortex-X", "Snapdragon X", "Ascend 910", "WSE-3", "LPU",
];
export const LOCATIONS = [
  "Texas", "Phoenix, Arizona", "Taylor, Texas", "Hsinchu", "Kaohsiung", "Pyeongtaek", "Dresden", "Magdeburg", "Eindhoven", "Kumamoto",
  "Hokkaido", "Ohio", "New York", "Oregon", "Singapore", "Penang", "Grenoble", "Leuven", "Tainan", "Yongin", "Abu Dhabi", "Chandler, Arizona",
];

/** Currency, its share of deals, its Dutch name, and the USD value of one unit as an exact fraction. */
export const CURRENCIES: readonly { code: string; weight: number; word: string; usd: readonly [bigint, bigint] }[] = [
  { code: "USD", weight: 60, word: "dollar", usd: [1n, 1n] },
  { code: "EUR", weight: 15, word: "euro", usd: [108n, 100n] },
  { code: "JPY", weight: 7, word: "yen", usd: [67n, 10_000n] },
  { code: "KRW", weight: 6, word: "won", usd: [74n, 100_000n] },
  { code: "TWD", weight: 5, word: "Taiwanese dollar", usd: [31n, 1_000n] },
  { code: "GBP", weight: 4, word: "pond", usd: [127n, 100n] },
  { code: "CNY", weight: 3, word: "yuan", usd: [14n, 100n] },
];

/** The two roles every deal of a kind has, and the roles further parties take. */
export const KIND_ROLES: Record<DealKind, { first: readonly [PartyRole, PartyRole]; extra: readonly PartyRole[]; nl: string }> = {
  foundry_contract: { first: ["customer", "foundry"], extra: ["packaging_test_partner", "manufacturing_partner", "supplier"], nl: "productiecontract" },
  chip_purchase: { first: ["customer", "supplier"], extra: ["customer", "manufacturing_partner", "supplier"], nl: "chiporder" },
  supply_agreement: { first: ["customer", "supplier"], extra: ["supplier", "manufacturing_partner"], nl: "leveringsovereenkomst" },
  manufacturing_buildout: { first: ["sponsor", "manufacturing_partner"], extra: ["manufacturing_partner", "packaging_test_partner", "foundry"], nl: "uitbreiding van de productie" },
  fab_investment: { first: ["owner", "investor"], extra: ["investor", "sponsor"], nl: "investering in een chipfabriek" },
  own_fab_plan: { first: ["owner", "manufacturing_partner"], extra: ["supplier", "investor"], nl: "plan voor een eigen fabriek" },
  merger_acquisition: { first: ["acquirer", "acquired"], extra: ["investor", "owner"], nl: "overname" },
  funding_round: { first: ["investee", "investor"], extra: ["investor"], nl: "financieringsronde" },
  strategic_investment: { first: ["investor", "investee"], extra: ["investor", "sponsor"], nl: "strategische investering" },
  share_offering: { first: ["issuer", "investor"], extra: ["investor", "sponsor"], nl: "aandelenemissie" },
};

export const KIND_WEIGHTS: readonly (readonly [DealKind, number])[] = [
  ["chip_purchase", 26], ["supply_agreement", 18], ["foundry_contract", 14], ["strategic_investment", 10], ["funding_round", 9],
  ["manufacturing_buildout", 7], ["fab_investment", 6], ["merger_acquisition", 5], ["own_fab_plan", 3], ["share_offering", 2],
];

export const VALUE_KIND_WEIGHTS: readonly (readonly [ValueKind, number])[] = [["firm", 55], ["up_to", 20], ["estimate", 17], ["valuation", 8]];

export const ROLE_NL: Record<PartyRole, string> = {
  customer: "klant",
  supplier: "leverancier",
  foundry: "chipfabrikant",
  manufacturing_partner: "productiepartner",
  packaging_test_partner: "partner voor verpakking en testen",
  sponsor: "opdrachtgever",
  owner: "eigenaar",
  acquirer: "koper",
  acquired: "overgenomen partij",
  investor: "investeerder",
  investee: "ontvanger van de investering",
  issuer: "uitgever van de aandelen",
};

export const MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
export const QUARTERS_NL = ["eerste", "tweede", "derde", "vierde"];

export const EVENT_TEMPLATES = [
  ["production_change", "{c} raises output of {chip}", "{c} voert de productie van {chip} op."],
  ["guidance", "{c} lifts its revenue guidance", "{c} verhoogt de omzetverwachting voor het lopende jaar."],
  ["share_price", "{c} shares jump after results", "Het aandeel {c} steeg na de cijfers fors."],
  ["analyst_target", "Analysts raise their target for {c}", "Analisten verhogen het koersdoel voor {c}."],
  ["financial_results", "{c} reports record quarterly revenue", "{c} boekte een recordomzet in het afgelopen kwartaal."],
  ["spending_plan", "{c} plans more spending on AI data centres", "{c} wil fors meer uitgeven aan AI-datacenters."],
  ["strategy", "{c} shifts its focus to AI accelerators", "{c} verlegt de focus naar AI-versnellers."],
  ["supply_statement", "{c} warns of tight {chip} supply", "{c} waarschuwt voor krapte in de levering van {chip}."],
] as const;
