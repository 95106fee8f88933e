// An automated accessibility audit (axe-core) of the main views, in light and dark themes: no
// serious or critical violation of WCAG 2.1 A/AA.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { after, before, test } from "node:test";
import {
  dropFiles,
  exampleButton,
  launchBrowser,
  loadApp,
  openPage,
  serveDist,
  waitForComparison,
} from "./harness.mjs";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser;
let server;

before(async () => {
  server = await serveDist("/");
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

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

for (const colorScheme of ["light", "dark"]) {
  test(`${colorScheme} theme: start, comparison and an error message pass the audit`, async () => {
    const { page } = await openPage(browser);
    await page.emulateMedia({ colorScheme });
    await loadApp(page, server.url);
    assert.deepEqual(await seriousViolations(page), [], "start screen");

    await exampleButton(page).click();
    await waitForComparison(page);
    assert.deepEqual(await seriousViolations(page), [], "comparison of the example");

    await dropFiles(page, ["photo.png"]);
    await page.locator("[role=alert]").filter({ hasText: "photo.png" }).first().waitFor();
    assert.deepEqual(await seriousViolations(page), [], "with an error message shown");
  });
}
