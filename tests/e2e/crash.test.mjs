// A bug in the engine must not leave a dead page. The engine worker is told to panic on its
// next comparison (the crash drill, src/worker/entry.rs) — a real Rust panic in the WebAssembly —
// and the reader must see what happened, keep every document (also after a reload), copy the
// details for a bug report, and carry on. A panic in the facts alone (the facts drill) costs
// only the facts: the alignment and word differences stay, with a note where the facts were.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  exampleButton,
  loadApp,
  openPage,
  paneText,
  saveScreenshot,
  startSite,
  stopSite,
  waitForComparison,
} from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** Must match `CRASH_DRILL` in src/worker/entry.rs. */
const CRASH_DRILL = "crash-drill: next comparison";
/** Must match `FACTS_DRILL` in src/worker/entry.rs. */
const FACTS_DRILL = "crash-drill: next facts";

/** Arms a drill inside the engine worker (the page itself never sends strings). */
async function armCrashDrill(page, drill = CRASH_DRILL) {
  const deadline = Date.now() + 10_000;
  while (page.workers().length === 0 && Date.now() < deadline) await page.waitForTimeout(50);
  const [worker] = page.workers();
  assert.ok(worker, "the engine runs in a worker");
  await worker.evaluate((drill) => self.onmessage(new MessageEvent("message", { data: drill })), drill);
}

const cardTitles = (page) => page.locator("[data-testid=doc] .doc-title").allInnerTexts();

test("a panic while comparing: the page says so, keeps every document, and carries on", async () => {
  const { page, record } = await openPage(browser);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await loadApp(page, server.url);
  await exampleButton(page).click();
  await waitForComparison(page);
  const titles = await cardTitles(page);
  assert.ok(titles.length >= 3, "the example's reports are on the shelf");
  const leftTitle = await page.locator("[data-testid=pane-left] .pane-title").innerText();
  const rightTitle = await page.locator("[data-testid=pane-right] .pane-title").innerText();

  await armCrashDrill(page);
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("s"); // swap: a new comparison, which panics

  const message = page.locator("[data-testid=message]", { hasText: "Something went wrong comparing these reports" });
  await message.waitFor();
  assert.match(await message.innerText(), /your documents are safe/);
  assert.deepEqual(await cardTitles(page), titles, "every document is still on the shelf");
  await saveScreenshot(page, "engine-crash");

  // The details name the panic, and copy to the clipboard for a bug report.
  assert.match(await message.locator("[data-testid=error-details]").textContent(), /crash drill/);
  await message.getByText("Details", { exact: true }).click();
  await message.locator("[data-testid=copy-details]").click();
  await page.waitForFunction(async () => /crash drill/.test(await navigator.clipboard.readText()));

  // Try again: a fresh engine compares the pair (now swapped).
  await message.locator("[data-testid=retry]").click();
  await page.waitForFunction(
    (before) => document.querySelector("[data-testid=pane-right] .pane-title")?.innerText === before,
    leftTitle,
    { timeout: 30_000 },
  );
  assert.equal(await page.locator("[data-testid=pane-left] .pane-title").innerText(), rightTitle, "the swapped pair is shown");
  assert.ok((await paneText(page, "left")).length > 200, "the left pane holds its report");
  assert.equal(await page.locator("[data-testid=message]", { hasText: "Something went wrong" }).count(), 0);

  // What was loaded survives a reload too.
  await page.reload();
  await waitForComparison(page);
  assert.deepEqual(await cardTitles(page), titles, "the shelf comes back after a reload");

  // The panic's own report is expected on the console; nothing else went wrong.
  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.consoleErrors.filter((text) => !/crash drill|panicked|unreachable/i.test(text)), []);
});

test("with the network cut, a fresh engine still starts after a panic: the page carries its worker", async () => {
  const { page, context, record } = await openPage(browser);
  await loadApp(page, server.url);
  await exampleButton(page).click();
  await waitForComparison(page);
  const rightTitle = await page.locator("[data-testid=pane-right] .pane-title").innerText();
  assert.match(page.workers()[0]?.url() ?? "", /^blob:/, "the engine worker starts from the page's own copy of its script");
  await context.setOffline(true);

  await armCrashDrill(page);
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("s");
  const message = page.locator("[data-testid=message]", { hasText: "Something went wrong comparing these reports" });
  await message.waitFor();
  await message.locator("[data-testid=retry]").click();
  await page.waitForFunction(
    (title) => document.querySelector("[data-testid=pane-left] .pane-title")?.innerText === title,
    rightTitle,
    { timeout: 30_000 },
  );
  assert.equal(await page.locator("[data-testid=message]").count(), 0, "one crash, one message, answered; no failed restarts");
  assert.deepEqual(record.failedRequests, []);
});

