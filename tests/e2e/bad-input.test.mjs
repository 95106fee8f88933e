// Bad input: files that are not reports get a message naming them and lose nothing already
// loaded; text in legacy encodings reads back exactly, never as mojibake.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  dropFiles,
  fixtureText,
  loadApp,
  openPage,
  paneText,
  pasteReport,
  saveScreenshot,
  squash,
  startSite,
  stopSite,
  waitForComparison,
} from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** Texts of the document cards, in order. */
async function cardTexts(page) {
  return (await page.locator("[data-testid=doc]").allInnerTexts()).map(squash);
}

describe("a file that is not a report", () => {
  // Each fixture is the real thing: a 1×1 PNG, a zip holding a text file, a PDF, 0 bytes.
  for (const file of ["photo.png", "archive.zip", "scan.pdf", "empty.txt"]) {
    test(`${file}: a message names it, and the loaded reports stay`, async () => {
      const { page, record } = await openPage(browser);
      await loadApp(page, server.url);
      await pasteReport(page, fixtureText("valmora-gazette.txt"));
      await pasteReport(page, fixtureText("valmora-courier.txt"));
      await waitForComparison(page);
      const cardsBefore = await cardTexts(page);
      const leftBefore = await paneText(page, "left");

      await dropFiles(page, [file]);
      const alert = page.locator("[role=alert]").filter({ hasText: file });
      await alert.first().waitFor({ timeout: 10_000 });
      const message = squash(await alert.first().innerText());
      assert.ok(message.length > file.length + 10, `the message says what is wrong: "${message}"`);

      assert.deepEqual(await cardTexts(page), cardsBefore, "document cards unchanged");
      assert.equal(await paneText(page, "left"), leftBefore, "comparison unchanged");
      assert.deepEqual(record.pageErrors, []);
      await saveScreenshot(page, `rejected-${file.replace(/\W/g, "-")}`);
    });
  }
});

describe("text in other encodings", () => {
  test("Windows-1252 and UTF-16 (with BOM) files decode exactly", async () => {
    const { page } = await openPage(browser);
    await loadApp(page, server.url);
    await dropFiles(page, ["accents-windows-1252.txt", "accents-utf-16le-bom.txt"]);
    await waitForComparison(page);

    const cards = (await cardTexts(page)).join(" | ");
    assert.match(cards, /Talks at the Élysée: François Lefèvre meets Zoë Ångström/);
    assert.match(cards, /Fisheries talks in Paris: Lefèvre and Ångström/);

    const shown = `${await paneText(page, "left")} ${await paneText(page, "right")}`;
    assert.match(shown, /“We agreed on a €12 million fund,” Lefèvre said/, "Windows-1252 quotes and euro sign");
    assert.match(shown, /Dvořák of the Łódź delegation/, "UTF-16 beyond Latin-1");
    // The marks of text decoded with the wrong encoding.
    for (const mojibake of ["\uFFFD", "Ã", "Â", "ÿþ", "\u0000"]) {
      assert.ok(!shown.includes(mojibake) && !cards.includes(mojibake), `no ${JSON.stringify(mojibake)}`);
    }
    await saveScreenshot(page, "encodings");
  });
});
