import { expect, test } from "@playwright/test";

// What issue 12 corrected, as a reader sees it at a desktop and a phone width.
for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
]) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    test("an article page shows title, date and source apart, and only the body as text", async ({ page }) => {
      await page.goto("/articles/meta-buys-amd-ai-chips");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Meta investeert tot 100 miljard dollar in AMD AI-chips voor eigen superintelligentie",
      );
      const header = page.locator("article header");
      await expect(header).toContainText("24 Feb 2026");
      await expect(header).toContainText("The Information");
      const body = page.locator('div[lang="nl"]');
      await expect(body).toContainText("Meta heeft een overeenkomst gesloten");
      for (const frontMatter of ["title:", "cover:", "draft: false", "2026-02-24T15:58", "---"])
        await expect(body).not.toContainText(frontMatter);
      expect(await body.innerText()).toMatch(/^Meta heeft een overeenkomst gesloten/);
    });

    test("a dateline is not article text", async ({ page }) => {
      await page.goto("/articles/samsung-wins-tesla-ai6-chip-order");
      const body = page.locator('div[lang="nl"]');
      expect(await body.innerText()).toMatch(/^Dus roept Elon hulp in/);
      await expect(body.locator("mark", { hasText: "date 2025-07" })).toHaveCount(0);
    });

    test("a deal page shows each sentence once, with its English gloss and every claim it supports", async ({
      page,
    }) => {
      await page.goto("/deals/nvidia-us-ai-infrastructure");
      const evidence = page.getByRole("region", { name: /Evidence/ });
      const texas = evidence.getByRole("listitem").filter({ hasText: "Foxconn en Wistron Corp." });
      await expect(texas.locator("blockquote")).toHaveCount(1);
      await expect(texas).toContainText("Nvidia is building supercomputer plants in Texas together with Foxconn");
      await expect(texas.getByRole("list", { name: "What this sentence supports" }).getByRole("listitem")).toHaveCount(
        3,
      );
      const quotes = await evidence.locator("blockquote").allInnerTexts();
      expect(new Set(quotes).size).toBe(quotes.length);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("built in the US by partners");
    });

    test("Tesla's results show declines as declines and euros with their dated ECB rate", async ({ page }) => {
      await page.goto("/companies/tesla");
      const results = page.getByRole("list", { name: "Figures of Tesla reports its first annual revenue decline" });
      const operating = results.getByRole("listitem").filter({ hasText: "Operating profit change" });
      await expect(operating).toContainText("▼ −38%");
      const revenue = results.getByRole("listitem").filter({ hasText: "Total revenue 2025" });
      await expect(revenue).toContainText("€79.2B");
      await expect(revenue).toContainText("≈ $94.8B at the ECB euro foreign exchange reference rate of 29 Jan 2026");
      await expect(revenue.getByRole("link", { name: "1 EUR = 1.1970 USD" })).toHaveAttribute(
        "href",
        /ecb\.europa\.eu/,
      );
    });
  });
}

test("search finds deal kinds, roles and the Dutch evidence, stemmed", async ({ page }) => {
  await page.goto("/deals?q=fuseert");
  await expect(page.getByTestId("row-count")).toHaveText("1");
  await expect(page.getByRole("link", { name: "SpaceX merges with xAI" })).toBeVisible();
  await page.goto("/deals?q=foundry");
  await expect(page.getByTestId("row-count")).toHaveText("2");
});
