import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { EMBED_PAGES, PAGES } from "./pages";

// axe-core on every page at a phone and a desktop width, in light and dark mode (colour contrast
// differs per scheme); a screenshot of each is kept under test-results/screenshots/.
const VIEWS = [
  { label: "desktop-light", viewport: { width: 1280, height: 900 }, colorScheme: "light" as const },
  { label: "desktop-dark", viewport: { width: 1280, height: 900 }, colorScheme: "dark" as const },
  { label: "mobile-light", viewport: { width: 375, height: 812 }, colorScheme: "light" as const },
  { label: "mobile-dark", viewport: { width: 375, height: 812 }, colorScheme: "dark" as const },
];

for (const view of VIEWS) {
  test.describe(view.label, () => {
    test.use({ viewport: view.viewport, colorScheme: view.colorScheme });
    for (const { name, path } of [...PAGES, ...EMBED_PAGES]) {
      test(`${name}: no axe violations, no horizontal scroll`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        );
        expect(summary).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, "page wider than the screen").toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-results/screenshots/${name}-${view.label}.png`, fullPage: true });
      });
    }
  });
}
