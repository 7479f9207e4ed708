#!/usr/bin/env node
// The email digest setting as a parent uses it, in Debian's Chromium, on
// `moves seed-demo` data served with an SMTP server configured: from the home
// page to "Emails", turning digests on (saved), then off again. Every page
// reached is checked with axe-core and for sideways scroll, at 360 and
// 1280 px, with JavaScript on and off, and screenshotted.
//
//   node e2e/digest.mjs --base http://127.0.0.1:PORT --password P
//
// Last line: "N passed, M failed"; exit 1 if any failed.

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
  console.error('usage: node e2e/digest.mjs --base URL --password P');
  process.exit(2);
}

const journey = new Journey();
const browser = await launchBrowser();
try {
  for (const width of WIDTHS) {
    for (const js of [true, false]) {
      const context = await newCheckContext(browser, { width, js });
      const page = await context.newPage();
      await page.goto(`${base}/sign-in`);
      await page.fill('#login', 'parent@demo.example');
      await page.fill('#password', password);
      await submit(page);
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.click('main a[href="/account/emails"]'),
      ]);
      await journey.check(page, 'digest', width, js, 'the email never says what');
      await page.check('#digest-on');
      await submit(page, 'form[action="/account/emails"] button[type=submit]');
      await journey.check(page, 'digest-saved', width, js, 'Saved.');
      if (!(await page.isChecked('#digest-on'))) throw new Error('the choice was not kept');
      await page.check('#digest-off');
      await submit(page, 'form[action="/account/emails"] button[type=submit]');
      if (!(await page.isChecked('#digest-off'))) throw new Error('turning off was not kept');
      await context.close();
    }
  }
} catch (err) {
  journey.stopped(err);
} finally {
  await browser.close();
}
journey.finish();
