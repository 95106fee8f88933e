// Takes the README's screenshot (docs/screenshot.png): the built-in example compared, at a
// typical laptop size. Run after scripts/build:  node tests/e2e/readme-screenshot.mjs
// Not a test; kept next to them because it drives the page with the same harness.

import { join } from "node:path";
import { ROOT, exampleButton, launchBrowser, loadApp, openPage, serveDist, waitForComparison } from "./harness.mjs";

const server = await serveDist("/");
const browser = await launchBrowser();
try {
  const { page } = await openPage(browser);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await loadApp(page, server.url);
  await exampleButton(page).click();
  await waitForComparison(page);
  const path = join(ROOT, "docs", "screenshot.png");
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
} finally {
  await browser.close();
  await server.close();
}
