// Documents: what a user brings in (saved web pages, Word files, legacy encodings, pasted rich
// text, many files at once, files that are not reports) and the shelf that keeps them: rename,
// move, remove and undo, clear all, step through pairs, and everything still there after a
// reload or a browser restart — or a message saying it will not be, when storage is full.
//
// Fixtures (tests/e2e/fixtures/kestrelmoor-*, written for these tests; make.py writes the
// binary and encoded ones) report one fictional meeting of the Orvena water board.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  andSaved,
  dropFiles,
  fixturePath,
  fixtureText,
  launchPersistent,
  loadApp,
  openPage,
  paneText,
  pasteRichText,
  saveScreenshot,
  squash,
  startSite,
  stopSite,
  waitForComparison,
  watchSaves,
} from "./harness.mjs";

const HERALD = "kestrelmoor-herald.html";
const LEDGER = "kestrelmoor-ledger.txt";
const MINUTES = "kestrelmoor-minutes.docx";
const WINDOWS_1252 = "kestrelmoor-windows-1252.txt";
const UTF_16 = "kestrelmoor-utf-16le-bom.txt";

const HERALD_TITLE = "Orvena reservoir deal reached after nine-hour meeting";
const LEDGER_TITLE = "Water board shares out the Orvena reservoir";
const MINUTES_TITLE = "Minutes of the Orvena water board";

/** The article of the saved page, sentence by sentence. */
const HERALD_ARTICLE = [
  HERALD_TITLE,
  "KESTRELMOOR — The regional water board agreed on Tuesday night to share the Orvena reservoir between the three valley towns, ending a dispute that had run for most of the year.",
  "Mayor Aurélie Vantongeren, who chaired the meeting at Brévannes Hall, said the agreement would guarantee every household a fixed allowance through the dry months.",
  "Under the plan, Kestrelmoor will draw 40 percent of the reservoir's water, while Pellingford and Ashcombe Vale will each take 30 percent.",
  "“Nobody got everything they wanted, and that is how you know it is fair,” Vantongeren told reporters as the meeting broke up shortly after midnight.",
  "Engineer Noémie Dufrêne presented survey figures showing the reservoir at 62 percent of capacity, its lowest level in a decade.",
  "The board will meet again in March to review the shares.",
];

/** Everything around the article on the saved page: menus, banners, buttons, scripts, comments. */
const HERALD_FURNITURE = [
  "cookies",
  "Cookie settings",
  "News from the three valley towns",
  "Local news",
  "Weather and tides",
  "Obituaries",
  "Share on Facebook",
  "Share by email",
  "Print this story",
  "HERALD SCRIPT",
  "HERALD INLINE TRACKER",
  "heraldMetrics",
  "countVisit",
  "Readers' comments",
  "Grumpy of Pellingford",
  "thirty percent is an insult",
  "Load more comments",
  "You might also like",
  "Pellingford bakery",
  "fete cancelled",
  "Registered office",
  "Privacy policy",
  "Advertise with the Herald",
];

/** The Word minutes' paragraphs; the third and fourth are cut into runs around bold figures. */
const MINUTES_PARAGRAPHS = [
  MINUTES_TITLE,
  "The board met at Brévannes Hall, Kestrelmoor, on Tuesday from three in the afternoon until shortly after midnight, with Mayor Aurélie Vantongeren in the chair.",
  "Engineer Noémie Dufrêne reported the Orvena reservoir at 62 percent of capacity, the lowest level recorded in ten years.",
  "The board resolved to share the reservoir's water: Kestrelmoor 40 percent, Pellingford and Ashcombe Vale 30 percent each.",
  "Councillor Théo Marchetti-Sjöberg asked that the shares be reviewed at the March meeting, and the board agreed.",
];

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

// ---------------------------------------------------------------------------------------------
// What the page shows

/** The shelf as the user sees it: each card's title and file name, in order. */
function shelf(page) {
  return page.locator("[data-testid=doc]").evaluateAll((cards) =>
    cards.map((card) => ({
      title: card.querySelector(".doc-title")?.textContent.trim(),
      name: card.querySelector(".doc-name")?.textContent.trim(),
    })),
  );
}

