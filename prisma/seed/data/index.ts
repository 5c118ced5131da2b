import type { SeedData } from "../schema";
import { articles } from "./articles";
import { companies } from "./companies";
import { fxRates } from "./fx-rates";
import * as metaAmd from "./meta-amd";
import * as nvidia from "./nvidia-us-build-out";
import { retired } from "./retired";
import * as samsungTesla from "./samsung-tesla";
import * as teslaModelSX from "./tesla-model-s-x";
import * as xaiSpacex from "./xai-spacex";

const byArticle = [samsungTesla, nvidia, xaiSpacex, teslaModelSX, metaAmd];

export const seedData: SeedData = {
  articles,
  fxRates,
  retired,
  companies,
  deals: byArticle.flatMap((m) => m.deals),
  events: byArticle.flatMap((m) => m.events),
};
