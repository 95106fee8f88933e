// Shared pieces of the end-to-end tests: a static server for the built dist/, the system
// Chromium driven by playwright-core, and the user actions the journeys repeat (paste, drop).
//
// The tests run against what `scripts/build` produced; they never build anything themselves.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, isAbsolute, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const HERE = dirname(fileURLToPath(import.meta.url));

/** The repository root. */
export const ROOT = resolve(HERE, "../..");
/** The built site under test: dist/, or another build's output named by CORROBORATE_DIST. */
export const DIST = resolve(ROOT, process.env.CORROBORATE_DIST ?? "dist");
/** Screenshots and other artifacts of a run (git-ignored). */
export const ARTIFACTS = join(HERE, "artifacts");

/** The browser: Debian's Chromium unless CHROMIUM says otherwise. */
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/**
 * Flags for headless Chromium running as root in a container: no sandbox (unavailable to root),
 * no GPU, and none of the background traffic (updates, sync, field trials) that would muddy the
 * "no request leaves the page" checks. Playwright adds a fresh --user-data-dir per launch.
 */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Content types the page needs right; `application/wasm` lets the browser stream-compile. */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** Fails early, and clearly, when there is nothing to test yet. */
function requireDist() {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(`${DIST}/index.html not found: run scripts/build first`);
  }
}

/**
 * Serves dist/ on 127.0.0.1 (a free port) under `prefix` ("/" or e.g. "/some/path/"), as any
 * plain static host would: files only, no rewriting. Resolves to `{ url, close }`.
 */
export async function serveDist(prefix = "/") {
  requireDist();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    let relative = path.slice(prefix.length) || "index.html";
    if (relative.endsWith("/")) relative += "index.html";
    const file = normalize(join(DIST, relative));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** Serves dist/ and launches the browser: what every journey file starts with (`before`). */
export async function startSite(prefix = "/") {
  return { server: await serveDist(prefix), browser: await launchBrowser() };
}

/** Closes what [`startSite`] opened (`after`); either may be missing if starting failed. */
export async function stopSite({ browser, server }) {
  await browser?.close();
  await server?.close();
}

/** Launches the system Chromium, headless. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Launches the system Chromium with a profile kept in `userDataDir`, as a browser restarted
 * on the same profile keeps the page's storage (IndexedDB). Resolves to the persistent context.
 */
export async function launchPersistent(userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(10_000);
  return context;
}

/**
 * Opens a new page in its own context and records what the tests check besides the DOM: every
 * request, console errors, uncaught exceptions and Content-Security-Policy violations.
 */
export async function openPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Everything the app does takes milliseconds; a missing element is a failure, not a slow page.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const record = { requests: [], failedRequests: [], consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on("request", (request) => record.requests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) record.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on("console", (message) => {
    // A failed load is logged without its URL; failedRequests has it.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
      record.consoleErrors.push(message.text());
    }
  });
  page.on("pageerror", (error) => record.pageErrors.push(String(error)));
  await page.exposeFunction("__reportCspViolation", (text) => record.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return { context, page, record };
}

/** Loads the page and waits until the app has rendered its start screen. */
export async function loadApp(page, url) {
  await page.goto(url);
  // Compiling the WebAssembly may take a few seconds on a busy machine.
  await exampleButton(page).waitFor({ timeout: 30_000 });
}

/** The (first) "Try an example" button: the page may offer it in more than one place. */
export function exampleButton(page) {
  return page.getByRole("button", { name: /Try an example/i }).first();
}

/** The text of one of our fixtures (tests/e2e/fixtures/) or, with a path, any repository file. */
export function fixtureText(name) {
  return readFileSync(fixturePath(name), "utf8");
}

/** The path of a fixture file. */
export function fixturePath(name) {
  if (isAbsolute(name)) return name;
  return name.includes("/") ? join(ROOT, name) : join(HERE, "fixtures", name);
}

/** Pastes a report into the paste box and adds it, as a user would. */
export async function pasteReport(page, text) {
  await page.locator("[data-testid=paste]").fill(text);
  await page.locator("[data-testid=paste-add]").click();
}

/**
 * Pastes rich text into the empty paste box with a real paste event: the clipboard holds the
 * page's markup as `text/html` and its plain text as `text/plain`, as a browser's copy does.
 */
export async function pasteRichText(page, html, plain) {
  await page.locator("[data-testid=paste]").evaluate(
    (box, [html, plain]) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", plain);
      box.focus();
      box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, plain],
  );
}

/**
 * Drops files on the page with real drag-and-drop events: a DataTransfer holding File objects,
 * dispatched as dragenter, dragover and drop on document.body — what the browser does when a
 * user drags files from the desktop. `files` are fixture names, or `{ name, data }` for a file
 * made by the test (`data` a string or bytes); `type` is left to the browser's guess from the
 * name, like a real drop from a file manager.
 */
export async function dropFiles(page, names) {
  const files = names.map((file) => {
    const name = typeof file === "string" ? file.split("/").pop() : file.name;
    const bytes = typeof file === "string" ? readFileSync(fixturePath(file)) : Buffer.from(file.data);
    return { name, base64: bytes.toString("base64"), type: MIME_GUESSES[extname(name)] ?? "" };
  });
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const { name, base64, type } of files) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type }));
    }
    for (const type of ["dragenter", "dragover", "drop"]) {
      const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer });
      document.body.dispatchEvent(event);
    }
  }, files);
}

