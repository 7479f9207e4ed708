#!/usr/bin/env node
// The home page's "What needs you" in Debian's Chromium: a parent shares a
// note with the whole circle of "Maya", and the practitioner's home page then
// says that the parent shared a note with them there, linking to the journal.
// Both home pages are checked with axe-core and for sideways scroll, at 360
// and 1280 px, with JavaScript on and off, and screenshotted.
//
//   node e2e/home.mjs --base http://127.0.0.1:PORT --password P
//
// Signs in as practitioner@demo.example and parent@demo.example (made by
// `moves seed-demo`). Last line: "N passed, M failed"; exit 1 if any failed.

import { launchBrowser, newCheckContext, WIDTHS } from './lib/browser.mjs';
import { Journey, submit } from './lib/journey.mjs';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = arg('--base');
const password = arg('--password');
if (!base || !password) {
  console.error('usage: node e2e/home.mjs --base URL --password P');
  process.exit(2);
}

async function signIn(page, login) {
  await page.goto(`${base}/sign-in`);
  await page.fill('#login', login);
  await page.fill('#password', password);
  await submit(page);
}

const journey = new Journey();
const browser = await launchBrowser();
try {
  for (const width of WIDTHS) {
    for (const js of [true, false]) {
      const run = `${width} ${js ? 'js' : 'nojs'}`;
      const parentContext = await newCheckContext(browser, { width, js });
      const parent = await parentContext.newPage();
      await signIn(parent, 'parent@demo.example');
      await parent.goto(`${base}/`);
      await journey.check(parent, 'home-parent', width, js, 'New for you');
      await parent.goto(`${base}/circles`);
      await Promise.all([
        parent.waitForNavigation({ waitUntil: 'load' }),
        parent.click('main a:text-is("Maya")'),
      ]);
      const id = new URL(parent.url()).pathname.split('/')[2];
      await parent.goto(`${base}/circles/${id}/notes/new`);
      await parent.fill('#body', `Shared by the parent in the ${run} run.`);
      await parent.check('#audience-whole_circle');
      await submit(parent, `form[action="/circles/${id}/notes/new"] button[type=submit]`);
      await parent.close();
      await parentContext.close();

      const context = await newCheckContext(browser, { width, js });
      const page = await context.newPage();
      await signIn(page, 'practitioner@demo.example');
      await page.goto(`${base}/`);
      await journey.check(page, 'home-practitioner', width, js, "with you in Maya's circle");
      const section = await page.textContent('.whats-new');
      if (section.includes('Shared by the parent')) {
        journey.stopped(new Error('the home page shows what a note says'));
      }
      // The line leads to the journal, where the parent's note is.
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.click(`.whats-new a[href="/circles/${id}/notes"]`),
      ]);
      const journal = await page.textContent('main');
      if (!journal.includes(`Shared by the parent in the ${run} run.`)) {
        journey.stopped(new Error('the journal linked from home lacks the parent\'s note'));
      }
      await page.close();
      await context.close();
    }
  }
} catch (err) {
  journey.stopped(err);
} finally {
  await browser.close();
}
journey.finish();
