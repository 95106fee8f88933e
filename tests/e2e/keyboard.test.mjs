// The page by keyboard alone: the shortcuts (j/k differences, n/N contradictions, s swap,
// [ ] pairs, f facts, ? help, Esc), keys typed into a field left alone, and a visible focus
// indicator on everything Tab reaches.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  exampleButton,
  loadApp,
  openPage,
  saveScreenshot,
  startSite,
  stopSite,
  waitForComparison,
} from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

/** A page showing the built-in example (three reports, the first two compared). */
async function exampleOpen() {
  const { page, record } = await openPage(browser);
  await loadApp(page, server.url);
  await exampleButton(page).click();
  await waitForComparison(page);
  // Keys go to the page itself, as after a click on its text.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  return { page, record };
}

/** The two pane titles, left then right. */
async function paneTitles(page) {
  return [
    await page.locator("[data-testid=pane-left] .pane-title").innerText(),
    await page.locator("[data-testid=pane-right] .pane-title").innerText(),
  ];
}

/** The element that has the focus: its id, tag, data-kind, and whether it is in the viewport. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    const box = element.getBoundingClientRect();
    return {
      id: element.id,
      tag: element.tagName,
      kind: element.dataset.kind ?? null,
      flashing: element.classList.contains("flash"),
      inView: box.bottom > 0 && box.top < window.innerHeight,
    };
  });
}

test("j steps to each difference in turn, flashed, scrolled into view and focused; k goes back", async () => {
  const { page, record } = await exampleOpen();
  const status = page.locator("[data-testid=step-status]");

  await page.keyboard.press("j");
  await assert.doesNotReject(status.filter({ hasText: /^Difference 1 of \d+/ }).waitFor());
  const total = Number((await status.innerText()).match(/of (\d+)/)[1]);
  assert.ok(total >= 5, `the example has several differences (${total})`);
  let reached = await focused(page);
  assert.match(reached.id, /^row-\d+-(left|right)$/, "the focus is on the row reached");
  assert.notEqual(reached.kind, "same", "a row that is the same is not a difference (unless moved)");
  assert.ok(reached.flashing, "the row reached is flashed");

  // Far enough down the page that reaching it needs a scroll.
  const steps = Math.min(total - 1, 8);
  for (let n = 2; n <= steps + 1; n += 1) {
    await page.keyboard.press("j");
    await status.filter({ hasText: new RegExp(`^Difference ${n} of`) }).waitFor();
  }
  await page.waitForFunction(() => {
    const box = document.activeElement.getBoundingClientRect();
    return /^row-/.test(document.activeElement.id) && box.top >= 0 && box.bottom <= window.innerHeight;
  });
  reached = await focused(page);
  assert.ok(reached.inView, "the row reached was scrolled into view");
  assert.ok(await page.evaluate(() => window.scrollY > 200), "the page scrolled to reach it");
  await saveScreenshot(page, "keyboard-difference");

  const row = Number(reached.id.split("-")[1]);
  await page.keyboard.press("k");
  await status.filter({ hasText: new RegExp(`^Difference ${steps} of`) }).waitFor();
  const back = Number((await focused(page)).id.split("-")[1]);
  assert.ok(back < row, `k goes back up (row ${back} before row ${row})`);
  assert.deepEqual(record.pageErrors, []);
});

test("n and Shift+N move through the contradictions, each shown in both panes", async () => {
  const { page } = await exampleOpen();
  const conflicts = page.locator("[data-testid=conflict]");
  const count = await conflicts.count();
  assert.ok(count >= 2, "the example pair contradicts itself at least twice");
  const current = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("[data-testid=conflict]")].findIndex((c) => c.classList.contains("is-current")),
    );

  await page.keyboard.press("n");
  await page.locator("[data-testid=conflict].is-current").waitFor();
  assert.equal(await current(), 0);
  await page.locator(".comparison .flash").first().waitFor();

  await page.keyboard.press("n");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=conflict]")[1].classList.contains("is-current"));
  assert.equal(await current(), 1);

  await page.keyboard.press("Shift+N");
  await page.waitForFunction(() => document.querySelectorAll("[data-testid=conflict]")[0].classList.contains("is-current"));
  assert.equal(await current(), 0, "Shift+N goes back");

  await page.keyboard.press("Shift+N");
  await page.waitForFunction(
    (last) => document.querySelectorAll("[data-testid=conflict]")[last].classList.contains("is-current"),
    count - 1,
  );
  assert.equal(await current(), count - 1, "and wraps around to the last");
});

test("s swaps the panes, and ] and [ step through the pairs of the three reports", async () => {
  const { page, record } = await exampleOpen();
  const [left, right] = await paneTitles(page);
  assert.notEqual(left, right);

  await page.keyboard.press("s");
  await page.waitForFunction(
    (left) => document.querySelector("[data-testid=pane-right] .pane-title")?.textContent === left,
    left,
  );
  assert.deepEqual(await paneTitles(page), [right, left], "s swapped the sides");

  const pair = async () => [
    await page.locator("[data-testid=pick-left]").inputValue(),
    await page.locator("[data-testid=pick-right]").inputValue(),
  ];
  const before = await pair();
  await page.keyboard.press("]");
  await page.waitForFunction(
    (before) => document.querySelector("[data-testid=pick-left]").value + "," + document.querySelector("[data-testid=pick-right]").value !== before.join(","),
    before,
  );
  const next = await pair();
  assert.notDeepEqual(next, before, "] compares another pair");
  await waitForComparison(page);
  const titles = await paneTitles(page);
  assert.ok(!(titles.includes(left) && titles.includes(right)), `a different pair is shown: ${titles}`);

  await page.keyboard.press("[");
  await page.waitForFunction(
    (next) => document.querySelector("[data-testid=pick-left]").value + "," + document.querySelector("[data-testid=pick-right]").value !== next.join(","),
    next,
  );
  assert.deepEqual([...(await pair())].sort(), [...before].sort(), "[ goes back to the first pair");
  assert.deepEqual(record.consoleErrors, [], "the shortcuts take their keys without a console error");
});

test("f moves the focus to the facts panel; Escape clears the picked fact", async () => {
  const { page } = await exampleOpen();
  await page.keyboard.press("f");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "facts");
  await page.keyboard.press("Tab");
  assert.ok(
    await page.evaluate(() => document.querySelector("[data-testid=facts]").contains(document.activeElement)),
    "Tab carries on inside the panel",
  );

  const fact = page.locator("[data-fact-item]").first();
  await fact.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("[data-fact-item]").getAttribute("aria-pressed") === "true");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.querySelector("[data-fact-item]").getAttribute("aria-pressed") === "false");
});

test("? opens the shortcuts as a modal dialog; Escape closes it and the focus goes back", async () => {
  const { page } = await exampleOpen();
  const dialog = page.locator("[data-testid=shortcuts]");

  // From the header's button.
  const opener = page.locator("[data-testid=shortcuts-open]");
  await opener.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("[data-testid=shortcuts]").open);
  assert.ok(await page.evaluate(() => document.querySelector("[data-testid=shortcuts]").matches(":modal")), "modal");
  assert.ok(
    await page.evaluate(() => document.querySelector("[data-testid=shortcuts]").contains(document.activeElement)),
    "the focus moved into the dialog",
  );
  for (const key of ["j", "k", "n", "s", "f", "[", "]", "?", "Esc"]) {
    assert.ok(await dialog.locator("kbd", { hasText: key }).count(), `the dialog lists ${key}`);
  }
  await saveScreenshot(page, "keyboard-shortcuts-dialog");
  // Shortcuts do not act behind the dialog.
  const titles = await paneTitles(page);
  await page.keyboard.press("s");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("[data-testid=shortcuts]").open);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "shortcuts-open", "focus back on the button");
  assert.deepEqual(await paneTitles(page), titles, "s pressed in the dialog did not swap");

  // With the ? key, from a fact in the panel.
  const fact = page.locator("[data-fact-item]").first();
  await fact.focus();
  await page.keyboard.press("?");
  await page.waitForFunction(() => document.querySelector("[data-testid=shortcuts]").open);
  await dialog.getByRole("button", { name: "Close" }).last().click();
  await page.waitForFunction(() => !document.querySelector("[data-testid=shortcuts]").open);
  assert.equal(
    await page.evaluate(() => document.activeElement.getAttribute("data-fact-item")),
    await fact.getAttribute("data-fact-item"),
    "focus back on the fact",
  );
});

test("the Export menu opens with Enter, and Escape closes it with the focus back on its button", async () => {
  const { page } = await exampleOpen();
  const summary = page.locator("[data-testid=export]");
  const isOpen = () => page.evaluate(() => document.querySelector(".export-menu").open);
  await summary.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".export-menu").open);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "export-html", "Tab goes into the menu");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector(".export-menu").open);
  assert.equal(await isOpen(), false);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "export", "focus back on Export");
});

test("keys typed into a field are text, not shortcuts", async () => {
  const { page } = await exampleOpen();
  const titles = await paneTitles(page);
  const paste = page.locator("[data-testid=paste]");
  await paste.focus();
  await page.keyboard.type("s]j?");
  assert.equal(await paste.inputValue(), "s]j?");
  assert.deepEqual(await paneTitles(page), titles, "no swap, no other pair");
  assert.equal(await page.evaluate(() => document.querySelector("[data-testid=shortcuts]").open), false);
});

test("Tab reaches every control in order, and each shows a visible focus indicator", async () => {
  const { page } = await exampleOpen();
  await page.evaluate(() => document.activeElement?.blur());
  const seen = [];
  for (let n = 0; n < 200; n += 1) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      // The indicator may be drawn by the element or, for a visually hidden input (the file
      // picker), by the label around it.
      const visible = (e) => {
        const style = getComputedStyle(e);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== "rgba(0, 0, 0, 0)";
        return outline;
      };
      let indicated = false;
      for (let e = element, up = 0; e && up < 3 && !indicated; e = e.parentElement, up += 1) {
        const box = e.getBoundingClientRect();
        indicated = visible(e) && box.width > 4 && box.height > 4;
      }
      return {
        key: element.dataset.testid ?? element.id ?? "",
        what: `${element.tagName.toLowerCase()} "${(element.getAttribute("aria-label") ?? element.textContent).trim().slice(0, 40)}"`,
        indicated,
        top: element.getBoundingClientRect().top + window.scrollY,
        landmark: element.closest("header.site-header, main, aside, footer")?.tagName.toLowerCase() ?? "other",
      };
    });
    if (!stop) break;
    if (seen.length && seen[0].what === stop.what && seen[0].key === stop.key) break;
    seen.push(stop);
  }
  assert.ok(seen.length > 30, `Tab reaches the page's controls (${seen.length})`);
  const unmarked = seen.filter((s) => !s.indicated).map((s) => s.what);
  assert.deepEqual(unmarked, [], "every focused control shows a focus indicator");

  const whats = seen.map((s) => s.what).join("\n");
  for (const control of [/Try an example/, /Keyboard shortcuts/, /Auto/, /Dark/, /Swap/, /Next pair/, /Export/, /Facts/i]) {
    assert.match(whats, control, `Tab reaches ${control}`);
  }
  // The header comes first, then the main content; the facts panel after the panes' controls.
  const order = seen.map((s) => s.landmark);
  assert.equal(order[0], "header");
  assert.ok(order.lastIndexOf("header") < order.indexOf("main"), "header before main");
});
