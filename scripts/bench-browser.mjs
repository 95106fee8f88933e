#!/usr/bin/env node
// The browser benchmark: the release site in headless Chromium, comparing reproducible report
// pairs of growing size, with jsdiff's `diffWords` run on the same pair in the same page for
// comparison. Prints a Markdown table (the README's). Run through `scripts/bench`, which
// builds the site and writes the pairs first:
//
//   node scripts/bench-browser.mjs PAIRS_DIR [SIZE ...]
//
// For each pair, in a fresh browser, the first report dropped two seconds after the page
// loaded, the second two seconds after that:
// - "add → screen": from dropping the second report to the first frame painted with the
//   comparison's rows: reading, comparing, handing over, drawing, laying out and painting. It
//   is the page's first comparison, so the browser still compiles code it has not run yet
//   and lays out text it has not shaped yet;
// - "compare" and "render": the page's User Timing measures `corroborate:compare` (request to
//   answer, in the worker) and `corroborate:render` (answer to drawn), on a second comparison
//   of the same pair (swapped), with the engine warm;
// - "longest task": the longest main-thread task (Long Tasks API) from the drop to the drawn
//   comparison — the page's responsiveness while it works (the API reports tasks of 50 ms or more);
// - "peak memory": the largest private memory of the tab's renderer process meanwhile, in a
//   run of its own: sampling it (ps and /proc, ten times a second) takes CPU time and locks
//   the renderer's memory map, so the timed runs do not sample;
// - jsdiff `diffWords` on the same two texts in the same page, stopped after a time limit.
//
// The cold time is the median of three fresh browsers for pairs up to 100 KB, one for larger.
//
// Then the page over a slower line (10 Mbit/s, 40 ms latency, served gzipped, no cache), the
// median of five fresh browsers: from asking for the page to its first screen (what its first
// download costs), and to the example's first comparison drawn when asked for at once.

import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { dropFiles, exampleButton, launchBrowser, loadApp, openPage, serveDist, tabMemoryMiB } from "../tests/e2e/harness.mjs";

const pairsDir = resolve(process.argv[2] ?? "target/bench-pairs");
const sizes = process.argv.slice(3).length ? process.argv.slice(3) : ["5000", "10000", "100000", "1000000"];
/** jsdiff is given this long per pair; past it, the table says "> limit". */
const JSDIFF_LIMIT_MS = 60_000;
const jsdiff = readFileSync(resolve("node_modules/diff/dist/diff.min.js"), "utf8");

/**
 * Waits for the page's `corroborate:render` measure. In the page, by a PerformanceObserver: the
 * usual way of waiting (evaluating a check on every animation frame) costs the page's thread a
 * few milliseconds a frame and would be counted in the times measured.
 */
function drawn(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const done = () => performance.getEntriesByName("corroborate:render").length > 0;
        if (done()) return resolve();
        new PerformanceObserver((_, observer) => {
          if (done()) {
            observer.disconnect();
            resolve();
          }
        }).observe({ type: "measure" });
      }),
  );
}

