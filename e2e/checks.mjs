#!/usr/bin/env node
// A resilience check as a family and worker use it, in Debian's Chromium: the
// young person starts a check in Maya's circle, fills in their view one
// compartment per screen and shares it; the practitioner fills in theirs and
// shares it; both views are compared side by side (and "only where we
// differ"); the practitioner records what was agreed. Every page reached is
// checked with axe-core and for sideways scroll, at 360 and 1280 px, with
// JavaScript on and off, and screenshotted.
//
//   node e2e/checks.mjs --base http://127.0.0.1:PORT --password P
//
// Signs in as young@demo.example and practitioner@demo.example (made by
// `moves seed-demo`). Last line: "N passed, M failed"; exit 1 if any failed.

import { launchBrowser, newCheckContext, WIDTHS } from './lib/browser.mjs';
import { Journey, printsFrameworkCredit, submit } from './lib/journey.mjs';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = arg('--base');
const password = arg('--password');
if (!base || !password) {
  console.error('usage: node e2e/checks.mjs --base URL --password P');
  process.exit(2);
}

async function signIn(browser, width, js, login) {
  const context = await newCheckContext(browser, { width, js });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.fill('#login', login);
  await page.fill('#password', password);
  await submit(page);
  return { context, page };
}

async function follow(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

const journey = new Journey();
const browser = await launchBrowser();
try {
  for (const width of WIDTHS) {
    for (const js of [true, false]) {
      // The young person.
      const young = await signIn(browser, width, js, 'young@demo.example');
      let page = young.page;
      await page.goto(`${base}/circles`);
      await follow(page, 'main a:has-text("Maya")');
      const circle = new URL(page.url()).pathname.split('/')[2];
      await page.goto(`${base}/circles/${circle}/checks`);
      await journey.check(page, 'checks', width, js, 'Checks so far');
      await submit(page, `form[action="/circles/${circle}/checks"] button[type=submit]`);
      const check = new URL(page.url()).pathname;
      await journey.check(page, 'check', width, js, 'Start my view');
      await submit(page, `form[action="${check}/perspectives"] button[type=submit]:has-text("Start my view")`);
      await journey.check(page, 'check-view-basics', width, js, 'In place');
      await page.check('#m-basics-housing-1');
      await page.fill('#m-basics-housing-note', 'We have our own flat now 🏠');
      await page.check('#m-basics-money-3');
      await submit(page, 'form.check-form button[type=submit]');
      await journey.check(page, 'check-view-next', width, js, 'Save and go on');
      await page.goto(`${base}${check}`);
      await follow(page, 'main a:has-text("Choose who can see this view")');
      await journey.check(page, 'check-share', width, js, 'Everyone in this circle');
      await page.check('#audience-whole_circle');
      await submit(page, 'main form button[type=submit]');
      await journey.check(page, 'check-shared', width, js, 'Saved.');
      await young.context.close();

      // The practitioner.
      const worker = await signIn(browser, width, js, 'practitioner@demo.example');
      page = worker.page;
      await page.goto(`${base}${check}`);
      await submit(page, `form[action="${check}/perspectives"] button[type=submit]:has-text("Start my view")`);
      await page.check('#m-basics-housing-1');
      await page.check('#m-basics-money-1');
      await submit(page, 'form.check-form button[type=submit]');
      await page.goto(`${base}${check}`);
      await follow(page, 'main section.perspective a:has-text("Choose who can see this view")');
      await page.check('#audience-whole_circle');
      await submit(page, 'main form button[type=submit]');
      await page.goto(`${base}${check}/compare`);
      await journey.check(page, 'check-compare', width, js, 'Same or different');
      await page.check('#differ-yes');
      await submit(page, 'main form button[type=submit]');
      await journey.check(page, 'check-compare-differ', width, js, 'Different');
      await page.goto(`${base}${check}/agreed/basics`);
      await journey.check(page, 'check-agreed', width, js, 'Not yet');
      await page.check('#m-basics-money-2');
      await page.fill('#m-basics-money-note', 'Partly: we will look at the budget together');
      await submit(page, 'form.check-form button[type=submit]');
      await page.goto(`${base}${check}`);
      await journey.check(page, 'check-after-agreeing', width, js, 'What you agreed together', printsFrameworkCredit);
      await worker.context.close();
    }
  }
} catch (err) {
  journey.stopped(err);
} finally {
  await browser.close();
}
journey.finish();
