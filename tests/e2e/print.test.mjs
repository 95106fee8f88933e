// Printing the comparison: the panes side by side, the page's controls left out, the
// highlights drawn as lines that survive black-and-white, and a PDF to look at
// (tests/e2e/artifacts/comparison-print.pdf).

import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  ARTIFACTS,
  exampleButton,
  loadApp,
  openPage,
  startSite,
  stopSite,
  waitForComparison,
} from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** The box of the first element matching `selector`, or null when it takes no space. */
function box(page, selector) {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) return null;
    const { x, y, width, height } = element.getBoundingClientRect();
    return width && height ? { x, y, width, height } : null;
  }, selector);
}

/** Computed style properties of the first element matching `selector`. */
function style(page, selector, properties) {
  return page.evaluate(
    ({ selector, properties }) => {
      const computed = getComputedStyle(document.querySelector(selector));
      return Object.fromEntries(properties.map((p) => [p, computed.getPropertyValue(p)]));
    },
    { selector, properties },
  );
}

test("printed, the comparison keeps its panes side by side and drops the page's controls", async () => {
  const { page } = await openPage(browser);
  await loadApp(page, server.url);
  // The dark theme on screen must not darken the paper.
  await page.getByTestId("theme-dark").click();
  await exampleButton(page).click();
  await waitForComparison(page);
  await page.getByTestId("matrix-show").click();
  await page.getByTestId("matrix").waitFor();
  await page.emulateMedia({ media: "print" });

  const left = await box(page, "[data-testid=pane-left] .pane-head");
  const right = await box(page, "[data-testid=pane-right] .pane-head");
  assert.ok(left && right, "both pane headings are printed");
  assert.ok(Math.abs(left.y - right.y) < 2, "the panes start level");
  assert.ok(left.x + left.width <= right.x + 1, "left beside right");
  const row = await page.evaluate(() => {
    const cell = document.querySelector(".cell[id$='-left'][data-kind='reworded']");
    const other = document.getElementById(cell.id.replace("-left", "-right"));
    return { left: cell.getBoundingClientRect().top, right: other.getBoundingClientRect().top };
  });
  assert.ok(Math.abs(row.left - row.right) < 2, "corresponding sentences start level");

  for (const hidden of [".site-header", ".intake", ".pair-picker", ".export-menu", ".fact-filters", "[data-testid=next-conflict]", ".legend-check", ".site-footer"]) {
    assert.equal(await box(page, hidden), null, `${hidden} is not printed`);
  }
  for (const shown of ["[data-testid=summary]", "[data-testid=facts]", "[data-fact-item]", "[data-testid=matrix]", ".legend"]) {
    assert.ok(await box(page, shown), `${shown} is printed`);
  }

  // Ink on white, whatever the screen's theme.
  const paper = await style(page, "body", ["background-color", "color"]);
  assert.equal(paper["background-color"], "rgb(255, 255, 255)");
  assert.equal(paper.color, "rgb(0, 0, 0)");
  // Every marking is a line as well as a colour.
  assert.match((await style(page, "del", ["text-decoration-line"]))["text-decoration-line"], /line-through/);
  assert.match((await style(page, "ins", ["text-decoration-line"]))["text-decoration-line"], /underline/);
  assert.match((await style(page, "mark.verbatim", ["text-decoration-style"]))["text-decoration-style"], /double/);
  assert.match((await style(page, ".variant", ["text-decoration-style"]))["text-decoration-style"], /dotted/);
  for (const [status, line] of [["shared", "solid"], ["left-only", "dashed"], ["conflict", "wavy"]]) {
    const decoration = await style(page, `.comparison .fact[data-st='${status}']`, ["text-decoration-style"]);
    assert.equal(decoration["text-decoration-style"], line, `${status} facts are ${line}`);
  }
  // Nothing clipped, no row split across pages.
  assert.equal((await style(page, ".comparison", ["overflow-x"]))["overflow-x"], "visible");
  assert.equal((await style(page, ".facts-panel", ["overflow-y"]))["overflow-y"], "visible");
  assert.equal((await style(page, ".pane-title", ["white-space"]))["white-space"], "normal");
  assert.equal((await style(page, ".cell", ["break-inside"]))["break-inside"], "avoid");
  // On screen, rows out of view wait to be laid out; on paper every one is drawn.
  assert.equal((await style(page, ".cell", ["content-visibility"]))["content-visibility"], "visible");

  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, "comparison-print.pdf");
  await page.pdf({ path, format: "A4" });
  const pdf = readFileSync(path, "latin1");
  assert.ok(pdf.startsWith("%PDF-"), "a PDF was written");
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  assert.ok(pages >= 2, `the comparison, facts and matrix fill several pages (${pages})`);
});

test("on narrow paper the reports are printed one above the other", async () => {
  const { page } = await openPage(browser);
  await page.setViewportSize({ width: 480, height: 900 });
  await loadApp(page, server.url);
  await exampleButton(page).click();
  await waitForComparison(page);
  await page.emulateMedia({ media: "print" });
  const left = await box(page, "[data-testid=pane-left] .pane-head");
  const right = await box(page, "[data-testid=pane-right] .pane-head");
  assert.ok(right.y > left.y + left.height, "the right report follows the left one");
  assert.equal(await box(page, ".cell[data-gap]"), null, "empty cells are left out");
  await page.pdf({ path: join(ARTIFACTS, "comparison-print-a5.pdf"), format: "A5" });
});
