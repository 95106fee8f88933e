// The built page starts: it renders its start screen with no error and no policy violation.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  loadApp,
  openPage,
  saveScreenshot,
  startSite,
  stopSite,
} from "./harness.mjs";

let browser;
let server;

before(async () => ({ browser, server } = await startSite()));
after(() => stopSite({ browser, server }));

test("the page starts and offers the example", async () => {
  const { page, record } = await openPage(browser);
  await loadApp(page, server.url);
  assert.match(await page.title(), /Corroborate/);
  await saveScreenshot(page, "start");
  assert.deepEqual(record.failedRequests, [], "every request the page makes succeeds");
  assert.deepEqual(record.pageErrors, [], "uncaught errors on load");
  assert.deepEqual(record.consoleErrors, [], "console errors on load");
  assert.deepEqual(record.cspViolations, [], "Content-Security-Policy violations on load");
});