/** Waits until the shelf holds `count` read reports and none is still being read. */
async function waitForShelf(page, count, timeout = 15_000) {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll("[data-testid=doc]").length === n &&
      document.querySelectorAll("[data-testid=doc-reading]").length === 0,
    count,
    { timeout },
  );
}

/** The card of the report read from this file. */
function card(page, name) {
  return page.locator("[data-testid=doc]").filter({ has: page.locator(".doc-name", { hasText: name }) });
}

/** The file names of the reports in the left and right panes. */
function panesShow(page) {
  return page.evaluate(() =>
    ["left", "right"].map((side) => {
      const meta = document.querySelector(`[data-testid=pane-${side}] .pane-meta`);
      return meta ? meta.textContent.split(" · ")[0].trim() : null;
    }),
  );
}

/** Waits until the panes compare these two files, with the comparison up to date. */
async function waitForPair(page, left, right, timeout = 15_000) {
  await waitForComparison(page);
  await page.waitForFunction(
    ([left, right]) => {
      const shown = ["left", "right"].map((side) => {
        const meta = document.querySelector(`[data-testid=pane-${side}] .pane-meta`);
        return meta ? meta.textContent.split(" · ")[0].trim() : null;
      });
      const fresh = document.querySelector("[data-testid=comparison]")?.getAttribute("aria-busy") === "false";
      return fresh && shown[0] === left && shown[1] === right;
    },
    [left, right],
    { timeout },
  );
}

/** The labels of the reports chosen in the pair picker (left, right). */
function pickedPair(page) {
  return page.evaluate(() =>
    ["pick-left", "pick-right"].map((id) => {
      const select = document.querySelector(`[data-testid=${id}]`);
      return select ? select.selectedOptions[0]?.textContent.trim() : null;
    }),
  );
}

/** Everything the page says to the user, as text. */
async function messages(page) {
  return (await page.locator("[role=alert], [role=status]").allInnerTexts()).map(squash).filter(Boolean);
}

/** The alerts that name this file. */
function alertsNaming(page, name) {
  return page.locator("[role=alert]").filter({ hasText: name });
}

/** Renames a card as a user does: ✎, type the title, Enter. */
async function rename(page, name, title) {
  await card(page, name).locator("[data-testid=rename]").click();
  const input = card(page, name).locator("[data-testid=title-input]");
  await input.fill(title);
  await input.press("Enter");
  await card(page, name).locator(".doc-title", { hasText: title }).waitFor();
}

/** Chooses a report for one side in the pair picker, by the title its option starts with. */
async function choose(page, side, title) {
  const select = page.locator(`[data-testid=pick-${side}]`);
  const option = select.locator("option", { hasText: title });
  await select.selectOption(await option.getAttribute("value"));
}

describe("a saved web page", () => {
  test("the card and the pane show the article's headline and body, none of the page around it", async () => {
    const { page, record } = await openPage(browser);
    await loadApp(page, server.url);
    await dropFiles(page, [HERALD, LEDGER]);
    await waitForShelf(page, 2);
    await waitForPair(page, HERALD, LEDGER);

    const herald = squash(await card(page, HERALD).innerText());
    assert.equal(squash(await card(page, HERALD).locator(".doc-title").innerText()), HERALD_TITLE);
    assert.match(herald, /web page/, "the card names the format");
    assert.match(
      squash(await card(page, HERALD).locator("[data-testid=preview]").innerText()),
      /^KESTRELMOOR — The regional water board agreed on Tuesday night/,
      "the preview starts with the article's first paragraph",
    );

    const left = await paneText(page, "left");
    assert.equal(
      squash(await page.locator("[data-testid=pane-left] .pane-title").innerText()),
      HERALD_TITLE,
      "the pane is headed by the article's headline",
    );
    for (const sentence of HERALD_ARTICLE) {
      assert.ok(left.includes(sentence), `the pane shows: ${sentence}`);
    }
    const shown = [left, await paneText(page, "right"), ...(await page.locator("[data-testid=doc]").allInnerTexts())]
      .map(squash)
      .join(" | ");
    for (const furniture of HERALD_FURNITURE) {
      assert.ok(!shown.includes(furniture), `page furniture left out: ${furniture}`);
    }
    assert.deepEqual(record.pageErrors, []);
    await saveScreenshot(page, "documents-saved-page");
  });
});

