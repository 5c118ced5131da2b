import { expect, test } from "@playwright/test";

test("the overview keeps value kinds apart and shows the largest deals with qualified values", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "AI-chip supply deals" })).toBeVisible();
  const totals = page.getByRole("region", { name: "Value tracked, by kind" });
  await expect(totals).toContainText("Firm value");
  await expect(totals).toContainText("Up-to ceiling");
  await expect(totals).toContainText("$500B");
  const largest = page.getByRole("figure", { name: "Largest deals" });
  await expect(largest.getByRole("listitem").filter({ hasText: "Nvidia's US AI" })).toContainText("up to $500B");
  await expect(largest.getByRole("listitem").filter({ hasText: "SpaceX merges with xAI" })).toContainText(
    "valued at $1.25T",
  );
  await expect(largest.getByRole("listitem").filter({ hasText: "Meta to buy AMD" })).toContainText("≈ $100B");
  await expect(page.getByRole("region", { name: "Latest deals" }).getByRole("article")).toHaveCount(5);
});
