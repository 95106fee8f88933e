// Contradictions a reader can judge: each quotes the sentence of each report with the value
// marked; "Not a contradiction" takes one out of the comparison and the exports, survives a
// reload and can be undone. Any fact shows the sentence it comes from in each report.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import {
  andSaved,
  loadApp,
  openPage,
  pasteReport,
  saveScreenshot,
  squash,
  startSite,
  stopSite,
  waitForComparison,
  watchSaves,
} from "./harness.mjs";

// Two accounts of one council vote that disagree on its weekday.
const LEFT = [
  "Brennick council approves river bridge",
  "The Brennick town council approved the new river bridge on Tuesday after a two-hour debate.",
  "Mayor Ilse Varga said the crossing would open in the spring of next year.",
].join("\n\n");
const RIGHT = [
  "River bridge wins council vote in Brennick",
  "The Brennick town council approved the new river bridge on Thursday after a two-hour debate.",
  "Mayor Ilse Varga said the crossing would open in the spring of next year.",
].join("\n\n");

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** The JSON export's contradictions, as [left, right] values. */
async function exportedConflicts(page) {
  await page.locator("[data-testid=export]").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=export-json]").click()]);
  const json = JSON.parse(readFileSync(await file.path(), "utf8"));
  return json.conflicts.map((c) => [c.left, c.right]);
}

describe("contradictions a reader judges", () => {
  test("a contradiction quotes both sentences, and one set aside leaves the comparison and its exports until undone", async () => {
    const { page, record } = await openPage(browser);
    await page.addInitScript(watchSaves);
    await loadApp(page, server.url);
    await pasteReport(page, LEFT);
    await pasteReport(page, RIGHT);
    await waitForComparison(page);

    const entry = page.locator("[data-testid=conflict-entry]");
    await assert.doesNotReject(entry.first().waitFor());
    assert.equal(await entry.count(), 1);
    const sentences = squash(await entry.locator("[data-testid=conflict-sentences]").innerText());
    assert.match(sentences, /L\s*The Brennick town council approved the new river bridge on Tuesday/);
    assert.match(sentences, /R\s*The Brennick town council approved the new river bridge on Thursday/);
    assert.deepEqual(await entry.locator("mark").allInnerTexts(), ["Tuesday", "Thursday"]);
    assert.deepEqual(await exportedConflicts(page), [["Tuesday", "Thursday"]]);
    await saveScreenshot(page, "contradiction-with-sentences");

    await andSaved(page, () => page.locator("[data-testid=set-aside-conflict]").click());
    await page.locator("[data-testid=set-aside]").waitFor();
    assert.equal(await entry.count(), 0);
    assert.match(squash(await page.locator("[data-testid=set-aside]").innerText()), /Set aside by you \(1\) Tuesday \/ Thursday/);
    assert.match(squash(await page.locator("[data-testid=fact-counts]").innerText()), /0 contradicted/);
    assert.deepEqual(await exportedConflicts(page), []);

    await page.reload();
    await page.locator("[data-testid=set-aside]").waitFor({ timeout: 30_000 });
    assert.equal(await entry.count(), 0, "still set aside after a reload");

    await page.locator("[data-testid=restore-conflict]").click();
    await entry.first().waitFor();
    assert.equal(await page.locator("[data-testid=set-aside]").count(), 0);
    assert.deepEqual(await exportedConflicts(page), [["Tuesday", "Thursday"]]);
    assert.deepEqual(record.pageErrors, []);
    assert.deepEqual(record.consoleErrors, []);
  });

  test("hovering a fact shows the sentence it comes from in each report, without moving the list", async () => {
    const { page, record } = await openPage(browser);
    await loadApp(page, server.url);
    await pasteReport(page, LEFT);
    await pasteReport(page, RIGHT);
    await waitForComparison(page);

    const mayor = page.locator("[data-fact-item]", { hasText: "Ilse Varga" }).first();
    const next = page.locator("[data-fact-item]").last();
    // Where the last fact sits in the panel (hovering may scroll the page, not the list).
    const place = () => next.evaluate((el) => el.getBoundingClientRect().top - el.closest("[data-testid=facts]").getBoundingClientRect().top);
    const before = await place();
    await mayor.hover();
    const trace = page.locator("[data-testid=fact-trace]");
    await trace.waitFor();
    const text = squash(await trace.innerText());
    assert.match(text, /L\s*Mayor Ilse Varga said the crossing would open/);
    assert.match(text, /R\s*Mayor Ilse Varga said the crossing would open/);
    assert.equal(await place(), before, "the facts below stay where they were");
    await saveScreenshot(page, "fact-trace-on-hover");

    await page.mouse.move(5, 5);
    await trace.waitFor({ state: "detached" });
    assert.deepEqual(record.pageErrors, []);
  });
});
