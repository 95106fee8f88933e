// Twenty megabytes of reports loaded and cleared, four times over in one tab. Emptying the shelf
// replaces the comparison worker with a fresh one, which hands the old one's memory back to the
// system (WebAssembly memory never shrinks otherwise); what the page itself keeps — including
// the cleared batch, until the next clear, so that "Clear all" can be undone — is reused by the
// next batch. So the tab must fall back most of the way after each round and stop growing.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { dropFiles, loadApp, openPage, startSite, stopSite, tabMemoryMiB } from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** A report of about `bytes` bytes: numbered sentences, different for each `seed`. */
function report(seed, bytes) {
  const places = ["Varna", "Tromsø", "Bruges", "Koper", "Gdynia", "Split", "Kiel", "Turku"];
  const lines = [`Batch ${seed}: storm repairs along the coast`, ""];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `Crew ${i} of batch ${seed} repaired the pier near ${places[(i + seed) % places.length]} after storm number ${i * 7 + seed}.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

const shelfCount = (page) => page.locator("[data-testid=doc]").count();

/** Drops ten reports of 2 MB, waits until all are on the shelf and two are compared, clears. */
async function loadAndClear(page, round) {
  const files = Array.from({ length: 10 }, (_, i) => ({ name: `batch-${round}-${i}.txt`, data: report(round * 10 + i, 2_000_000) }));
  await dropFiles(page, files);
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=doc]").length === 10, null, { timeout: 120_000 });
  await page.locator("[data-testid=comparison]").waitFor({ timeout: 120_000 });
  await page.locator("[data-testid=clear-all]").click();
  await page.locator("[data-testid=clear-confirm]").click();
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=doc]").length === 0);
  // The page lets go of what it held once the browser has collected it.
  const session = await page.context().newCDPSession(page);
  await session.send("HeapProfiler.collectGarbage");
  await page.waitForTimeout(1000);
  return tabMemoryMiB();
}

test("twenty megabytes loaded and cleared, four times: memory goes back, and the tab stops growing", { timeout: 600_000 }, async () => {
  const { page, record } = await openPage(browser);
  page.context().setDefaultTimeout(60_000);
  await loadApp(page, server.url);
  const start = tabMemoryMiB();
  const first = await loadAndClear(page, 1);
  const second = await loadAndClear(page, 2);
  const third = await loadAndClear(page, 3);
  const fourth = await loadAndClear(page, 4);
  const rounds = [first, second, third, fourth].map((m) => m.toFixed(0)).join(" / ");
  console.log(`tab memory: ${start.toFixed(0)} MiB at start, ${rounds} MiB after each round`);
  assert.equal(await shelfCount(page), 0);
  // A batch costs the tab about 300 MiB at its peak (20 MB of text held by the page and by the
  // worker with its words, and a comparison of two 2 MB reports). Cleared, the worker's share
  // goes back: the tab ends each round far below that peak, and stops growing after round two.
  for (const after of [first, second, third, fourth]) {
    assert.ok(after - start < 180, `cleared, the tab keeps ${(after - start).toFixed(0)} MiB more than at the start: ${rounds}`);
  }
  const grown = Math.max(third, fourth) - second;
  assert.ok(grown < 60, `after four rounds the tab grew ${grown.toFixed(0)} MiB past round two: ${rounds}`);
  assert.deepEqual(record.pageErrors, []);
});
