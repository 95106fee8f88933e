// Static, private, offline: the site works under a sub-path, the single file works from disk,
// the pages enforce a strict Content-Security-Policy, no request leaves the page's own origin,
// and the page keeps working with the network cut.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import {
  DIST,
  dropFiles,
  exampleButton,
  fixtureText,
  launchBrowser,
  loadApp,
  openPage,
  paneText,
  pasteReport,
  pasteRichText,
  saveScreenshot,
  serveDist,
  squash,
  waitForComparison,
} from "./harness.mjs";

const SINGLE_FILE = join(DIST, "corroborate.html");

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Waits until the shelf holds `count` document cards. */
function waitForCards(page, count) {
  return page.waitForFunction((n) => document.querySelectorAll("[data-testid=doc]").length === n, count);
}

/**
 * Example, then two dropped files, then a pasted one, then every export of the comparison on
 * screen: the session the privacy checks watch.
 */
async function fullSession(page) {
  await exampleButton(page).click();
  await waitForComparison(page);
  const cards = page.locator("[data-testid=doc]");
  const exampleCards = await cards.count();
  await dropFiles(page, ["valmora-gazette.txt", "valmora-courier.txt"]);
  await waitForCards(page, exampleCards + 2);
  await pasteReport(page, fixtureText("valmora-gazette.txt"));
  await waitForCards(page, exampleCards + 3);
  for (const testid of ["export-html", "export-json", "export-csv"]) {
    await page.locator("[data-testid=export]").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(`[data-testid=${testid}]`).click(),
    ]);
    assert.ok(await download.path(), `${testid} gives a file`);
  }
}

/** Drops the Valmora pair on a fresh page and checks both reports are compared. */
async function assertDroppedPairCompared(page) {
  await dropFiles(page, ["valmora-gazette.txt", "valmora-courier.txt"]);
  await waitForComparison(page);
  assert.match(await paneText(page, "left"), /ran past midnight/);
  assert.match(await paneText(page, "right"), /lasted past midnight/);
}

describe("hosting", () => {
  test("the site works served from a sub-path", async () => {
    const server = await serveDist("/some/path/");
    try {
      const { page, record } = await openPage(browser);
      await loadApp(page, server.url);
      await exampleButton(page).click();
      await waitForComparison(page);
      assert.deepEqual(record.failedRequests, [], "every asset found under the sub-path");
      // blob: URLs are the page's own memory (its worker's script), not requests to a server.
      const outside = record.requests.filter((url) => !url.startsWith(server.url) && !url.startsWith("blob:"));
      assert.deepEqual(outside, [], "no request outside the sub-path");
      await saveScreenshot(page, "sub-path");
    } finally {
      await server.close();
    }
  });

  test("corroborate.html works opened from disk (file://)", async () => {
    const url = pathToFileURL(SINGLE_FILE).href;
    const example = await openPage(browser);
    await loadApp(example.page, url);
    await exampleButton(example.page).click();
    await waitForComparison(example.page);
    await saveScreenshot(example.page, "single-file");

    const dropped = await openPage(browser);
    await loadApp(dropped.page, url);
    await assertDroppedPairCompared(dropped.page);

    for (const { record } of [example, dropped]) {
      const other = record.requests.filter((request) => request !== url && !/^(data|blob):/.test(request));
      assert.deepEqual(other, [], "the single file loads nothing besides itself");
      assert.deepEqual(record.cspViolations, []);
      assert.deepEqual(record.pageErrors, []);
    }
  });
});