/** The types a file manager gives dropped files, by extension. */
const MIME_GUESSES = {
  ".txt": "text/plain",
  ".md": "text/markdown",
  ".html": "text/html",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** The comparison view, once it shows two panes. */
export async function waitForComparison(page) {
  const comparison = page.locator("[data-testid=comparison]");
  await comparison.waitFor();
  await page.locator("[data-testid=pane-left]").waitFor();
  await page.locator("[data-testid=pane-right]").waitFor();
  await allRowsDrawn(page);
  return comparison;
}

/**
 * Waits until a short comparison has drawn every row: its first frame shows the first screen
 * (`data-first-screen`), the rest follows once that frame is painted.
 */
export async function allRowsDrawn(page) {
  await page.waitForFunction(() => !document.querySelector("[data-testid=comparison][data-first-screen]"));
}

/** Collapses runs of whitespace, so text checks do not depend on line wrapping in the markup. */
export function squash(text) {
  return text.replace(/\s+/g, " ").trim();
}

/** The visible text of a pane, whitespace collapsed. */
export async function paneText(page, side) {
  // innerText leaves out rows the page has not laid out; a reader scrolling sees them all.
  await allRowsDrawn(page);
  await drawEveryRow(page, true);
  return squash(await page.locator(`[data-testid=pane-${side}]`).innerText());
}

/**
 * Lays out every row of the comparison (`on`), or leaves rows far out of view to the page again.
 * The page skips rows out of view (content-visibility: auto) until a reader scrolls near them;
 * reading a pane's text or capturing the whole page must see them as that reader would.
 */
export async function drawEveryRow(page, on) {
  await page.evaluate((on) => {
    for (const cell of document.querySelectorAll(".cell")) cell.style.contentVisibility = on ? "visible" : "";
  }, on);
}

/** Saves a full-page screenshot as a test artifact (every row drawn) and returns its path. */
export async function saveScreenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await drawEveryRow(page, true);
  await page.screenshot({ path, fullPage: true });
  await drawEveryRow(page, false);
  return path;
}

/**
 * Private memory (MiB) of the largest Chromium renderer process now: the page and its worker
 * live in that process, and private (not shared) pages are what the tab itself costs, as the
 * browser's own task manager counts its "memory footprint". Linux only (reads /proc).
 */
export function tabMemoryMiB() {
  const out = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  const pids = out.split("\n").filter((line) => line.includes("--type=renderer")).map((line) => parseInt(line, 10));
  const sizes = pids.map((pid) => {
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
      const field = (name) => parseInt(rollup.match(new RegExp(`^${name}:\\s+(\\d+)`, "m"))?.[1] ?? "0", 10);
      return (field("Private_Clean") + field("Private_Dirty")) / 1024;
    } catch {
      return 0;
    }
  });
  return Math.max(0, ...sizes);
}

/** Sentences of a fixture report, for checks that must not hard-code what the page shows. */
export function sentencesOf(text) {
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) => squash(paragraph).split(/(?<=[.!?])\s+(?=[A-Z“"])/))
    .filter((sentence) => sentence.split(" ").length >= 6);
}

// Saving: the page writes its shelf to IndexedDB after each change. A reload taken before the
// write finished would test the timing, not the saving, so the journeys wait for the write.

/** An init script counting the page's IndexedDB writes (readwrite transactions). */
export function watchSaves() {
  const saves = { pending: 0, done: 0, failed: 0 };
  window.__saves = saves;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    if (tx.mode === "readwrite") {
      saves.pending += 1;
      tx.addEventListener("complete", () => {
        saves.pending -= 1;
        saves.done += 1;
      });
      tx.addEventListener("abort", () => {
        saves.pending -= 1;
        saves.failed += 1;
      });
    }
    return tx;
  };
}

/** Runs a user action and waits until the change it made is written. */
export async function andSaved(page, action) {
  await page.waitForFunction(() => window.__saves.pending === 0);
  const before = await page.evaluate(() => window.__saves.done);
  await action();
  await page.waitForFunction((n) => window.__saves.done > n && window.__saves.pending === 0, before);
}

// A long pair of reports, shared by the journeys that scroll one (long.test.mjs, phone.test.mjs).

const PLACES = ["Varna", "Tromsø", "Bruges", "Koper", "Gdynia", "Split", "Kiel", "Turku", "Aarhus", "Sète"];
const NOUNS = ["ferry", "grid", "harbour", "bridge", "depot", "tunnel", "pier", "canal", "lock", "rail"];

/** Sentence `i` of a long report: numbered, so a test can look for one by its number. */
function sentence(i, variant) {
  const place = PLACES[i % PLACES.length];
  const noun = NOUNS[(i * 7) % NOUNS.length];
  const verb = variant && i % 9 === 0 ? "rebuilt" : "repaired";
  return `Crew ${i} ${verb} the ${noun} near ${place} after storm number ${i % 37}.`;
}

/** Two reports of about 2,400 sentences each; the right rewords every ninth and drops some. */
export function longPair() {
  const n = 2_400;
  const left = [];
  const right = [];
  for (let i = 0; i < n; i++) {
    left.push(sentence(i, false));
    if (i % 50 !== 13) right.push(sentence(i, true));
  }
  const paragraphs = (sentences) =>
    sentences.reduce((out, s, i) => out + s + (i % 4 === 3 ? "\n\n" : " "), "Storm repairs along the coast\n\n");
  return [
    { name: "coast-left.txt", data: paragraphs(left) },
    { name: "coast-right.txt", data: paragraphs(right) },
  ];
}
