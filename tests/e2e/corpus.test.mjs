// A desk's day of coverage: `corroborate corpus` writes index.html, and a reader opens two
// reports of one event side by side in the page from it — both files opened from disk, the
// reports handed over in the address's fragment, nothing sent anywhere.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { DIST, ROOT, launchBrowser, loadApp, openPage, paneText, saveScreenshot, waitForComparison } from "./harness.mjs";

// Two events, three reports each, in our own words; the second ferry report gives another day.
const REPORTS = [
  ["ferry-1", "Ferry Halcyon runs aground off Tarvik\n\nThe ferry Halcyon ran aground off Tarvik on Monday with 212 passengers aboard, the coastguard said. Captain Ilse Marnow said the ship struck a sandbank in fog. The Tarvik Port Authority closed the harbour for the night."],
  ["ferry-2", "Passengers taken off stranded ferry\n\nAll 212 passengers of the ferry Halcyon were taken off on Tuesday after it ran aground off Tarvik, the coastguard said. Captain Ilse Marnow blamed thick fog. The Tarvik Port Authority said the harbour would reopen."],
  ["ferry-3", "Halcyon grounding under investigation\n\nThe Tarvik Port Authority opened an inquiry after the ferry Halcyon ran aground with 212 passengers aboard. Captain Ilse Marnow said visibility was poor. Nobody was hurt, the coastguard said."],
  ["vote-1", "Orlen council approves bridge\n\nThe council of Orlen voted 31 to 9 on Thursday to build a bridge over the Sava, mayor Teodor Brenk said. The Orlen Builders Guild will start work in spring."],
  ["vote-2", "Bridge over the Sava wins council vote\n\nMayor Teodor Brenk said the council of Orlen backed the Sava bridge by 31 votes to 9. The Orlen Builders Guild expects to begin in spring."],
  ["vote-3", "Orlen to get its bridge\n\nAfter a long debate the council of Orlen approved the bridge over the Sava on Thursday. Mayor Teodor Brenk thanked the Orlen Builders Guild for its plans."],
];

let browser;
let dir;

before(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), "corroborate-corpus-"));
  const input = join(dir, "day.jsonl");
  writeFileSync(input, REPORTS.map(([id, text]) => JSON.stringify({ id, text, source: "Test Wire" })).join("\n") + "\n");
  const out = join(dir, "out");
  mkdirSync(out);
  execFileSync("cargo", ["run", "--quiet", "-p", "corroborate-cli", "--", "corpus", input, "--out", out], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  // The default --page: the single-file page beside index.html.
  copyFileSync(join(DIST, "corroborate.html"), join(out, "corroborate.html"));
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("corpus report", () => {
  test("opens two reports of an event side by side in the page, from disk", async () => {
    const { context, page, record } = await openPage(browser);
    await page.goto(pathToFileURL(join(dir, "out", "index.html")).href);
    const ferry = page.locator("section", { has: page.getByRole("listitem").filter({ hasText: "ferry-1" }) });
    await ferry.getByRole("combobox", { name: "Right" }).selectOption("ferry-2");
    const [opened] = await Promise.all([
      context.waitForEvent("page"),
      ferry.getByRole("button", { name: "Open side by side" }).click(),
    ]);
    await opened.locator("[data-testid=pane-left]").waitFor({ timeout: 30_000 });
    await waitForComparison(opened);
    assert.match(await paneText(opened, "left"), /ran aground off Tarvik on Monday/);
    assert.match(await paneText(opened, "right"), /taken off on Tuesday/);
    const names = await opened.locator("[data-testid=doc] .doc-name").allInnerTexts();
    assert.deepEqual(names.sort(), ["ferry-1", "ferry-2"]);
    assert.ok(!opened.url().includes("#open="), "the reports do not linger in the address");
    await saveScreenshot(opened, "corpus-pair");

    // The same picker refuses one report against itself, and says so.
    await ferry.getByRole("combobox", { name: "Right" }).selectOption("ferry-1");
    await ferry.getByRole("button", { name: "Open side by side" }).click();
    await assert.doesNotReject(ferry.getByText("Choose two different reports.").waitFor());
    assert.deepEqual(record.pageErrors, []);
  });

  test("a damaged link says so and opens nothing", async () => {
    const { page, record } = await openPage(browser);
    await loadApp(page, pathToFileURL(join(dir, "out", "corroborate.html")).href + "#open=%%%not-base64");
    const message = page.locator("[data-testid=message]").filter({ hasText: "The link could not open its two reports" });
    await message.waitFor();
    assert.equal(await page.locator("[data-testid=doc]").count(), 0);
    assert.deepEqual(record.pageErrors, []);
  });
});