describe("a Word document", () => {
  test("its paragraphs appear, words split across formatting runs joined as written", async () => {
    const { page, record } = await openPage(browser);
    await loadApp(page, server.url);
    await dropFiles(page, [MINUTES, LEDGER]);
    await waitForShelf(page, 2);
    await waitForPair(page, MINUTES, LEDGER);

    assert.equal(squash(await card(page, MINUTES).locator(".doc-title").innerText()), MINUTES_TITLE);
    assert.match(squash(await card(page, MINUTES).innerText()), /Word document/);
    assert.match(
      squash(await card(page, MINUTES).locator("[data-testid=preview]").innerText()),
      /^The board met at Brévannes Hall, Kestrelmoor, on Tuesday/,
    );
    const left = await paneText(page, "left");
    for (const paragraph of MINUTES_PARAGRAPHS) {
      assert.ok(left.includes(paragraph), `the pane shows: ${paragraph}`);
    }
    assert.deepEqual(record.pageErrors, []);
    await saveScreenshot(page, "documents-word");
  });
});

describe("the shelf after a reload or a browser restart", () => {
  /**
   * Brings in three reports and changes what a user changes: one renamed, one moved to the
   * front, a pair of the user's choice. Returns what the page then shows.
   */
  async function arrangeShelf(page) {
    await dropFiles(page, [HERALD, LEDGER, MINUTES]);
    await waitForShelf(page, 3);
    await andSaved(page, () => rename(page, MINUTES, "Board minutes — Brévannes Hall, Tuesday"));
    // To the front of the shelf, one step at a time.
    while ((await shelf(page))[0].name !== MINUTES) {
      const title = (await shelf(page)).find((doc) => doc.name === MINUTES).title;
      await andSaved(page, () => page.getByRole("button", { name: `Move ${title} earlier` }).click());
    }
    await andSaved(page, () => choose(page, "left", LEDGER_TITLE));
    await andSaved(page, () => choose(page, "right", "Board minutes"));
    await waitForPair(page, LEDGER, MINUTES);
    return shown(page);
  }

  /** What the page shows of the shelf and the comparison. */
  async function shown(page) {
    return {
      shelf: await shelf(page),
      pair: await pickedPair(page),
      panes: await panesShow(page),
      left: await paneText(page, "left"),
      right: await paneText(page, "right"),
    };
  }

  /** Waits for the restored shelf and comparison after the page was opened again. */
  async function restored(page, before) {
    await waitForShelf(page, before.shelf.length, 30_000);
    await waitForPair(page, ...before.panes, 30_000);
    return shown(page);
  }

  test("a reload keeps every report, its order, its title, the pair and the comparison", async () => {
    const { page, record } = await openPage(browser);
    await page.addInitScript(watchSaves);
    await loadApp(page, server.url);
    const before = await arrangeShelf(page);
    assert.deepEqual(before.shelf[0], { name: MINUTES, title: "Board minutes — Brévannes Hall, Tuesday" });
    await saveScreenshot(page, "documents-before-reload");

    await page.reload();
    const after = await restored(page, before);
    assert.deepEqual(after, before);
    assert.deepEqual(record.pageErrors, []);
    await saveScreenshot(page, "documents-after-reload");
  });

  test("closing the browser and opening it again on the same profile keeps the shelf", async () => {
    const profile = mkdtempSync(join(tmpdir(), "corroborate-profile-"));
    try {
      let context = await launchPersistent(profile);
      await context.addInitScript(watchSaves);
      let page = await context.newPage();
      await loadApp(page, server.url);
      const before = await arrangeShelf(page);
      await context.close();

      context = await launchPersistent(profile);
      try {
        page = await context.newPage();
        const errors = [];
        page.on("pageerror", (error) => errors.push(String(error)));
        await page.goto(server.url);
        const after = await restored(page, before);
        assert.deepEqual(after, before);
        assert.deepEqual(errors, []);
        await saveScreenshot(page, "documents-after-restart");
      } finally {
        await context.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe("files that are not reports", () => {
  test("a picture gets a message naming it; the shelf and what is saved stay as they were", async () => {
    const { page, record } = await openPage(browser);
    await page.addInitScript(watchSaves);
    await loadApp(page, server.url);
    await andSaved(page, () => dropFiles(page, [HERALD, LEDGER]));
    await waitForShelf(page, 2);
    await waitForPair(page, HERALD, LEDGER);
    const before = await shelf(page);

    // A photo from a phone, and the same photo renamed as if it were text.
    const photo = readFileSync(fixturePath("photo.png"));
    const pictures = ["Brévannes Hall, Tuesday evening.png", "board-minutes.txt"];
    await dropFiles(page, pictures.map((name) => ({ name, data: photo })));
    for (const name of pictures) {
      await alertsNaming(page, name).first().waitFor();
      const message = squash(await alertsNaming(page, name).first().innerText());
      assert.match(message, /PNG image/, `the message says what the file is: "${message}"`);
      assert.match(message, /not a text report/, `the message says why it is refused: "${message}"`);
    }
    await page.locator("[data-testid=doc-reading]").waitFor({ state: "detached" });
    assert.deepEqual(await shelf(page), before, "the same cards");
    await waitForPair(page, HERALD, LEDGER);
    await saveScreenshot(page, "documents-picture-refused");

    await page.reload();
    await waitForShelf(page, 2, 30_000);
    assert.deepEqual(await shelf(page), before, "nothing of the pictures was kept");
    assert.deepEqual(record.pageErrors, []);
  });

  test("a file over 20 MB is refused by name, and the shelf stays", async () => {
    const { page, record } = await openPage(browser);
    await loadApp(page, server.url);
    await dropFiles(page, [HERALD, LEDGER]);
    await waitForShelf(page, 2);
    const before = await shelf(page);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      const bytes = new Uint8Array(21 * 1024 * 1024).fill(0x61);
      transfer.items.add(new File([bytes], "orvena-sensor-log.txt", { type: "text/plain" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    });
    const alert = alertsNaming(page, "orvena-sensor-log.txt");
    await alert.waitFor({ timeout: 30_000 });
    assert.match(squash(await alert.innerText()), /too large.*21(\.0)? MB.*20 MB/);
    assert.deepEqual(await shelf(page), before);
    assert.equal(await page.locator("[data-testid=doc-reading]").count(), 0, "nothing left reading");
    assert.deepEqual(record.pageErrors, []);
  });

  test("twenty files dropped at once: every report loads, each bad file has its own message", async () => {
    const { page, record } = await openPage(browser);
    await loadApp(page, server.url);
    const towns = ["Kestrelmoor", "Pellingford", "Ashcombe Vale"];
    const reports = Array.from({ length: 17 }, (_, i) => {
      const n = i + 1;
      const town = towns[i % towns.length];
      const title = `Desk ${n}: ${town} hears the Orvena reservoir decision`;
      const body =
        `Reporter ${n} watched the regional water board meet at Brévannes Hall on Tuesday.\n\n` +
        `${town} will draw its agreed share of the Orvena reservoir from next month, the board said.\n\n` +
        `The shares are to be reviewed in March, according to dispatch ${n}.\n`;
      return n % 3 === 0
        ? { name: `desk-${String(n).padStart(2, "0")}.md`, data: `# ${title}\n\n${body}`, title }
        : { name: `desk-${String(n).padStart(2, "0")}.txt`, data: `${title}\n\n${body}`, title };
    });
    const bad = ["photo.png", "empty.txt", "scan.pdf"];
    // The bad files among the good ones, as a folder's files come in name order.
    const files = [...reports.slice(0, 5), bad[0], ...reports.slice(5, 11), bad[1], ...reports.slice(11), bad[2]];
    assert.equal(files.length, 20);
    await dropFiles(page, files);

    await waitForShelf(page, 17, 60_000);
    assert.deepEqual(
      await shelf(page),
      reports.map(({ name, title }) => ({ name, title })),
      "every report, in the order dropped",
    );
    for (const name of bad) {
      assert.equal(await alertsNaming(page, name).count(), 1, `one message names ${name}`);
    }
    assert.match(squash(await alertsNaming(page, "photo.png").innerText()), /PNG image/);
    assert.match(squash(await alertsNaming(page, "empty.txt").innerText()), /empty/);
    assert.match(squash(await alertsNaming(page, "scan.pdf").innerText()), /PDF/);
    assert.equal(await page.locator("[role=alert]").count(), 3, `only the bad files: ${await messages(page)}`);
    await waitForPair(page, reports[0].name, reports[1].name);
    assert.deepEqual(record.pageErrors, []);
    await saveScreenshot(page, "documents-twenty-files");
  });
});

describe("arranging the shelf", () => {
  /** A page with the three Kestrelmoor reports, compared. Returns the shelf's file names. */
  async function threeReports() {
    const { page, record } = await openPage(browser);
    await loadApp(page, server.url);
    await dropFiles(page, [HERALD, LEDGER, MINUTES]);
    await waitForShelf(page, 3);
    const names = (await shelf(page)).map((doc) => doc.name);
    await waitForPair(page, names[0], names[1]);
    return { page, record, names };
  }

  test("rename: Enter keeps the new title, Escape keeps the old one, an empty title restores the report's own", async () => {
    const { page, record } = await threeReports();
    const original = (await shelf(page)).find((doc) => doc.name === HERALD).title;
    await rename(page, HERALD, "Herald: the reservoir deal");
    assert.equal((await shelf(page)).find((doc) => doc.name === HERALD).title, "Herald: the reservoir deal");
    assert.match((await pickedPair(page)).join(" | "), /Herald: the reservoir deal/, "the pair picker uses the new title");
    assert.equal(
      await page.getByRole("button", { name: "Rename Herald: the reservoir deal" }).count(),
      1,
      "the card's buttons are named after the new title",
    );

    await card(page, HERALD).locator("[data-testid=rename]").click();
    const input = card(page, HERALD).locator("[data-testid=title-input]");
    assert.equal(await input.inputValue(), "Herald: the reservoir deal", "the field starts with the title");
    await input.fill("Something else entirely");
    await input.press("Escape");
    await input.waitFor({ state: "detached" });
    assert.equal((await shelf(page)).find((doc) => doc.name === HERALD).title, "Herald: the reservoir deal");

    await card(page, HERALD).locator("[data-testid=rename]").click();
    await input.fill("");
    await input.press("Enter");
    await card(page, HERALD).locator(".doc-title", { hasText: original }).waitFor();
    assert.equal((await shelf(page)).find((doc) => doc.name === HERALD).title, original);
    assert.deepEqual(record.pageErrors, []);
  });

  test("a very long title stays inside its card", async () => {
    const { page } = await threeReports();
    const long =
      "The complete account of the Orvena reservoir meeting at Brévannes Hall, every vote and every speech, " +
      "from https://kestrelmoor-herald.example/2026/03/10/orvena-reservoir-deal-reached-after-nine-hour-meeting";
    const widths = () => page.locator("[data-testid=doc]").evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().width));
    const before = await widths();
    await rename(page, HERALD, long);
    assert.deepEqual(await widths(), before, "the cards keep their widths");
    const overflow = await card(page, HERALD).evaluate((c) => c.scrollWidth > c.clientWidth);
    assert.equal(overflow, false, "the title does not spill out of the card");
    const pageScrolls = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    assert.equal(pageScrolls, false, "no horizontal scroll bar");
    await saveScreenshot(page, "documents-long-title");
  });

  test("move: a card goes later and earlier; the ends cannot move further", async () => {
    const { page, names } = await threeReports();
    const titles = (await shelf(page)).map((doc) => doc.title);
    await page.getByRole("button", { name: `Move ${titles[0]} later` }).click();
    await page.waitForFunction((name) => document.querySelectorAll("[data-testid=doc] .doc-name")[1]?.textContent === name, names[0]);
    assert.deepEqual((await shelf(page)).map((doc) => doc.name), [names[1], names[0], names[2]]);

    await page.getByRole("button", { name: `Move ${titles[2]} earlier` }).click();
    await page.waitForFunction((name) => document.querySelectorAll("[data-testid=doc] .doc-name")[1]?.textContent === name, names[2]);
    assert.deepEqual((await shelf(page)).map((doc) => doc.name), [names[1], names[2], names[0]]);

    assert.ok(await page.getByRole("button", { name: `Move ${titles[1]} earlier` }).isDisabled(), "the first cannot go earlier");
    assert.ok(await page.getByRole("button", { name: `Move ${titles[0]} later` }).isDisabled(), "the last cannot go later");
    await saveScreenshot(page, "documents-moved");
  });

  test("remove, then undo: the report comes back in its place, with the pair it had", async () => {
    const { page, names } = await threeReports();
    const before = await shelf(page);
    const pair = await panesShow(page);
    const removed = before[1];

    await card(page, removed.name).locator("[data-testid=remove]").click();
    await waitForShelf(page, 2);
    assert.deepEqual(await shelf(page), before.filter((doc) => doc !== removed));
    const notice = page.locator("[role=status]").filter({ hasText: removed.title });
    assert.match(squash(await notice.innerText()), /Removed/);
    await waitForPair(page, names[0], names[2]);
    await saveScreenshot(page, "documents-removed");

    await notice.locator("[data-testid=undo]").click();
    await waitForShelf(page, 3);
    assert.deepEqual(await shelf(page), before, "back in its place");
    await waitForPair(page, ...pair);
    assert.equal(await notice.count(), 0, "the undo notice goes once used");
  });

  test("clear all asks once, removes every report, and can be undone", async () => {
    const { page } = await threeReports();
    const before = await shelf(page);
    const pair = await panesShow(page);

    // Asked, then cancelled: nothing happens.
    await page.locator("[data-testid=clear-all]").click();
    await page.getByRole("group", { name: /Confirm clearing/ }).getByRole("button", { name: "Cancel" }).click();
    assert.deepEqual(await shelf(page), before);

    await page.locator("[data-testid=clear-all]").click();
    const confirm = page.getByRole("group", { name: /Confirm clearing/ });
    assert.match(squash(await confirm.innerText()), /Remove all 3 reports\?/);
    assert.equal(await page.locator("[data-testid=doc]").count(), 3, "nothing removed before the answer");
    await saveScreenshot(page, "documents-clear-confirm");
    await page.locator("[data-testid=clear-confirm]").click();
    await waitForShelf(page, 0);
    assert.equal(await page.locator("[data-testid=comparison]").count(), 0, "no comparison left");
    assert.equal(await confirm.count(), 0, "asked only once");
    const notice = page.locator("[role=status]").filter({ hasText: /Removed all 3 reports/ });
    await saveScreenshot(page, "documents-cleared");

    await notice.locator("[data-testid=undo]").click();
    await waitForShelf(page, 3);
    assert.deepEqual(await shelf(page), before);
    await waitForPair(page, ...pair);
  });

  test("with three reports, next pair steps through all three pairs and wraps; previous goes back", async () => {
    const { page, names } = await threeReports();
    const [a, b, c] = names;
    const expected = [[a, c], [b, c], [a, b]];
    for (const [left, right] of expected) {
      await page.locator("[data-testid=next-pair]").click();
      await waitForPair(page, left, right);
      const titles = await pickedPair(page);
      assert.ok(titles[0].endsWith(left) && titles[1].endsWith(right), `the picker shows ${left} and ${right}`);
    }
    await page.locator("[data-testid=prev-pair]").click();
    await waitForPair(page, b, c);
    await page.locator("[data-testid=swap]").click();
    await waitForPair(page, c, b);
    await saveScreenshot(page, "documents-pairs");
  });
});

describe("when the browser's storage is full", () => {
  /** Two reports dropped on a page whose saving fails: they are compared all the same. */
  async function droppedWithoutStorage(failSaving) {
    const { page, record } = await openPage(browser);
    await page.addInitScript(failSaving);
    await loadApp(page, server.url);
    await dropFiles(page, [HERALD, LEDGER]);
    await waitForShelf(page, 2);
    await waitForPair(page, HERALD, LEDGER);
    assert.ok((await paneText(page, "left")).includes(HERALD_ARTICLE[1]), "the report works in this session");

    const warning = page.locator("[role=alert]").filter({ hasText: /reload/ });
    await warning.first().waitFor();
    const text = squash(await warning.first().innerText());
    assert.match(text, /storage .*full/, `the message says why: "${text}"`);
    assert.match(text, /not be here after a reload/, `the message says what it means: "${text}"`);

    // Another report: still added, still compared, and the warning is not repeated.
    await dropFiles(page, [MINUTES]);
    await waitForShelf(page, 3);
    assert.deepEqual((await shelf(page)).map((doc) => doc.name).sort(), [HERALD, LEDGER, MINUTES].sort());
    await choose(page, "right", MINUTES_TITLE);
    await waitForPair(page, HERALD, MINUTES);
    assert.equal(await warning.count(), 1, "said once");
    assert.deepEqual(record.pageErrors, []);
    return page;
  }

  test("a write refused at once: the reports work now, and the page says they will not survive a reload", async () => {
    const page = await droppedWithoutStorage(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await saveScreenshot(page, "documents-storage-full");
  });

  test("a write the browser aborts when it commits (as Chromium does when over quota) is not taken for saved", async () => {
    await droppedWithoutStorage(failCommits);
  });

  test("a report removed while storage was full does not stay in the browser's storage", async () => {
    const { page, record } = await openPage(browser);
    await page.addInitScript(watchSaves);
    await page.addInitScript(failCommits);
    await page.addInitScript(() => {
      window.__storageFull = false;
    });
    await loadApp(page, server.url);
    await andSaved(page, () => dropFiles(page, [LEDGER]));
    await waitForShelf(page, 1);
    assert.equal((await storedTexts(page)).length, 1);

    // Full: the next report is not saved, and neither is the removal of the first.
    await page.evaluate(() => {
      window.__storageFull = true;
    });
    await dropFiles(page, [HERALD]);
    await waitForShelf(page, 2);
    await page.locator("[role=alert]").filter({ hasText: /reload/ }).waitFor();
    const failed = await page.evaluate(() => window.__saves.failed);
    await card(page, LEDGER).locator("[data-testid=remove]").click();
    await waitForShelf(page, 1);
    await page.waitForFunction((n) => window.__saves.failed > n && window.__saves.pending === 0, failed);

    // Room again: the next change saves the shelf, and the removed report goes with it.
    await page.evaluate(() => {
      window.__storageFull = false;
    });
    await andSaved(page, () => rename(page, HERALD, "Herald, Tuesday night"));
    const texts = await storedTexts(page);
    assert.equal(texts.length, 1, "one report on the shelf, one text stored");
    assert.ok(texts[0].includes("Vantongeren told reporters"), "the Herald's text is stored");
    assert.ok(!texts.some((text) => text.includes("shares out the Orvena")), "the removed report's text is gone");
    assert.deepEqual(record.pageErrors, []);
  });
});

/**
 * An init script under which the browser refuses every write as it commits, while
 * `window.__storageFull` is not false: the writes go through, the commit fails, and the
 * transaction aborts with a QuotaExceededError (as Chromium does when the quota is exceeded).
 */
function failCommits() {
  const over = new WeakSet();
  const commit = IDBTransaction.prototype.commit;
  IDBTransaction.prototype.commit = function () {
    if (this.mode !== "readwrite" || window.__storageFull === false) return commit.call(this);
    over.add(this);
    this.abort();
  };
  const error = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, "error").get;
  Object.defineProperty(IDBTransaction.prototype, "error", {
    configurable: true,
    get() {
      return over.has(this) ? new DOMException("The quota has been exceeded.", "QuotaExceededError") : error.call(this);
    },
  });
}

/** The reports' texts as the page stored them in IndexedDB (read as UTF-8, whatever their wrapping). */
function storedTexts(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("corroborate");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction("docs", "readonly").objectStore("docs").getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result.map((value) => new TextDecoder().decode(value)));
          };
        };
      }),
  );
}

