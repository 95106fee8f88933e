// Many reports at once: with three or more on the shelf, a map of every pair says how close
// each two accounts are and how many facts they contradict, and opens any pair with a click
// or with Enter.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  exampleButton,
  launchBrowser,
  loadApp,
  openPage,
  paneText,
  pasteReport,
  saveScreenshot,
  serveDist,
  waitForComparison,
} from "./harness.mjs";

let browser;
let server;

before(async () => {
  browser = await launchBrowser();
  server = await serveDist("/");
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The map's cells once it is worked out for `reports` reports, and the reports' row headings.
 * Waits for that map: the one of the shelf before a report was added, or the table drawn while
 * the new one is worked out, may still be on screen.
 */
async function readyMap(page, reports) {
  const map = page.locator("[data-testid=similarity-map]");
  await map.locator("table").waitFor({ timeout: 20_000 });
  const cells = map.locator("[data-testid=map-cell]");
  const pairs = reports * (reports - 1);
  await page
    .waitForFunction(
      (n) => document.querySelectorAll("[data-testid=similarity-map] [data-testid=map-cell]").length === n,
      pairs,
      { timeout: 20_000 },
    )
    .catch(() => {});
  assert.equal(await cells.count(), pairs, "a cell for every ordered pair");
  return { map, cells };
}

describe("similarity map", () => {
  test("shows every pair of the example with its similarity and opens one on click and on Enter", async () => {
    const { page, record } = await openPage(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    await loadApp(page, server.url);
    await exampleButton(page).click();
    await waitForComparison(page);
    const { map, cells } = await readyMap(page, 3);

    // A table a screen reader reads: a caption, column and row headings, a name per cell.
    assert.match(await map.locator("caption").innerText(), /contradict/);
    assert.equal(await map.locator("tbody th[scope=row]").count(), 3);
    const labels = await cells.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")));
    for (const label of labels) assert.match(label, / against .*: \d+% similar, (no|\d+) contradictions?$/);

    // The same pair reads the same either way round.
    const percent = (label) => label.match(/(\d+)% similar/)[1];
    const rows = await map.locator("tbody tr").all();
    const oneTwo = await rows[0].locator("[data-testid=map-cell]").nth(0).getAttribute("aria-label");
    const twoOne = await rows[1].locator("[data-testid=map-cell]").nth(0).getAttribute("aria-label");
    assert.equal(percent(oneTwo), percent(twoOne));

    // The pair opened from the map is the pair shown, and the summary agrees with the cell.
    const third = await map.locator("tbody th[scope=row]").nth(2).getAttribute("title");
    const first = await map.locator("tbody th[scope=row]").nth(0).getAttribute("title");
    await rows[2].locator("[data-testid=map-cell]").nth(0).click();
    await page.waitForFunction(
      (title) => document.querySelector("[data-testid=pick-left] option:checked")?.textContent.includes(title),
      third,
    );
    await waitForComparison(page);
    assert.ok((await page.locator("[data-testid=pick-right] option:checked").innerText()).includes(first));
    const shown = await rows[2].locator("[data-testid=map-cell]").nth(0).getAttribute("aria-label");
    assert.match(await page.locator("[data-testid=summary]").innerText(), new RegExp(`${percent(shown)}\\s*%`));
    assert.equal(await rows[2].locator("[data-testid=map-cell]").nth(0).getAttribute("aria-current"), "true");
    const leftBefore = await paneText(page, "left");

    // Enter on a focused cell opens that pair too.
    await rows[0].locator("[data-testid=map-cell]").nth(1).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (title) => document.querySelector("[data-testid=pick-left] option:checked")?.textContent.includes(title),
      first,
    );
    await waitForComparison(page);
    assert.notEqual(await paneText(page, "left"), leftBefore);

    await saveScreenshot(page, "similarity-map-light");
    await page.emulateMedia({ colorScheme: "dark" });
    await saveScreenshot(page, "similarity-map-dark");
    assert.deepEqual(record.pageErrors, []);
  });

  test("grows with the shelf: a fourth report adds its row and column", async () => {
    const { page } = await openPage(browser);
    await loadApp(page, server.url);
    await exampleButton(page).click();
    await waitForComparison(page);
    await readyMap(page, 3);
    await pasteReport(page, "A fourth account\n\nThe harbour council met again on Friday and said little about the plan.");
    await readyMap(page, 4);
  });

  test("with the shelf folded, the summary and the first rows of the panes are in the first screen at 1440×900", async () => {
    const { page } = await openPage(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    await loadApp(page, server.url);
    await exampleButton(page).click();
    await waitForComparison(page);
    await readyMap(page, 3);
    const top = async (selector) => (await page.locator(selector).first().boundingBox()).y;
    assert.ok((await top("[data-testid=summary]")) < 900, "the summary is in the first screen");
    const firstRow = await page.locator("[data-testid=pane-left] .cell").first().boundingBox();
    assert.ok(firstRow.y + 40 < 900, `the first row starts in the first screen (at ${firstRow.y})`);

    // The folded cards keep their previews for screen readers; "Show details" unfolds them.
    const toggle = page.locator("[data-testid=shelf-toggle]");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    const card = page.locator("[data-testid=doc]").first();
    const folded = (await card.boundingBox()).height;
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.ok((await card.boundingBox()).height > folded + 20, "unfolded cards show their previews");
    assert.ok((await card.locator("[data-testid=preview]").boundingBox()).height > 10);
  });

  test("two reports have no map", async () => {
    const { page } = await openPage(browser);
    await loadApp(page, server.url);
    await pasteReport(page, "The ferry left Varna on Monday with 212 passengers.");
    await pasteReport(page, "The ferry left Varna on Tuesday with 212 passengers.");
    await waitForComparison(page);
    assert.equal(await page.locator("[data-testid=similarity-map]").count(), 0);
  });
});
