// Long reports: the page draws the rows near the viewport, follows the scroll in both
// directions, shows progress while the engine works, jumps to rows not drawn, and draws every
// row for printing.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  dropFiles,
  loadApp,
  longPair,
  openPage,
  paneText,
  saveScreenshot,
  squash,
  startSite,
  stopSite,
} from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** A page comparing the long pair, with whether a progress bar was ever shown recorded. */
async function longComparison() {
  const { page, record } = await openPage(browser);
  page.setDefaultTimeout(60_000);
  await page.addInitScript(() => {
    window.__sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector("[data-testid=progress] progress")) window.__sawProgress = true;
    }).observe(document, { subtree: true, childList: true });
  });
  await loadApp(page, server.url);
  await dropFiles(page, longPair());
  await page.locator("[data-testid=pane-right] .cell[data-row]").first().waitFor();
  return { page, record };
}

/** The rows drawn now, as "start-end". */
function drawn(page) {
  return page.locator("[data-testid=comparison]").getAttribute("data-drawn");
}

describe("long reports", () => {
  test("only the rows near the viewport are drawn, and scrolling down and back up redraws them", async () => {
    const { page, record } = await longComparison();
    const rows = Number(await page.locator("[data-testid=comparison]").getAttribute("data-rows"));
    assert.ok(rows > 2_000, `${rows} rows`);
    const cells = await page.locator("[data-testid=comparison] .cell").count();
    assert.ok(cells < 400, `${cells} cells drawn for ${rows} rows`);
    assert.ok(await page.evaluate(() => window.__sawProgress), "a progress bar was shown while comparing");

    // To the bottom: the last sentences are drawn and visible. The facts arrive after the
    // panes and change the page's height, so the page is let settle first (on a busy machine
    // they came after the scroll and moved the bottom away).
    await page.locator("[data-testid=facts-pending]").waitFor({ state: "detached", timeout: 60_000 });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => !document.querySelector("[data-testid=comparison]").dataset.drawn.startsWith("0-"));
    await page.getByText("Crew 2399 repaired", { exact: false }).first().waitFor();
    assert.ok(await page.getByText("Crew 2399 repaired").first().isVisible());
    await saveScreenshot(page, "long-bottom");

    // Back to the top: the first rows again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => document.querySelector("[data-testid=comparison]").dataset.drawn.startsWith("0-"));
    await page.getByText("Crew 1 repaired").first().waitFor({ state: "visible" });
    assert.match(await drawn(page), /^0-\d+$/);
    assert.deepEqual(record.pageErrors, []);
  });

  test("a jump to a row far below draws it and brings it into view", async () => {
    const { page } = await longComparison();
    // Step through differences from the end: k goes to the last one.
    await page.keyboard.press("k");
    await page.waitForFunction(() => Number(document.activeElement?.dataset?.row) > 2_000);
    const focused = page.locator(":focus");
    const text = squash(await focused.innerText());
    assert.match(text, /Crew 23\d\d/, `the last difference is near the end: ${text}`);
    assert.ok(await focused.isVisible(), "scrolled into view");
    assert.doesNotMatch(await drawn(page), /^0-/);
    // It stays: following the scroll after the jump keeps the row drawn.
    await page.mouse.wheel(0, 200);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.ok(await page.getByText(text.slice(0, 20)).first().isVisible());
  });

  test("printing draws every row", async () => {
    const { page } = await longComparison();
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.waitForFunction(() => {
      const c = document.querySelector("[data-testid=comparison]");
      return c.dataset.drawn === `0-${c.dataset.rows}`;
    });
    assert.match(await paneText(page, "left"), /Crew 2399 repaired/);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    await page.waitForFunction(() => {
      const c = document.querySelector("[data-testid=comparison]");
      return c.dataset.drawn !== `0-${c.dataset.rows}`;
    });
  });
});
