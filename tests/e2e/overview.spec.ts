import { expect, test } from "@playwright/test";

test("the overview lists the seeded deals with qualified values", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "AI-chip supply deals" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(13);
  const nvidia = rows.filter({ hasText: "Nvidia's US AI manufacturing build-out" });
  await expect(nvidia).toContainText("up to $500B");
  await expect(nvidia).toContainText("Apr 2025");
  await expect(rows.filter({ hasText: "SpaceX merges with xAI" })).toContainText("valued at $1.25T");
  await expect(rows.filter({ hasText: "Meta to buy AMD" })).toContainText("≈ $100B");
  await page.screenshot({ path: "test-results/screenshots/overview.png", fullPage: true });
});
