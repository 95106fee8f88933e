// Reports in other scripts, drawn in the panes: Arabic and Hebrew read right to left (aligned
// right), Chinese without spaces, Cyrillic, emoji with joiners — every character as written,
// and only the changed words marked.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { dropFiles, loadApp, openPage, paneText, saveScreenshot, startSite, stopSite, waitForComparison } from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** Drops a pair of reports given as text and waits for their comparison. */
async function comparePair(left, right) {
  const { page, record } = await openPage(browser);
  await loadApp(page, server.url);
  await dropFiles(page, [
    { name: "left.txt", data: left },
    { name: "right.txt", data: right },
  ]);
  await waitForComparison(page);
  return { page, record };
}

/** The marked words of one side: `del` on the left, `ins` on the right. */
const marked = (page, side) =>
  page.locator(`[data-testid=pane-${side}] ${side === "left" ? "del" : "ins"}`).allInnerTexts();

/** Computed direction and text alignment of the first cell of a pane that holds a sentence. */
const layout = (page, side) =>
  page.evaluate((side) => {
    const cell = document.querySelector(`[data-testid=pane-${side}] .cell[data-row]`);
    const style = getComputedStyle(cell);
    const box = cell.getBoundingClientRect();
    const text = cell.querySelector("span").getBoundingClientRect();
    return { direction: style.direction, rightGap: box.right - text.right, leftGap: text.left - box.left };
  }, side);

test("Arabic reads right to left, aligned right, with only the changed weekday marked", async () => {
  const left = "التقى وزير الخارجية بنظيره في باريس يوم الاثنين.\n\nوناقش الوزيران خطة الطاقة الجديدة.\n";
  const right = "التقى وزير الخارجية بنظيره في باريس يوم الأحد.\n\nوناقش الوزيران خطة الطاقة الجديدة.\n";
  const { page, record } = await comparePair(left, right);
  assert.ok((await paneText(page, "left")).includes("التقى وزير الخارجية بنظيره في باريس يوم الاثنين."), "every character as written");
  assert.deepEqual(await marked(page, "left"), ["الاثنين"]);
  assert.deepEqual(await marked(page, "right"), ["الأحد"]);
  const cell = await layout(page, "left");
  assert.equal(cell.direction, "rtl");
  assert.ok(cell.rightGap < cell.leftGap, `the sentence sits at the right of its cell: ${JSON.stringify(cell)}`);
  await saveScreenshot(page, "scripts-arabic");
  assert.deepEqual(record.consoleErrors, []);
});

test("Hebrew reads right to left; English beside it stays left to right", async () => {
  const left = "שר החוץ נפגש עם עמיתו בפריז ביום שני.\n\nהשניים דנו בתוכנית האנרגיה.\n";
  const right = "שר החוץ נפגש עם עמיתו בפריז ביום ראשון.\n\nהשניים דנו בתוכנית האנרגיה.\n";
  const { page } = await comparePair(left, right);
  assert.deepEqual(await marked(page, "left"), ["שני"]);
  assert.deepEqual(await marked(page, "right"), ["ראשון"]);
  assert.equal((await layout(page, "right")).direction, "rtl");
  // The page around the panes keeps its own direction.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("[data-testid=summary]")).direction), "ltr");
});

test("Chinese without spaces, Cyrillic and emoji with joiners: whole characters, only the change marked", async () => {
  const left = "外交部长周一在巴黎会见了乌克兰总理。双方讨论了能源计划。\n\nУкраїнський міністр прибув до Києва в понеділок. 👩‍👩‍👧 Родини вітали делегацію.\n";
  const right = "外交部长周一在柏林会见了乌克兰总理。双方讨论了能源计划。\n\nУкраїнський міністр прибув до Києва у вівторок. 👩‍👩‍👧 Родини вітали делегацію.\n";
  const { page } = await comparePair(left, right);
  const text = await paneText(page, "left");
  assert.ok(text.includes("外交部长周一在巴黎会见了乌克兰总理。"), "Chinese as written");
  assert.ok(text.includes("👩‍👩‍👧"), "the family emoji whole, its joiners kept");
  assert.ok(!text.includes("\uFFFD"), "no replacement characters");
  const changed = (await marked(page, "left")).join(" ");
  assert.match(changed, /巴黎/);
  assert.match(changed, /понеділок/);
  assert.doesNotMatch(changed, /外交部长|乌克兰|Родини|👩/);
  assert.equal((await layout(page, "left")).direction, "ltr");
});
