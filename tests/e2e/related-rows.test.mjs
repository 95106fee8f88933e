// Related rows: two sentences of one sub-topic told in their own words sit side by side,
// labelled "related", with no word changes marked, counted apart in the summary, and their
// figures not set against each other as a contradiction.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  loadApp,
  openPage,
  pasteReport,
  saveScreenshot,
  startSite,
  stopSite,
  waitForComparison,
} from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

const LEFT = [
  "Thousands marched through Kelbor on Saturday against the new mining law.",
  "A van drove into marchers by the old bridge, injuring three people.",
  "Organisers said the march was the largest in a decade.",
  "The interior minister blamed opposition groups for the unrest.",
].join(" ");
const RIGHT = [
  "Tens of thousands joined Saturday's march in Kelbor against the mining law.",
  "Police said 56 people were injured in the course of the day.",
  "The interior minister accused the opposition of stirring unrest.",
  "Organisers called it the biggest march in ten years.",
].join(" ");

describe("related rows", () => {
  test("pair one sub-topic told differently, quietly, without word changes or a false contradiction", async () => {
    const { page, record } = await openPage(browser);
    await page.setViewportSize({ width: 1440, height: 900 });
    await loadApp(page, server.url);
    await pasteReport(page, LEFT);
    await pasteReport(page, RIGHT);
    await waitForComparison(page);

    const left = page.locator("[data-testid=pane-left] .cell[data-kind=related]");
    const right = page.locator("[data-testid=pane-right] .cell[data-kind=related]");
    assert.equal(await left.count(), 1);
    assert.equal(await right.count(), 1);
    assert.match(await left.innerText(), /A van drove into marchers/);
    assert.match(await right.innerText(), /Police said 56 people were injured/);
    // Level with each other, and nothing in them marked as removed or added.
    const [l, r] = [await left.boundingBox(), await right.boundingBox()];
    assert.ok(Math.abs(l.y - r.y) < 1, "side by side");
    assert.equal(await page.locator(".cell[data-kind=related] del, .cell[data-kind=related] ins").count(), 0);
    const label = right.locator(".row-label");
    assert.equal(await label.innerText(), "related");
    assert.match(await label.getAttribute("title"), /told differently/);

    assert.match(await page.locator("[data-testid=summary]").innerText(), /1\s+related/);
    // The facts panel: the crowd sizes clash, the injured counts do not; each stands as what
    // its report alone says.
    const facts = await page.locator(".facts-panel").innerText();
    const clashes = facts.slice(facts.indexOf("CONTRADICTIONS"), facts.indexOf("ORGANIZATIONS"));
    assert.match(clashes, /Thousands — Right: Tens of thousands/);
    assert.doesNotMatch(clashes, /56|three/);
    assert.match(facts, /1 contradicted/);
    await saveScreenshot(page, "related-rows");
    assert.deepEqual(record.pageErrors, []);
  });
});