describe("the reader module", () => {
  const isReader = (url) => /corroborate-reader-[0-9a-f]+\.wasm$/.test(url);

  test("web pages, Word documents and Markdown are read by a module fetched once, when first needed", async () => {
    const server = await serveDist("/");
    try {
      const { page, record } = await openPage(browser);
      await loadApp(page, server.url);
      await assertDroppedPairCompared(page);
      assert.deepEqual(record.requests.filter(isReader), [], "plain text needs no reader");

      const cards = page.locator("[data-testid=doc]");
      const before = await cards.count();
      await dropFiles(page, ["kestrelmoor-herald.html"]);
      await waitForCards(page, before + 1);
      await dropFiles(page, ["kestrelmoor-minutes.docx"]);
      await waitForCards(page, before + 2);
      assert.match(squash(await cards.nth(before).innerText()), /web page/);
      assert.match(squash(await cards.nth(before + 1).innerText()), /Word document/);
      assert.equal(record.requests.filter(isReader).length, 1, record.requests.join("\n"));
      assert.deepEqual(record.failedRequests, []);
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await server.close();
    }
  });

  test("offline before any web page was read: the page's message names the file and what still works", async () => {
    const server = await serveDist("/");
    const { context, page, record } = await openPage(browser);
    try {
      await loadApp(page, server.url);
    } finally {
      await server.close();
    }
    await context.setOffline(true);
    await pasteReport(page, fixtureText("valmora-gazette.txt"));
    await waitForCards(page, 1);

    await dropFiles(page, ["kestrelmoor-herald.html"]);
    const alert = page.locator("[role=alert]").filter({ hasText: "kestrelmoor-herald.html" });
    await alert.first().waitFor();
    const message = squash(await alert.first().innerText());
    assert.match(message, /web page/, message);
    assert.match(message, /could not be loaded/, message);
    assert.match(message, /corroborate\.html/, message);
    await saveScreenshot(page, "reader-offline");

    // Rich text pasted from another page falls back to the plain text that came with it.
    const plain = fixtureText("valmora-courier.txt");
    const html = `<article>${plain.split("\n\n").map((p) => `<p>${p}</p>`).join("")}</article>`;
    await pasteRichText(page, html, plain);
    await waitForComparison(page);
    assert.match(await paneText(page, "right"), /lasted past midnight/);
    assert.match(squash(await page.locator("[data-testid=doc]").nth(1).innerText()), /pasted page \d+ .*plain text/);
    assert.deepEqual(record.pageErrors, []);
  });
});

describe("privacy", () => {
  for (const [name, page] of [
    ["dist/index.html", "index.html"],
    ["dist/corroborate.html", "corroborate.html"],
  ]) {
    test(`${name} carries a strict Content-Security-Policy`, () => {
      const html = readFileSync(join(DIST, page), "utf8");
      const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
      assert.ok(policy, "a CSP meta element");
      const directives = Object.fromEntries(
        policy.split(";").map((part) => {
          const [directive, ...sources] = part.trim().split(/\s+/);
          return [directive, sources];
        }),
      );
      assert.deepEqual(directives["default-src"], ["'none'"]);
      assert.ok(["'self'", "'none'"].includes(directives["connect-src"].join(" ")), "connect-src own origin or none");
      for (const [directive, sources] of Object.entries(directives)) {
        for (const source of sources) {
          assert.doesNotMatch(source, /^(https?:|wss?:|\*)/, `${directive} allows another origin: ${source}`);
        }
      }
      // Scripts: the page's own, or inline ones by hash; no eval of strings.
      const scripts = directives["script-src"];
      assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"), scripts.join(" "));
      assert.ok(scripts.includes("'wasm-unsafe-eval'"));
      assert.ok(scripts.some((source) => source.startsWith("'sha256-")), "inline loader allowed by its hash");
      // The policy must come before anything it governs.
      assert.ok(html.indexOf("Content-Security-Policy") < html.indexOf("<script"));
    });
  }

  test("the policy is enforced: injected inline script does not run", async () => {
    const server = await serveDist("/");
    try {
      const { page, record } = await openPage(browser);
      await loadApp(page, server.url);
      const ran = await page.evaluate(async () => {
        window.__injected = false;
        const script = document.createElement("script");
        script.textContent = "window.__injected = true;";
        document.body.append(script);
        await new Promise((done) => setTimeout(done, 100));
        return window.__injected;
      });
      assert.equal(ran, false, "inline script blocked");
      for (let tries = 0; tries < 20 && record.cspViolations.length === 0; tries += 1) {
        await new Promise((done) => setTimeout(done, 100));
      }
      assert.ok(record.cspViolations.some((v) => v.startsWith("script-src")), "violation reported");
    } finally {
      await server.close();
    }
  });

  test("a full session makes no request to any other origin", async () => {
    const server = await serveDist("/");
    try {
      const { page, record } = await openPage(browser);
      await loadApp(page, server.url);
      await fullSession(page);
      const origin = new URL(server.url).origin;
      const foreign = record.requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
      assert.deepEqual(foreign, []);
      assert.deepEqual(record.cspViolations, [], "nothing the page does is blocked by its own policy");
    } finally {
      await server.close();
    }
  });

  test("after load, everything works with the network cut", async () => {
    const server = await serveDist("/");
    const { context, page: example, record } = await openPage(browser);
    const dropped = await context.newPage();
    dropped.on("pageerror", (error) => record.pageErrors.push(String(error)));
    try {
      await loadApp(example, server.url);
      await loadApp(dropped, server.url);
    } finally {
      await server.close();
    }
    await context.setOffline(true);

    await exampleButton(example).click();
    await waitForComparison(example);
    await assertDroppedPairCompared(dropped);
    await pasteReport(dropped, fixtureText("valmora-gazette.txt"));
    await waitForCards(dropped, 3);
    assert.deepEqual(record.pageErrors, []);
    await saveScreenshot(dropped, "offline");
  });
});
