// An automated accessibility audit (axe-core) of the main views — start, comparison, facts
// panel, fact matrix, shortcuts dialog, an error — in light and dark, whether the system or the
// header's switch chose the theme: no serious or critical violation of WCAG 2.1 A/AA.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import {
  dropFiles,
  exampleButton,
  loadApp,
  openPage,
  startSite,
  stopSite,
  waitForComparison,
} from "./harness.mjs";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** Serious and critical axe violations on the page as it is now, one line each. */
async function seriousViolations(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: the audit is
  // not part of the page and must not need the policy loosened.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((node) => node.target.join(" ")),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(", ")}`);
}

// The system's scheme, and the theme picked with the header's switch (none: Auto).
const THEMES = [
  { name: "light system", colorScheme: "light", pick: null },
  { name: "dark system", colorScheme: "dark", pick: null },
  { name: "dark picked on a light system", colorScheme: "light", pick: "theme-dark" },
  { name: "light picked on a dark system", colorScheme: "dark", pick: "theme-light" },
];

for (const { name, colorScheme, pick } of THEMES) {
  test(`${name}: every main view passes the audit`, async () => {
    const { page } = await openPage(browser);
    await page.emulateMedia({ colorScheme });
    await loadApp(page, server.url);
    if (pick) {
      await page.getByTestId(pick).click();
      await page.waitForFunction((theme) => document.documentElement.dataset.theme === theme, pick.replace("theme-", ""));
    }
    assert.deepEqual(await seriousViolations(page), [], "start screen");

    await exampleButton(page).click();
    await waitForComparison(page);
    assert.deepEqual(await seriousViolations(page), [], "comparison of the example, with its facts panel");

    // The facts panel with a status hidden, a fact picked and a contradiction jumped to.
    await page.locator("[data-testid=facts] .chip").nth(1).click();
    await page.locator("[data-fact-item]").first().click();
    await page.locator("[data-testid=conflict]").first().click();
    assert.deepEqual(await seriousViolations(page), [], "facts panel in use");

    await page.getByTestId("matrix-show").click();
    await page.getByTestId("matrix").waitFor();
    assert.deepEqual(await seriousViolations(page), [], "fact × source matrix of the three reports");

    await page.getByTestId("shortcuts-open").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=shortcuts]").open);
    assert.deepEqual(await seriousViolations(page), [], "keyboard shortcuts dialog");
    await page.keyboard.press("Escape");

    await dropFiles(page, ["photo.png"]);
    await page.locator("[role=alert]").filter({ hasText: "photo.png" }).first().waitFor();
    assert.deepEqual(await seriousViolations(page), [], "with an error message shown");
  });
}

test("landmarks: banner, main, the facts as complementary, contentinfo", async () => {
  const { page } = await openPage(browser);
  await loadApp(page, server.url);
  await exampleButton(page).click();
  await waitForComparison(page);
  for (const role of ["banner", "main", "contentinfo"]) {
    assert.equal(await page.getByRole(role).count(), 1, `one ${role}`);
  }
  assert.equal(await page.getByRole("complementary", { name: "Facts" }).count(), 1, "the facts panel");
  assert.equal(await page.getByRole("group", { name: "Colour theme" }).getByRole("button").count(), 3);
  assert.equal(await page.getByRole("button", { name: /Keyboard shortcuts/ }).count(), 1);
});