/** Three cold runs for small pairs (their times are short and vary most), one for large. */
function coldRuns(size) {
  return Number(size) <= 100_000 ? 3 : 1;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(size) {
  const colds = [];
  for (let run = 0; run < coldRuns(size); run += 1) {
    colds.push(await measureOnce(size, { sampleMemory: false, rest: run === 0 }));
  }
  const { peakMiB } = await measureOnce(size, { sampleMemory: true, rest: false });
  const first = colds[0];
  const total = median(colds.map((c) => c.cold.total));
  const runs = colds.map((c) => Math.round(c.cold.total));
  return { ...first, cold: { total, runs, longest: Math.max(...colds.map((c) => c.cold.longest)) }, peakMiB };
}

async function measureOnce(size, { sampleMemory, rest }) {
  const left = join(pairsDir, `${size}-left.txt`);
  const right = join(pairsDir, `${size}-right.txt`);
  const server = await serveDist("/");
  const browser = await launchBrowser();
  try {
    const { context, page } = await openPage(browser);
    context.setDefaultTimeout(300_000);
    await page.addInitScript(() => {
      window.__tasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    await loadApp(page, server.url);
    // A reader opens the page, then adds a report.
    await page.waitForTimeout(2000);
    await dropFiles(page, [left]);
    await page.locator("[data-testid=doc]").first().waitFor();
    // A reader adds the second report a moment after the first, not in the same instant.
    await page.waitForTimeout(2000);

    // Cold: drop the second report and wait for the drawn comparison.
    let peak = sampleMemory ? tabMemoryMiB() : NaN;
    const sampler = sampleMemory ? setInterval(() => (peak = Math.max(peak, tabMemoryMiB())), 100) : null;
    // The file is made in the page first: building a megabyte's File from the test's bytes
    // is the benchmark's own work, and must not count as the page's longest task.
    await page.evaluate(
      ({ name, base64 }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        window.__file = new File([bytes], name, { type: "text/plain" });
      },
      { name: `${size}-right.txt`, base64: readFileSync(right).toString("base64") },
    );
    await page.evaluate(() => {
      window.__tasks = [];
      performance.clearMeasures();
      // On screen: the first frame painted after the comparison's rows are in the page (a
      // frame's animation callbacks run before its paint; a task queued from one, after it).
      window.__onScreen = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector("[data-testid=pane-right] .cell")) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      window.__dropped = performance.now();
      const transfer = new DataTransfer();
      transfer.items.add(window.__file);
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    });
    await drawn(page);
    if (sampler) clearInterval(sampler);
    const cold = await page.evaluate(async () => ({
      total: (await window.__onScreen) - window.__dropped,
      longest: Math.max(0, ...window.__tasks),
    }));

    if (!rest) return { cold, peakMiB: peak };

    // Warm: the same pair again, swapped.
    await page.evaluate(() => performance.clearMeasures());
    await page.locator("[data-testid=swap]").click();
    await drawn(page);
    const warm = await page.evaluate(() => ({
      compare: performance.getEntriesByName("corroborate:compare")[0]?.duration ?? NaN,
      render: performance.getEntriesByName("corroborate:render")[0]?.duration ?? NaN,
    }));

    // jsdiff on the same texts, in a page of its own on the same site (the page's policy
    // rightly forbids evaluating a library's source, so this page is opened without it).
    const diffContext = await browser.newContext({ bypassCSP: true });
    const diffPage = await diffContext.newPage();
    await diffPage.goto(server.url);
    const texts = [readFileSync(left, "utf8"), readFileSync(right, "utf8")];
    const jsdiffMs = await diffPage.evaluate(
      ({ source, texts, limit }) => {
        new Function(source)();
        const started = performance.now();
        const result = self.Diff.diffWords(texts[0], texts[1], { timeout: limit });
        const elapsed = performance.now() - started;
        return result === undefined ? null : elapsed;
      },
      { source: jsdiff, texts, limit: JSDIFF_LIMIT_MS },
    );
    return { size, bytes: texts[0].length + texts[1].length, cold, warm, peakMiB: peak, jsdiffMs };
  } finally {
    await browser.close();
    await server.close();
  }
}

const ms = (v) => (Number.isFinite(v) ? (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`) : "–");
const label = (bytes) => (bytes >= 1e6 ? `${(bytes / 2e6).toFixed(1)} MB` : `${Math.round(bytes / 2e3)} KB`);

const rows = [];
for (const size of sizes) {
  const r = await measure(size);
  rows.push(r);
  console.error(`measured ${size}: ${JSON.stringify(r)}`);
}

console.log("| Pair (each report) | Add → screen (cold) | Compare (warm) | Render (warm) | Longest task | Peak memory | jsdiff `diffWords` | jsdiff ÷ compare |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  const jsdiffText = r.jsdiffMs === null ? `> ${JSDIFF_LIMIT_MS / 1000} s` : ms(r.jsdiffMs);
  const ratio = r.jsdiffMs === null ? `> ${Math.round(JSDIFF_LIMIT_MS / r.warm.compare)}×` : `${(r.jsdiffMs / r.warm.compare).toFixed(1)}×`;
  console.log(
    `| ${label(r.bytes)} | ${ms(r.cold.total)} | ${ms(r.warm.compare)} | ${ms(r.warm.render)} | ${r.cold.longest > 0 ? ms(r.cold.longest) : "< 50 ms"} | ${Math.round(r.peakMiB)} MB | ${jsdiffText} | ${ratio} |`,
  );
}
/** The site served gzipped (as a web server would), for the line's measurements. */
async function serveGzipped() {
  const dist = resolve("dist");
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    const file = join(dist, path === "/" ? "index.html" : path);
    if (!file.startsWith(dist) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "content-encoding": "gzip",
    });
    response.end(gzipSync(readFileSync(file), { level: 9 }));
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

/** First screen and the example's first comparison over a 10 Mbit/s line (medians of five). */
async function overTheLine() {
  const server = await serveGzipped();
  const runs = [];
  try {
    for (let i = 0; i < 5; i++) {
      const browser = await launchBrowser();
      try {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        await cdp.send("Network.emulateNetworkConditions", {
          offline: false,
          latency: 40,
          downloadThroughput: 10e6 / 8,
          uploadThroughput: 5e6 / 8,
        });
        const started = Date.now();
        await page.goto(server.url);
        const example = exampleButton(page);
        await example.waitFor({ timeout: 60_000 });
        const screen = Date.now() - started;
        await example.click();
        await page.locator("[data-testid=pane-left]").waitFor({ timeout: 60_000 });
        runs.push({ screen, compared: Date.now() - started });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { screen: median("screen"), compared: median("compared") };
}

const line = await overTheLine();
console.log(
  `\nOver a 10 Mbit/s line (40 ms latency, gzipped, no cache; median of five): first screen ` +
    `${ms(line.screen)}, the example's first comparison drawn ${ms(line.compared)}.`,
);

const first = rows.find((r) => r.size === "10000");
const last = rows.find((r) => r.size === "1000000");
if (first && last) {
  const exponent = Math.log(last.warm.compare / first.warm.compare) / Math.log(last.bytes / first.bytes);
  console.log(`\nGrowth of the warm comparison from 10 KB to 1 MB: n^${exponent.toFixed(2)}.`);
}
