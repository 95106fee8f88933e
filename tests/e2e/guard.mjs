// The watch kept over a page while hostile documents are loaded, and over the HTML report it
// exports: what a payload would leave behind if it ran, rendered as markup or reached the
// network. Used by hostile.test.mjs; the table of inputs is docs/hardening.md.

import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, loadApp, openPage, saveScreenshot, squash } from "./harness.mjs";

/**
 * Runs in every document of a guarded page before its own scripts: watches every element added
 * and every attribute set, and notes what no report text may ever produce. Markup from a payload
 * that reached the DOM shows up here even when the Content-Security-Policy stops it running.
 */
function installGuard() {
  // Elements the page never creates after it has loaded: a payload rendered as markup.
  const RISKY = new Set([
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "form",
    "link", "style", "img", "image", "video", "audio", "source", "bgsound", "math", "portal",
  ]);
  const URL_ATTRIBUTES = new Set([
    "href", "src", "action", "formaction", "xlink:href", "data", "background", "dynsrc", "lowsrc",
    "poster", "srcset", "codebase", "ping",
  ]);
  // The one element of that list the page does create: a <style> highlighting a fact by number
  // (the picked one in the panes, `.comparison`; the one under the pointer, in the head,
  // `.app .comparison`). Any other style sheet came from a report.
  const OWN_STYLE = /^(\s*(\.app )?\.comparison \[data-fact~="\d+"\] \{[^{}<@]*\}\s*)?$/;
  // Armed once the document's own markup is parsed: everything added after that is the app's
  // doing (or a payload's).
  const guard = { armed: false, found: [] };
  window.__guard = guard;
  document.addEventListener("DOMContentLoaded", () => {
    guard.armed = true;
  });
  const where = (element) => `<${element.localName}> in ${element.parentElement?.closest("[data-testid]")?.dataset.testid ?? "the page"}`;
  const checkAttribute = (element, name) => {
    const value = element.getAttribute(name) ?? "";
    const bare = value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
    if (name.toLowerCase().startsWith("on")) guard.found.push(`${where(element)} has ${name}="${value}"`);
    else if (name === "srcdoc") guard.found.push(`${where(element)} has srcdoc`);
    else if (URL_ATTRIBUTES.has(name.toLowerCase()) && /^(javascript|vbscript|data):/.test(bare)) {
      guard.found.push(`${where(element)} has ${name}="${value}"`);
    } else if (name === "style" && /url\(|expression\(|@import/.test(bare)) {
      guard.found.push(`${where(element)} has style="${value}"`);
    }
  };
  const checkElement = (element) => {
    if (element.localName === "style" && OWN_STYLE.test(element.textContent)) {
      // The page's own highlight; its text is checked again whenever it changes.
    } else if (RISKY.has(element.localName)) {
      guard.found.push(`added ${where(element)}: ${element.outerHTML.slice(0, 120)}`);
    }
    if (element instanceof HTMLUnknownElement) guard.found.push(`added unknown element ${where(element)}`);
    for (const name of element.getAttributeNames()) checkAttribute(element, name);
  };
  new MutationObserver((mutations) => {
    if (!guard.armed) return;
    for (const mutation of mutations) {
      if (mutation.type === "characterData") {
        const style = mutation.target.parentElement?.closest("style");
        if (style && !OWN_STYLE.test(style.textContent)) guard.found.push(`style sheet changed to ${style.textContent.slice(0, 120)}`);
        continue;
      }
      if (mutation.type === "attributes") {
        if (mutation.target.hasAttribute(mutation.attributeName)) checkAttribute(mutation.target, mutation.attributeName);
        continue;
      }
      const style = mutation.target.nodeType === Node.ELEMENT_NODE ? mutation.target.closest("style") : null;
      if (style && !OWN_STYLE.test(style.textContent)) guard.found.push(`style sheet changed to ${style.textContent.slice(0, 120)}`);
      for (const node of mutation.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        checkElement(node);
        for (const inner of node.querySelectorAll("*")) checkElement(inner);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

/**
 * A page with everything recorded (requests, console and page errors, CSP violations by
 * `openPage`), plus every dialog (alert, confirm, prompt — dismissed) and the DOM guard.
 */
export async function guardedPage(browser) {
  const opened = await openPage(browser);
  opened.record.dialogs = [];
  opened.page.on("dialog", (dialog) => {
    opened.record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await opened.context.addInitScript(installGuard);
  return opened;
}

/** The app at `url` loaded under the guard, and the page's own script count noted. */
export async function guardedApp(browser, url) {
  const opened = await guardedPage(browser);
  await loadApp(opened.page, url);
  opened.url = url;
  opened.scriptsBefore = await opened.page.evaluate(() => document.scripts.length);
  return opened;
}

/** Every element attribute of the document that runs code or points at code. */
function scanAttributes() {
  const found = [];
  for (const element of document.querySelectorAll("*")) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name);
      const bare = value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
      if (name.startsWith("on") || name === "srcdoc") found.push(`<${element.localName} ${name}>`);
      if (/^(javascript|vbscript):/.test(bare)) found.push(`<${element.localName} ${name}="${value}">`);
    }
  }
  return found;
}

/**
 * Nothing a payload could do happened on the app's page: no dialog, no new script, no markup
 * or attribute the guard caught, no error, no CSP violation, no navigation, and no request but
 * the site's own files.
 */
export async function assertNothingGotThrough(opened) {
  const { page, record, scriptsBefore, url } = opened;
  const state = await page.evaluate(() => ({ found: window.__guard.found, scripts: document.scripts.length }));
  state.attributes = await page.evaluate(scanAttributes);
  assert.deepEqual(record.dialogs, [], "no dialog opened");
  assert.equal(state.scripts, scriptsBefore, "no <script> element added");
  assert.deepEqual(state.found, [], "no markup from a report reached the DOM");
  assert.deepEqual(state.attributes, [], "no element carries an event handler or a javascript: URL");
  assert.deepEqual(record.consoleErrors, [], "no console error");
  assert.deepEqual(record.pageErrors, [], "no page error");
  assert.deepEqual(record.cspViolations, [], "nothing tried what the Content-Security-Policy forbids");
  assert.equal(page.url(), url, "the page did not navigate");
  const origin = new URL(url).origin;
  const foreign = record.requests.filter((url) => {
    if (/^(data|blob):/.test(url)) return false;
    const parsed = new URL(url);
    const file = decodeURIComponent(parsed.pathname).replace(/^\//, "") || "index.html";
    return parsed.origin !== origin || !existsSync(join(DIST, file));
  });
  assert.deepEqual(foreign, [], "no request but the site's own files");
  assert.deepEqual(record.failedRequests, [], "no request for a file the site does not have");
}

/**
 * Neither `<style>` nor an overlay from a report took over the page: the body is displayed and
 * the middle of each pane is the pane itself, not something laid over it.
 */
export async function assertPanesVisible(page) {
  for (const side of ["left", "right"]) {
    const ok = await page.locator(`[data-testid=pane-${side}]`).evaluate((pane) => {
      pane.scrollIntoView({ block: "center" });
      const box = pane.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = Math.min(box.top + box.height / 2, window.innerHeight / 2);
      const hit = document.elementFromPoint(x, y);
      return getComputedStyle(document.body).display !== "none" && pane.checkVisibility() && pane.contains(hit);
    });
    assert.ok(ok, `the ${side} pane is visible and on top`);
  }
}


/** Tags the exported report is made of: anything else came from a report's text. */
const REPORT_TAGS = new Set([
  "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section", "div",
  "p", "span", "h1", "h2", "ul", "li", "strong", "a", "table", "thead", "tbody", "tr", "th", "td",
  "del", "ins", "mark", "sup",
]);

/**
 * Exports the comparison on screen as the HTML report, opens it from disk with the network cut
 * and checks that no payload became markup, ran, navigated or asked for anything. Returns the
 * report's visible text, without the status symbols that follow fact mentions.
 */
export async function exportAndOpenReport(page, screenshot) {
  await page.locator("[data-testid=export]").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=export-html]").click()]);
  const name = download.suggestedFilename();
  assert.match(name, /^[a-z0-9-]+\.html$/, `a plain file name: ${name}`);
  const saved = join(mkdtempSync(join(tmpdir(), "corroborate-hostile-")), name);
  copyFileSync(await download.path(), saved);
  assert.doesNotMatch(readFileSync(saved, "utf8"), /<script/i, "the report's source holds no script tag");

  const reader = await guardedPage(page.context().browser());
  await reader.context.setOffline(true);
  const url = pathToFileURL(saved).href;
  await reader.page.goto(url);
  const shape = await reader.page.evaluate(
    (tags) => ({
      strays: [...document.querySelectorAll("*")].map((e) => e.localName).filter((tag) => !tags.includes(tag)),
      metas: [...document.querySelectorAll("meta")].map((m) => m.getAttribute("charset") ?? m.getAttribute("http-equiv") ?? m.name),
      styles: document.querySelectorAll("style").length,
      styled: document.querySelectorAll("[style]").length,
      links: [...document.querySelectorAll("a")].map((a) => a.getAttribute("href")).filter((href) => !/^#row-\d+$/.test(href ?? "")),
      bodyShown: getComputedStyle(document.body).display !== "none",
    }),
    [...REPORT_TAGS],
  );
  shape.attributes = await reader.page.evaluate(scanAttributes);
  assert.deepEqual(shape.strays, [], "only the report's own elements");
  assert.deepEqual(shape.metas, ["utf-8", "Content-Security-Policy", "referrer", "viewport", "generator"], "only the report's own meta elements");
  assert.equal(shape.styles, 1, "only the report's own style sheet");
  assert.equal(shape.styled, 0, "no inline style");
  assert.deepEqual(shape.links, [], "links only to the report's own rows");
  assert.deepEqual(shape.attributes, [], "no event handler or javascript: URL");
  assert.ok(shape.bodyShown, "the report is displayed");
  const { record } = reader;
  assert.deepEqual(record.dialogs, [], "no dialog opened in the report");
  assert.deepEqual(record.pageErrors, [], "no page error in the report");
  assert.deepEqual(record.consoleErrors, [], "no console error in the report");
  assert.deepEqual(record.cspViolations, [], "nothing in the report tried what its policy forbids");
  assert.deepEqual(record.requests.filter((request) => request !== url), [], "the report requests nothing");
  assert.equal(reader.page.url(), url, "the report did not navigate");
  if (screenshot) await saveScreenshot(reader.page, screenshot);
  // The report follows every fact mention with its status symbol (✓ ◧ ◨ ≠), even inside a
  // payload ("alert(1◧)"); the checks read the text without them.
  const text = squash(await reader.page.locator("body").innerText()).replace(/[✓◧◨≠]/g, "");
  await reader.context.close();
  return text;
}

