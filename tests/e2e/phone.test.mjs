// At a phone's width the rows stay readable: each row's left sentence stacks over its right
// one, full width, named by its side, in reading order; the hatched gaps of one-sided rows
// are left out. At a desktop's width the rows stay side by side.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  dropFiles,
  exampleButton,
  loadApp,
  longPair,
  openPage,
  saveScreenshot,
  startSite,
  stopSite,
  waitForComparison,
} from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** Every drawn cell with a sentence: its row, side, box and the label it shows. */
async function cells(page) {
  return page.locator(".cell[data-row]").evaluateAll((nodes) =>
    nodes.map((cell) => {
      const box = cell.getBoundingClientRect();
      return {
        row: Number(cell.dataset.row),
        side: cell.dataset.side,
        x: box.left,
        top: box.top + window.scrollY,
        bottom: box.bottom + window.scrollY,
        width: box.width,
        label: getComputedStyle(cell, "::before").content,
      };
    }),
  );
}

describe("the comparison at a phone's width", () => {
  test("stacks each row's left sentence over its right one, full width, in reading order", async () => {
    const { page, record } = await openPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await loadApp(page, server.url);
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(await sideways(), false, "the start screen fits the phone's width");
    await exampleButton(page).click();
    await waitForComparison(page);
    await page.evaluate(() => {
      for (const cell of document.querySelectorAll(".cell")) cell.style.contentVisibility = "visible";
    });
    const drawn = await cells(page);
    const paired = drawn.filter((c) => drawn.some((o) => o.row === c.row && o.side !== c.side));
    assert.ok(paired.length >= 4, "the example has corresponding sentences");
    const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
    for (const cell of drawn) {
      assert.ok(cell.width > pageWidth * 0.8, `row ${cell.row} ${cell.side} is full width (${cell.width}px)`);
      assert.equal(cell.label, `"${cell.side}"`, "each cell says its side");
    }
    // Reading order: row by row, left before right, each below the last.
    const order = [...drawn].sort((a, b) => a.top - b.top);
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1], order[i]];
      assert.ok(a.row < b.row || (a.row === b.row && a.side === "left"), `row ${a.row} ${a.side} before row ${b.row} ${b.side}`);
      assert.ok(b.top >= a.bottom - 1, "stacked, not overlapping");
    }
    assert.equal(await page.locator(".cell[data-gap]").evaluateAll((g) => g.filter((c) => c.offsetParent).length), 0,
      "no hatched gaps when stacked");
    // No sideways scrolling: the similarity map scrolls within itself.
    assert.equal(await sideways(), false, "the comparison fits the phone's width");
    await saveScreenshot(page, "phone-stacked");

    // At a desktop's width the same rows sit side by side, level.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.waitForFunction(() => {
      const l = document.querySelector(".cell[data-side=left]");
      return l && l.getBoundingClientRect().width < 700;
    });
    const wide = await cells(page);
    for (const left of wide.filter((c) => c.side === "left")) {
      const right = wide.find((c) => c.row === left.row && c.side === "right");
      if (right) assert.ok(Math.abs(right.top - left.top) < 1 && right.x > left.x, `row ${left.row} side by side`);
      assert.equal(left.label, "none", "no side names beside the pane headings");
    }
    assert.deepEqual(record.pageErrors, []);
  });

  test("a long comparison stacked still draws the rows wherever the reader scrolls", async () => {
    const { page, record } = await openPage(browser);
    page.setDefaultTimeout(60_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await loadApp(page, server.url);
    await dropFiles(page, longPair());
    await waitForComparison(page);
    let lastRow = -1;
    for (const share of [0.25, 0.5, 0.75, 0.97]) {
      await page.evaluate((share) => window.scrollTo(0, document.documentElement.scrollHeight * share), share);
      // The rows in view once the window has followed the scroll.
      const shown = await page.waitForFunction(() => {
        const seen = [...document.querySelectorAll(".cell[data-row]")].filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        });
        return seen.length >= 5 && seen.map((cell) => Number(cell.dataset.row));
      });
      const rows = await shown.jsonValue();
      assert.ok(rows[0] > lastRow, `further down at ${share}: row ${rows[0]} after ${lastRow}`);
      lastRow = rows[0];
    }
    assert.ok(lastRow > 2_000, "the end of the comparison is reached");
    assert.deepEqual(record.pageErrors, []);
  });
});
