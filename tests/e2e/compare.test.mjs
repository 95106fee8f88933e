// The v0 journeys: the built-in example, pasting two reports, dropping two files, and what the
// comparison shows — changed words marked, a moved sentence beside its counterpart.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  dropFiles,
  exampleButton,
  fixtureText,
  loadApp,
  openPage,
  paneText,
  pasteReport,
  saveScreenshot,
  sentencesOf,
  startSite,
  stopSite,
  waitForComparison,
} from "./harness.mjs";

const EXAMPLE_FILES = [
  "fixtures/example/harbour-post.txt",
  "fixtures/example/meridian-wire.txt",
  "fixtures/example/northern-ledger.txt",
];

// Two reports of one council vote (tests/e2e/fixtures): the right one rewords two phrases
// ("ran" → "lasted", "2029" → "2030") and tells the cost sentence first instead of last.
const LEFT = "valmora-gazette.txt";
const RIGHT = "valmora-courier.txt";
const MOVED_SENTENCE_START = "The project will cost";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** How many of a report's sentences appear in a pane's text. */
function sentencesShown(pane, report) {
  return sentencesOf(report).filter((sentence) => pane.includes(sentence)).length;
}

/** The Valmora pair is on screen: left report in the left pane, right report in the right. */
async function assertValmoraCompared(page) {
  await waitForComparison(page);
  assert.equal(await page.locator("[data-testid=doc]").count(), 2, "two document cards");
  const left = await paneText(page, "left");
  const right = await paneText(page, "right");
  assert.match(left, /Construction is expected to begin next spring/);
  assert.match(left, /ran past midnight/, "the left pane shows the left report");
  assert.match(right, /lasted past midnight/, "the right pane shows the right report");
  assert.doesNotMatch(left, /lasted past midnight/);
}

describe("the example", () => {
  test("loads at once and compares two of its reports", async () => {
    const { page, record } = await openPage(browser);
    await loadApp(page, server.url);
    await exampleButton(page).click();
    await waitForComparison(page);
    assert.ok((await page.locator("[data-testid=doc]").count()) >= 2, "example reports shown as cards");

    const reports = EXAMPLE_FILES.map((file) => fixtureText(file));
    const left = await paneText(page, "left");
    const right = await paneText(page, "right");
    const leftReport = reports.findIndex((report) => sentencesShown(left, report) >= 3);
    const rightReport = reports.findIndex((report) => sentencesShown(right, report) >= 3);
    assert.notEqual(leftReport, -1, "the left pane shows one of the example reports");
    assert.notEqual(rightReport, -1, "the right pane shows one of the example reports");
    assert.notEqual(leftReport, rightReport, "the two panes show different reports");
    assert.match(await page.locator("[data-testid=summary]").innerText(), /\d+\s*%/, "summary shows the similarity");

    // Benchmarks read these User Timing measures; each comparison records both.
    const measures = await page.evaluate(() => performance.getEntriesByType("measure").map((m) => m.name));
    assert.ok(measures.includes("corroborate:compare"), `measures: ${measures.join(", ")}`);
    assert.ok(measures.includes("corroborate:render"), `measures: ${measures.join(", ")}`);

    const hasHorizontalScroll = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    assert.equal(hasHorizontalScroll, false, "prose wraps; no horizontal scroll bar");
    await saveScreenshot(page, "example");
    assert.deepEqual(record.pageErrors, []);
  });
});

describe("bringing two reports in", () => {
  test("pasting two texts compares them", async () => {
    const { page } = await openPage(browser);
    await loadApp(page, server.url);
    await pasteReport(page, fixtureText(LEFT));
    await pasteReport(page, fixtureText(RIGHT));
    await assertValmoraCompared(page);
    await saveScreenshot(page, "pasted");
  });

  test("dropping two files compares them", async () => {
    const { page } = await openPage(browser);
    await loadApp(page, server.url);
    await dropFiles(page, [LEFT, RIGHT]);
    await assertValmoraCompared(page);
    await saveScreenshot(page, "dropped");
  });
});

describe("the comparison", () => {
  /** A fresh page comparing the Valmora pair. */
  async function comparedPage() {
    const { page } = await openPage(browser);
    await loadApp(page, server.url);
    await dropFiles(page, [LEFT, RIGHT]);
    await assertValmoraCompared(page);
    return page;
  }

  /** The texts of the marked words in a pane (`del` on the left, `ins` on the right). */
  function markedWords(page, side) {
    const tag = side === "left" ? "del" : "ins";
    return page.locator(`[data-testid=pane-${side}] ${tag}`).allInnerTexts();
  }

  test("marks the changed words: deleted on the left, inserted on the right", async () => {
    const page = await comparedPage();
    const deleted = (await markedWords(page, "left")).join(" | ");
    const inserted = (await markedWords(page, "right")).join(" | ");
    assert.match(deleted, /\bran\b/, "left: 'ran' is marked deleted");
    assert.match(deleted, /2029/, "left: '2029' is marked deleted");
    assert.match(inserted, /\blasted\b/, "right: 'lasted' is marked inserted");
    assert.match(inserted, /2030/, "right: '2030' is marked inserted");
    // Words the two sentences share stay plain.
    assert.doesNotMatch(deleted, /midnight|Kowalczyk|councillors/);
    assert.doesNotMatch(inserted, /midnight|Kowalczyk|councillors/);
    await saveScreenshot(page, "changed-words");
  });

  test("shows a moved sentence on the same row as its counterpart", async () => {
    const page = await comparedPage();
    // Where the sentence starts, in each pane, on screen: a pair shown side by side starts at
    // the same height; unpaired, the right one would sit several rows above the left one.
    const tops = await page.evaluate((needle) => {
      function rangesOf(side) {
        const pane = document.querySelector(`[data-testid=pane-${side}]`);
        const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
        const found = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          found.push(range);
        }
        return found;
      }
      const left = rangesOf("left");
      const right = rangesOf("right");
      // Bring the left sentence into view; its partner should come along on the same row.
      left[0]?.startContainer.parentElement.scrollIntoView({ block: "center" });
      const measure = (range) => {
        const rect = range.getBoundingClientRect();
        return { top: rect.top, height: rect.height };
      };
      return { left: left.map(measure), right: right.map(measure) };
    }, MOVED_SENTENCE_START);
    assert.equal(tops.left.length, 1, "the sentence appears once in the left pane");
    assert.ok(tops.right.length >= 1, "the sentence appears in the right pane");
    const [left] = tops.left;
    const gap = Math.min(...tops.right.map((right) => Math.abs(right.top - left.top)));
    assert.ok(gap <= left.height, `paired sentences start ${gap}px apart; expected the same row`);
    await saveScreenshot(page, "moved-sentence");
  });
});
