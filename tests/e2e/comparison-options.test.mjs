// Comparison options: the reader says what counts as a word change (case, a word's own
// punctuation, quotation-mark style, number formatting). The marks and the similarity follow,
// the text and the pairs never change, the choice is kept with the shelf, and the summary and
// the copied summary say which were on.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  andSaved,
  loadApp,
  openPage,
  paneText,
  pasteReport,
  saveScreenshot,
  startSite,
  stopSite,
  waitForComparison,
  watchSaves,
} from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

const LEFT = [
  "Polling stations in Tarvos closed at eight in the evening.",
  "The Ministry counted 1,000 ballots in the U.S. embassy’s hall by midnight.",
  "Turnout was higher than at the last election, officials said.",
].join(" ");
const RIGHT = [
  "Polling stations in Tarvos closed at eight in the evening.",
  "The ministry counted 1000 ballots in the US embassy's hall by midnight.",
  "Turnout was higher than at the last election, officials said.",
].join(" ");

/** The words the left pane marks as removed, in order. */
async function removedWords(page) {
  return page.locator("[data-testid=pane-left] del").allInnerTexts();
}

/** Waits until the left pane marks exactly `words`. */
async function marksBecome(page, words) {
  await page.waitForFunction(
    (want) =>
      JSON.stringify([...document.querySelectorAll("[data-testid=pane-left] del")].map((d) => d.innerText)) ===
      JSON.stringify(want),
    words,
  );
}

describe("comparison options", () => {
  test("change which words are marked, are kept with the shelf, and are said in the summaries", async () => {
    const { context, page, record } = await openPage(browser);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.addInitScript(watchSaves);
    await page.setViewportSize({ width: 1440, height: 900 });
    await loadApp(page, server.url);
    await pasteReport(page, LEFT);
    await pasteReport(page, RIGHT);
    await waitForComparison(page);

    // By default a capital, a thousands separator and a word's full stops are changes; the
    // style of an apostrophe is not.
    assert.deepEqual(await removedWords(page), ["Ministry", "1,000", "U.S."]);
    const options = page.locator("[data-testid=word-options]");
    assert.match(await options.locator("summary").innerText(), /every difference counts but quotation mark style/);
    assert.equal(await page.locator("[data-testid=word-match-note]").count(), 0);
    const textBefore = await paneText(page, "left");
    const similarBefore = await page.locator(".stat-main .stat-value").innerText();

    await options.locator("summary").click();
    const ignoreCase = page.getByRole("checkbox", { name: /Ignore case/ });
    const numbers = page.getByRole("checkbox", { name: /Ignore number formatting/ });
    const quotes = page.getByRole("checkbox", { name: /Quotation marks alike/ });
    assert.equal(await quotes.isChecked(), true, "quotation marks are alike by default");
    await andSaved(page, () => ignoreCase.check());
    await marksBecome(page, ["1,000", "U.S."]);
    await andSaved(page, () => numbers.check());
    await marksBecome(page, ["U.S."]);
    await saveScreenshot(page, "comparison-options");

    // The text and the pairs stay; the similarity rises; the summary says what was set aside.
    assert.equal(await paneText(page, "left"), textBefore);
    const similarAfter = await page.locator(".stat-main .stat-value").innerText();
    assert.ok(parseInt(similarAfter) > parseInt(similarBefore), `${similarBefore} → ${similarAfter}`);
    assert.match(
      await page.locator("[data-testid=word-match-note]").innerText(),
      /case ignored, quotation marks alike, number formatting ignored/,
    );

    // Telling quotation marks apart marks the apostrophe's word too.
    await andSaved(page, () => quotes.uncheck());
    await marksBecome(page, ["U.S.", " ", "embassy’s"]);
    await andSaved(page, () => quotes.check());
    await marksBecome(page, ["U.S."]);

    // Kept with the shelf: a reload shows the same marks with the same boxes ticked.
    await page.reload();
    await waitForComparison(page);
    await marksBecome(page, ["U.S."]);
    await page.locator("[data-testid=word-options] summary").click();
    assert.equal(await page.getByRole("checkbox", { name: /Ignore case/ }).isChecked(), true);
    assert.equal(await page.getByRole("checkbox", { name: /Ignore number formatting/ }).isChecked(), true);
    assert.equal(await page.getByRole("checkbox", { name: /Ignore punctuation/ }).isChecked(), false);

    // The copied summary says which were on.
    await page.keyboard.press("Escape");
    await page.locator("[data-testid=export]").click();
    await page.locator("[data-testid=copy-summary]").click();
    await page.getByText("Summary copied to the clipboard.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /Word changes: case ignored, quotation marks alike, number formatting ignored/);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
  });
});