test("a panic in the facts: the panes keep the alignment and word differences, with a note where the facts were", async () => {
  const { page, record } = await openPage(browser);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await loadApp(page, server.url);
  await exampleButton(page).click();
  await waitForComparison(page);
  const leftTitle = await page.locator("[data-testid=pane-left] .pane-title").innerText();
  const factCounts = await page.locator("[data-testid=fact-counts]").innerText();

  await armCrashDrill(page, FACTS_DRILL);
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("s"); // swap: a new comparison, whose facts panic

  const note = page.locator("[data-testid=step-failed]");
  await note.waitFor();
  assert.match(await note.innerText(), /Facts could not be worked out for this pair — the comparison above is complete\./);
  // The swapped pair is drawn, word differences and all.
  assert.equal(await page.locator("[data-testid=pane-right] .pane-title").innerText(), leftTitle);
  assert.ok((await paneText(page, "left")).length > 200, "the left pane holds its report");
  assert.ok(await page.locator("[data-testid=pane-left] del").count() > 0, "deleted words are marked");
  assert.ok(await page.locator("[data-testid=pane-right] ins").count() > 0, "inserted words are marked");
  // Nothing waits forever, nothing offers to run into the same bug again.
  assert.equal(await page.locator("[data-testid=progress]").count(), 0, "no card stays on Comparing…");
  assert.equal(await page.locator("[data-testid=facts-pending]").count(), 0);
  assert.equal(await page.locator("[data-testid=retry]").count(), 0, "no Try again: the facts would fail again");
  assert.equal(await page.locator("[data-testid=message]", { hasText: "Something went wrong" }).count(), 0);
  await saveScreenshot(page, "facts-failed");

  // The details name the panic, and copy to the clipboard for a bug report.
  assert.match(await note.locator("[data-testid=step-failed-details]").textContent(), /crash drill/);
  await note.getByText("Details", { exact: true }).click();
  await note.locator("[data-testid=copy-step-details]").click();
  await page.waitForFunction(async () => /crash drill/.test(await navigator.clipboard.readText()));

  // A fresh engine took over: swapping back compares the pair, facts and all.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("s");
  await page.waitForFunction(
    (title) => document.querySelector("[data-testid=pane-left] .pane-title")?.innerText === title,
    leftTitle,
    { timeout: 30_000 },
  );
  await page.locator("[data-testid=fact-counts]").waitFor({ timeout: 30_000 });
  assert.equal(await page.locator("[data-testid=fact-counts]").innerText(), factCounts);
  assert.equal(await page.locator("[data-testid=step-failed]").count(), 0);

  assert.deepEqual(record.pageErrors, []);
  assert.deepEqual(record.consoleErrors.filter((text) => !/crash drill|panicked|unreachable/i.test(text)), []);
});

test("the page draws without its engine, says once when it cannot be fetched, and tries again", async () => {
  const { page, record } = await openPage(browser);
  // The engine is a module of its own, fetched as the page starts: the page must not wait for
  // it to draw, and a reader must hear why nothing is compared when it does not arrive.
  let blocked = true;
  await page.route(/corroborate-engine-[0-9a-f]+_bg\.wasm$/, (route) => (blocked ? route.abort("failed") : route.continue()));
  await loadApp(page, server.url);
  await exampleButton(page).click();
  const message = page.locator("[data-testid=message]", { hasText: "comparison engine could not be loaded" });
  await message.waitFor({ timeout: 30_000 });
  await page.locator("[data-testid=compare-failed]").waitFor();
  assert.equal(await page.locator("[data-testid=message]").count(), 1, "one message, however often it failed");
  const reading = await page.locator("[data-testid=doc-reading] .doc-title").allInnerTexts();
  assert.ok(reading.length >= 2, "the example's reports wait on the shelf");
  assert.equal(
    await page.locator("[data-testid=doc-reading]", { hasText: "Waiting for the engine" }).count(),
    reading.length,
    "they say they wait, not that they are being read",
  );
  await saveScreenshot(page, "engine-missing");

  // The connection is back: trying again starts the engine and reads what was waiting.
  blocked = false;
  await message.locator("[data-testid=retry]").click();
  await waitForComparison(page);
  assert.equal(await page.locator("[data-testid=message]").count(), 0);
  assert.deepEqual((await cardTitles(page)).length, reading.length, "the same reports, read");
  assert.ok(
    record.requests.filter((url) => /corroborate-engine-[0-9a-f]+_bg\.wasm$/.test(url)).length >= 2,
    "the engine was asked for again",
  );
});
