// Exports of the comparison on screen: the HTML report opens offline and shows both reports
// and the facts table; the JSON is what the command line prints for the same pair; the CSV
// has one line per fact; the summary goes to the clipboard.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import {
  dropFiles,
  fixturePath,
  loadApp,
  openPage,
  ROOT,
  saveScreenshot,
  squash,
  startSite,
  stopSite,
  waitForComparison,
} from "./harness.mjs";

const LEFT = "valmora-gazette.txt";
const RIGHT = "valmora-courier.txt";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** A page comparing the Valmora pair, with downloads and the clipboard allowed. */
async function comparedPage() {
  const { context, page, record } = await openPage(browser);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await loadApp(page, server.url);
  await dropFiles(page, [LEFT, RIGHT]);
  await waitForComparison(page);
  return { context, page, record };
}

/** Chooses an export and returns the downloaded file's name and text. */
async function download(page, testid) {
  await page.locator("[data-testid=export]").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-testid=${testid}]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8"), path };
}

/** What `corroborate compare LEFT RIGHT --json` prints for two fixture files. */
function cliJson(left, right) {
  // Through cargo, so the command is built from the same sources as the page, never stale.
  const args = ["compare", fixturePath(left), fixturePath(right), "--json"];
  const out = execFileSync("cargo", ["run", "-q", "-p", "corroborate-cli", "--", ...args], { cwd: ROOT, encoding: "utf8" });
  return JSON.parse(out);
}

/**
 * Deep equality with numbers compared to 1e-9: the page's WebAssembly and the native command
 * line may round the last bit of a logarithm differently.
 */
function assertSameData(actual, expected, path = "$") {
  if (typeof expected === "number") {
    assert.equal(typeof actual, "number", path);
    assert.ok(Math.abs(actual - expected) < 1e-9, `${path}: ${actual} ≠ ${expected}`);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), path);
    assert.equal(actual.length, expected.length, `${path}.length`);
    expected.forEach((item, i) => assertSameData(actual[i], item, `${path}[${i}]`));
  } else if (expected && typeof expected === "object") {
    assert.deepEqual(Object.keys(actual).sort(), Object.keys(expected).sort(), `${path} keys`);
    for (const key of Object.keys(expected)) assertSameData(actual[key], expected[key], `${path}.${key}`);
  } else {
    assert.equal(actual, expected, path);
  }
}

describe("exports", () => {
  test("the HTML report opens offline and shows both reports, the summary and the facts table", async () => {
    const { page } = await comparedPage();
    const report = await download(page, "export-html");
    assert.match(report.name, /^corroborate-valmora-gazette-vs-valmora-courier\.html$/);
    assert.doesNotMatch(report.text, /<script/i, "the report runs nothing");
    assert.doesNotMatch(report.text, /(src|href)="https?:/i, "the report loads nothing");

    // Open it as a reader would, from disk under its own name, with the network cut.
    const saved = join(mkdtempSync(join(tmpdir(), "corroborate-")), report.name);
    copyFileSync(report.path, saved);
    const { context, page: reader, record } = await openPage(browser);
    await context.setOffline(true);
    await reader.goto(pathToFileURL(saved).href);
    const text = squash(await reader.locator("body").innerText());
    assert.match(text, /ran past midnight/, "the left report");
    assert.match(text, /lasted past midnight/, "the right report");
    assert.match(text, /similar/i, "the summary");
    assert.ok((await reader.locator("table").count()) >= 1, "the facts table");
    assert.deepEqual(record.requests.filter((u) => !u.startsWith("file:")), [], "no request");
    await saveScreenshot(reader, "export-report");
  });

  test("the JSON is what the command line prints for the same pair", async () => {
    const { page } = await comparedPage();
    const json = await download(page, "export-json");
    assert.match(json.name, /\.json$/);
    assertSameData(JSON.parse(json.text), cliJson(LEFT, RIGHT));
  });

  test("the facts CSV has a header and one line per fact", async () => {
    const { page } = await comparedPage();
    const csv = await download(page, "export-csv");
    const lines = csv.text.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    assert.match(lines[0], /^kind,label,status,left_forms,right_forms/);
    const facts = await page.locator("[data-fact-item]").count();
    assert.equal(lines.length - 1, facts, "one line per fact listed in the panel");
  });

  test("copy summary puts the figures and the pair on the clipboard", async () => {
    const { page } = await comparedPage();
    await page.locator("[data-testid=export]").click();
    await page.locator("[data-testid=copy-summary]").click();
    await page.getByText("Summary copied to the clipboard.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /similar/i);
    assert.match(copied, /valmora-gazette\.txt|Valmora/);
  });
});
