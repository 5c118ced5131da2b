import { expect, test } from "@playwright/test";

// /network on the seeded deals: the right arrows, each a link to its deal, the deal and its
// source sentence on focus, and the /deals filters in the URL.

test("draws the seeded deals as arrows from payer to payee", async ({ page }) => {
  await page.goto("/network");
  const edges = await page
    .locator("svg[data-testid=network-svg] a[data-edge]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-edge")).sort());
  expect(edges).toEqual(
    [
      "meta>amd:estimate",
      "nvidia>amkor:up_to",
      "nvidia>foxconn:up_to",
      "nvidia>spil:up_to",
      "nvidia>tsmc:up_to",
      "nvidia>wistron:up_to",
      "nvidia>xai:firm",
      "qatar>xai:firm",
      "cisco>xai:firm",
      "spacex>xai:firm",
      "spacex>xai:valuation",
      "tesla>samsung-electronics:firm",
      "tesla>samsung-electronics:none",
      "tesla>tsmc:none",
      "tesla>xai:firm",
      "xai>x:none",
    ].sort(),
  );
  // Two arrows from Tesla to Samsung (the AI6 contract, the supply relationship) bend apart.
  const d = async (key: string) => page.locator(`a[data-edge="${key}"] path`).first().getAttribute("d");
  expect(await d("tesla>samsung-electronics:firm")).not.toEqual(await d("tesla>samsung-electronics:none"));
  await expect(page.locator("a[data-node=tesla]")).toHaveAttribute("href", "/companies/tesla");
});

test("focus shows the deal and its source sentence; Enter opens the deal", async ({ page }) => {
  await page.goto("/network");
  const edge = page.locator('a[data-edge="meta>amd:estimate"]');
  await edge.focus();
  const detail = page.getByTestId("network-detail");
  await expect(detail).toContainText("Meta → AMD");
  await expect(detail).toContainText("≈ $100B (Estimate)");
  await expect(detail.locator("blockquote")).toContainText("AMD");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/deals\/meta-amd-instinct$/);
});

test("takes the /deals filters, and has a table of the same edges", async ({ page }) => {
  await page.goto("/network?kind=strategic_investment");
  await expect(page.locator("a[data-edge]")).toHaveCount(2);
  await page.getByText("Show the data as a table").click();
  const rows = page.getByTestId("network-table").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("xAI");
  await page.goto("/network?valueKind=huge");
  await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toContainText("valueKind");
});

test("groups the companies past top as Other", async ({ page }) => {
  await page.goto("/network?top=3");
  await expect(page.locator("[data-node]")).toHaveCount(4);
  await expect(page.locator('[data-node="other"]')).toContainText("Other (12 companies)");
});