describe("legacy encodings", () => {
  // Reading these exactly is bad-input.test.mjs's; here: the card says which encoding was
  // read, and a reload brings the same text back (what is saved is the decoded text).
  test("Windows-1252 and UTF-16 files: exact text, the encoding on the card, the same after a reload", async () => {
    const { page, record } = await openPage(browser);
    await page.addInitScript(watchSaves);
    await loadApp(page, server.url);
    await andSaved(page, () => dropFiles(page, [WINDOWS_1252, UTF_16, LEDGER]));
    await waitForShelf(page, 3);
    await waitForPair(page, WINDOWS_1252, UTF_16);

    const expectations = async () => {
      assert.match(squash(await card(page, WINDOWS_1252).innerText()), /windows-1252/);
      assert.match(squash(await card(page, UTF_16).innerText()), /UTF-16LE/);
      assert.doesNotMatch(squash(await card(page, LEDGER).innerText()), /UTF-8|windows|UTF-16/, "UTF-8 goes without saying");
      const left = await paneText(page, "left");
      const right = await paneText(page, "right");
      for (const sentence of [
        "Café owners count the cost of the Brévannes Hall talks",
        "Loïc Bœuf-Arnaud, who runs the café opposite Brévannes Hall, said the nine-hour meeting brought him “the best Tuesday of the year” — €1,240 in coffee and pastries.",
        "His neighbour Gaëlle Prévost-Naïm closed her florist's early",
      ]) {
        assert.ok(left.includes(sentence), `Windows-1252 read exactly: ${sentence}`);
      }
      for (const sentence of [
        "Observers from the Kořínek trust watch the Orvena vote",
        "Radka Kořínková and Łucja Wężyk of the Kořínek water trust",
        "were “a sensible start.”",
      ]) {
        assert.ok(right.includes(sentence), `UTF-16 read exactly: ${sentence}`);
      }
    };
    await expectations();
    await saveScreenshot(page, "documents-encodings");

    await page.reload();
    await waitForShelf(page, 3, 30_000);
    await waitForPair(page, WINDOWS_1252, UTF_16, 30_000);
    await expectations();
    assert.deepEqual(record.pageErrors, []);
  });
});

