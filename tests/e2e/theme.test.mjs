// The colour theme: Auto follows the system, Light and Dark override it, the choice survives
// a reload, dark by choice looks exactly like dark by the system, and the header fits both
// a laptop and a narrow window (screenshots of each kept as artifacts).

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

/**
 * What the page looks like now: its theme attribute, the color-scheme meta, the scheme in
 * force (which side of `light-dark()` the page's colours take), and the background.
 */
function look(page) {
  return page.evaluate(() => {
    const probe = document.createElement("span");
    probe.style.color = "light-dark(rgb(0, 0, 0), rgb(255, 255, 255))";
    document.body.append(probe);
    const scheme = getComputedStyle(probe).color === "rgb(0, 0, 0)" ? "light" : "dark";
    probe.remove();
    return {
      theme: document.documentElement.dataset.theme ?? null,
      meta: document.querySelector("meta[name=color-scheme]").content,
      scheme,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

/** Relative luminance of an `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Which theme button is pressed. */
function pressed(page) {
  return page.locator(".theme-option[aria-pressed=true]").getAttribute("data-testid");
}

test("Auto follows the system; Dark and Light override it and are kept after a reload", async () => {
  const { page } = await openPage(browser);
  await page.emulateMedia({ colorScheme: "light" });
  await loadApp(page, server.url);
  assert.equal(await pressed(page), "theme-system");
  let now = await look(page);
  assert.equal(now.theme, null);
  assert.equal(now.scheme, "light");
  assert.ok(luminance(now.background) > 0.8, "light paper");

  await page.emulateMedia({ colorScheme: "dark" });
  now = await look(page);
  assert.equal(now.scheme, "dark", "Auto turns dark with the system");
  assert.ok(luminance(now.background) < 0.05, "dark paper");

  await page.getByTestId("theme-light").click();
  now = await look(page);
  assert.deepEqual([now.theme, now.meta, now.scheme], ["light", "light", "light"]);
  assert.ok(luminance(now.background) > 0.8, "Light stays light on a dark system");

  await page.emulateMedia({ colorScheme: "light" });
  await page.getByTestId("theme-dark").click();
  now = await look(page);
  assert.deepEqual([now.theme, now.meta, now.scheme], ["dark", "dark", "dark"]);
  assert.ok(luminance(now.background) < 0.05, "Dark stays dark on a light system");
  assert.equal(await pressed(page), "theme-dark");

  // Saved with the shelf: give the save a moment to land, then reload, noting the scheme
  // the page had when it first drew its header.
  await page.waitForTimeout(300);
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector("header")) {
        window.__firstDrawnTheme = document.documentElement.dataset.theme ?? null;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await exampleButton(page).waitFor();
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  assert.equal(await pressed(page), "theme-dark", "the choice survived the reload");
  assert.equal(await page.evaluate(() => window.__firstDrawnTheme), "dark", "dark from the first frame, no flash of light");

  await page.getByTestId("theme-system").click();
  now = await look(page);
  assert.deepEqual([now.theme, now.meta], [null, "light dark"]);
  assert.ok(luminance(now.background) > 0.8, "back to following the (light) system");
});

test("dark chosen with the switch gives exactly the colours of a dark system", async () => {
  // Each palette variable as the colour it resolves to (a probe element takes it as its
  // colour; variables that are not colours, such as fonts, resolve to the probe's default).
  const colours = async (page) =>
    page.evaluate(() => {
      const names = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule.selectorText === ":root")
        .flatMap((rule) => [...rule.style].filter((name) => name.startsWith("--")));
      const probe = document.createElement("span");
      document.body.append(probe);
      const resolved = names.map((name) => {
        probe.style.color = `var(${name})`;
        return [name, getComputedStyle(probe).color];
      });
      probe.remove();
      return Object.fromEntries(resolved);
    });

  const { page: system } = await openPage(browser);
  await system.emulateMedia({ colorScheme: "dark" });
  await loadApp(system, server.url);
  const bySystem = await colours(system);

  const { page: chosen } = await openPage(browser);
  await chosen.emulateMedia({ colorScheme: "light" });
  await loadApp(chosen, server.url);
  const light = await colours(chosen);
  await chosen.getByTestId("theme-dark").click();
  const byChoice = await colours(chosen);

  assert.ok(Object.keys(bySystem).length > 30, "the palette is in variables");
  assert.deepEqual(byChoice, bySystem);
  const changed = Object.keys(light).filter((name) => light[name] !== bySystem[name]);
  assert.ok(changed.length > 30, `the dark palette redefines the colours (${changed.length})`);
});

test("both themes, wide and narrow: the header's controls fit and nothing runs off the side", async () => {
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [1440, 800]) {
      const { page, context } = await openPage(browser);
      await page.setViewportSize({ width, height: 1000 });
      await page.emulateMedia({ colorScheme });
      await loadApp(page, server.url);
      await exampleButton(page).click();
      await waitForComparison(page);
      await page.locator("[data-testid=next-conflict]").click();
      await page.waitForTimeout(600);
      await saveScreenshot(page, `theme-${colorScheme}-${width}`);
      const fit = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        controls: [...document.querySelectorAll(".site-header button, .site-header label")].map((e) => {
          const box = e.getBoundingClientRect();
          return { name: e.textContent.trim(), right: box.right, width: box.width };
        }),
      }));
      assert.ok(fit.overflow <= 0, `${colorScheme} ${width}: no sideways scrolling (${fit.overflow}px)`);
      for (const control of fit.controls) {
        assert.ok(control.width > 0 && control.right <= width, `${colorScheme} ${width}: ${control.name} fits`);
      }
      await context.close();
    }
  }
});
