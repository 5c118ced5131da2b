import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "./admin-token";
import { INGEST_ARTICLE } from "../setup/ingest-article";

// The analyst's whole round: sign in, hand in an article, edit and accept a candidate, see the
// deal on /deals and in the CSV, undo it, and see it gone everywhere.

const TITLE = "Microsoft buys AI chips from AMD (e2e)";

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function csvSlugs(page: Page): Promise<string> {
  const response = await page.request.get("/api/deals.csv?q=e2e");
  expect(response.status()).toBe(200);
  return response.text();
}

test("sign in → ingest → edit → accept → on /deals and in the CSV → undo → gone", async ({ page }) => {
  await page.goto("/ingest");
  await page.getByLabel("Your name").fill("E2E Analyst");
  await page.getByLabel("Admin token").fill("not the token");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Wrong token");
  await page.getByLabel("Admin token").fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();

  await page.getByLabel("Article text").fill(INGEST_ARTICLE);
  await page.getByLabel("Title", { exact: true }).fill("Microsoft koopt AI-chips bij AMD");
  await page.getByLabel("Outlet (optional)").fill("Testkrant");
  await page.getByLabel("Published on").fill("2026-03-10");
  await page.getByRole("button", { name: "Extract candidates" }).click();
  await expect(page).toHaveURL(/\/ingest\/\d+$/);
  const reviewUrl = page.url();

  // The candidate whose quote states the amount; any other candidate is rejected.
  const candidates = page.locator("fieldset[aria-labelledby$='-legend']");
  await expect(candidates.first()).toBeVisible();
  const count = await candidates.count();
  let target = -1;
  for (let i = 0; i < count; i++) {
    const text = await candidates.nth(i).innerText();
    if (target < 0 && text.includes("2,5 miljard dollar")) target = i;
    else
      await candidates
        .nth(i)
        .getByLabel(/Keep this candidate/)
        .uncheck();
  }
  expect(target, "a candidate quotes the amount").toBeGreaterThanOrEqual(0);
  await expect(page.locator("mark", { hasText: "2,5 miljard dollar" }).first()).toBeVisible();
  await axeClean(page);

  const c = candidates.nth(target);
  const secondSource = c.getByLabel(/as a second source/);
  if (await secondSource.count()) await secondSource.uncheck();
  await c.getByLabel("Title", { exact: true }).fill(TITLE);
  await c.getByLabel("Kind", { exact: true }).selectOption("chip_purchase");
  await c.getByLabel(/^Amount/).fill("2500000000");
  await c.getByLabel(/^Currency/).fill("USD");
  await c.getByLabel("Value kind", { exact: true }).selectOption("firm");
  await c.getByLabel(/^Announced/).fill("2026-03-10");
  await c
    .getByLabel(/^Summary/)
    .fill("Microsoft buys AI chips from AMD for $2.5 billion, a made-up deal of the e2e test.");
  while (await c.getByRole("button", { name: /^Remove/ }).count())
    await c
      .getByRole("button", { name: /^Remove/ })
      .first()
      .click();
  for (const [k, company, role] of [
    [0, "microsoft", "customer"],
    [1, "amd", "supplier"],
  ] as const) {
    await c.getByRole("button", { name: "Add a party" }).click();
    await c.getByLabel(`Party ${k + 1}`).selectOption(company);
    await c.getByLabel("Role").nth(k).selectOption(role);
  }
  await page.getByRole("button", { name: /^Accept 1 deal/ }).click();

  await expect(page.getByRole("heading", { name: "Accepted" })).toBeVisible();
  await expect(page.getByRole("link", { name: TITLE })).toBeVisible();
  // The audit log names the analyst and the edit.
  await expect(page.getByText("E2E Analyst accepted")).toBeVisible();
  await expect(page.getByText(`title: `, { exact: false }).filter({ hasText: `→ "${TITLE}"` })).toBeVisible();
  await axeClean(page);

  await page.goto("/deals?q=e2e");
  const table = page.getByRole("table", { name: "Deals matching the filters" });
  await expect(table.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(page.getByTestId("row-count")).toHaveText("1");
  expect(await csvSlugs(page)).toContain("microsoft-buys-ai-chips-from-amd-e2e");
  await table.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);

  await page.goto(reviewUrl);
  await page.getByRole("button", { name: "Undo this ingest" }).click();
  await page.getByRole("button", { name: "Yes, undo it" }).click();
  await expect(page.getByText("This ingest was undone")).toBeVisible();
  await expect(page.getByText("E2E Analyst undid")).toBeVisible();

  await page.goto("/deals?q=e2e");
  await expect(page.getByRole("link", { name: TITLE })).toHaveCount(0);
  expect(await csvSlugs(page)).not.toContain("microsoft-buys-ai-chips-from-amd-e2e");
  expect((await page.request.get("/deals/microsoft-buys-ai-chips-from-amd-e2e")).status()).toBe(404);
});

test("the same text twice is detected and said so", async ({ page }) => {
  await page.goto("/ingest");
  await page.getByLabel("Your name").fill("E2E Analyst");
  await page.getByLabel("Admin token").fill(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Signed in as E2E Analyst")).toBeVisible();
  const text = "Nvidia levert chips aan Oracle, meldde de krant dinsdag zonder bedragen te noemen.";
  for (let round = 0; round < 2; round++) {
    await page.goto("/ingest");
    await page.getByLabel("Article text").fill(text);
    await page.getByLabel("Title", { exact: true }).fill("Nvidia levert aan Oracle");
    await page.getByLabel("Published on").fill("2026-03-11");
    await page.getByRole("button", { name: "Extract candidates" }).click();
    if (round === 0) await expect(page).toHaveURL(/\/ingest\/\d+$/);
  }
  await expect(page.getByRole("main").getByRole("alert")).toContainText("ingested before");
  await expect(page.getByRole("link", { name: /Open ingest \d+/ })).toBeVisible();
});

test("writes without a session are refused", async ({ request }) => {
  const create = await request.post("/api/ingest", { data: { text: "x" } });
  expect(create.status()).toBe(401);
  const foreign = await request.post("/api/ingest/1/undo", { data: {}, headers: { Origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
});