describe("text from another page", () => {
  const CLIPBOARD_ARTICLE = [
    "Pellingford accepts its thirty percent",
    "PELLINGFORD — Councillors in Pellingford said on Wednesday they would accept the town's share of the Orvena reservoir, a day after the regional water board met at Brévannes Hall.",
    "Councillor Théo Marchetti-Sjöberg said the town's farmers had hoped for more but would not challenge the decision.",
    "The water board's next meeting is due in March, when the shares will be reviewed.",
  ];
  const CLIPBOARD_FURNITURE = ["Valley Bulletin home", "Town news", "Jobs board", "Sign in", "newsletter", "Subscribe"];
  // What the browser puts beside the markup: the page's text with its menus run in.
  const PLAIN = "Valley Bulletin home Town news Jobs board Sign in to your account\nPellingford accepts its thirty percent\n…";

  /** Checks the added report is the article alone, compared against the Ledger. */
  async function assertArticleAdded(page, name) {
    await waitForShelf(page, 2);
    const added = card(page, name);
    assert.equal(squash(await added.locator(".doc-title").innerText()), CLIPBOARD_ARTICLE[0]);
    await choose(page, "left", CLIPBOARD_ARTICLE[0]);
    await choose(page, "right", LEDGER_TITLE);
    await waitForPair(page, name, LEDGER);
    const left = await paneText(page, "left");
    for (const sentence of CLIPBOARD_ARTICLE) {
      assert.ok(left.includes(sentence), `the pane shows: ${sentence}`);
    }
    const shown = `${left} ${squash(await added.innerText())}`;
    for (const furniture of CLIPBOARD_FURNITURE) {
      assert.ok(!shown.includes(furniture), `left out: ${furniture}`);
    }
  }

  test("rich text pasted into the empty box adds the article alone", async () => {
    const { page, record } = await openPage(browser);
    await loadApp(page, server.url);
    await dropFiles(page, [LEDGER]);
    await waitForShelf(page, 1);
    const box = page.locator("[data-testid=paste]");
    await pasteRichText(page, fixtureText("kestrelmoor-clipboard.html"), PLAIN);
    await assertArticleAdded(page, "pasted page 1");
    assert.equal(await box.inputValue(), "", "the box stays empty: the page was added, not pasted as text");
    assert.deepEqual(record.pageErrors, []);
    await saveScreenshot(page, "documents-pasted-page");
  });

  test("a selection dragged from another page and dropped adds its article", async () => {
    const { page, record } = await openPage(browser);
    await loadApp(page, server.url);
    await dropFiles(page, [LEDGER]);
    await waitForShelf(page, 1);
    await page.evaluate(
      ([html, plain]) => {
        const data = new DataTransfer();
        data.setData("text/html", html);
        data.setData("text/plain", plain);
        for (const type of ["dragenter", "dragover", "drop"]) {
          document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
        }
      },
      [fixtureText("kestrelmoor-clipboard.html"), PLAIN],
    );
    await assertArticleAdded(page, "pasted page 1");
    assert.deepEqual(record.pageErrors, []);
  });
});
