import type { FxRateSeed } from "../schema";

// The rates non-USD amounts are converted at: the ECB euro foreign exchange reference rate
// (US dollars per euro) of the day the article quoting the amount was published. The seed fails
// when a non-USD amount has no rate here for its currency and day.
export const fxRates: FxRateSeed[] = [
  {
    currency: "EUR",
    date: "2026-01-29",
    usdPerUnit: "1.1970",
    source: "ECB euro foreign exchange reference rate",
    sourceUrl:
      "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html",
    note: "Entered without access to the ECB's published series; check it against the ECB's USD reference rate of 29 January 2026 before relying on the converted figures.",
  },
];
