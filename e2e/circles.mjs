#!/usr/bin/env node
// Circles as a practitioner uses them, in Debian's Chromium: the list, starting
// a circle (a refused empty name first), adding a grandparent who will never
// sign in, who can see the circle, closing it with a reflection and reopening
// it. Every page reached is checked with axe-core and for sideways scroll, at
// 360 and 1280 px, with JavaScript on and off, and screenshotted.
//
//   node e2e/circles.mjs --base http://127.0.0.1:PORT --password P
//
// Signs in as practitioner@demo.example (made by `moves seed-demo`).
// Last line: "N passed, M failed"; exit 1 if any check failed.

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
  console.error('usage: node e2e/circles.mjs --base URL --password P');
  process.exit(2);
}

const journey = new Journey();
const browser = await launchBrowser();
try {
  for (const width of WIDTHS) {
    for (const js of [true, false]) {
      const context = await newCheckContext(browser, { width, js });
      const page = await context.newPage();
      const run = `${width} ${js ? 'js' : 'nojs'}`;
      await page.goto(`${base}/sign-in`);
      await page.fill('#login', 'practitioner@demo.example');
      await page.fill('#password', password);
      await submit(page);

      await page.goto(`${base}/circles`);
      await journey.check(page, 'circles', width, js, 'Circles');
      await page.goto(`${base}/circles/new`);
      await journey.check(page, 'circle-new', width, js, '');
      await submit(page, 'form[action="/circles/new"] button[type=submit]');
      await journey.check(page, 'circle-new-refused', width, js, '');
      await page.fill('#focus_name', `Zoë ${run} 🌱`);
      await page.fill('#pronouns', 'she/her');
      await submit(page, 'form[action="/circles/new"] button[type=submit]');
      await journey.check(page, 'circle', width, js, `Zoë ${run}`);
      const id = new URL(page.url()).pathname.split('/')[2];

      await page.goto(`${base}/circles/${id}/members`);
      await journey.check(page, 'circle-members', width, js, '');
      await page.check('#account-no');
      await page.fill('#name', 'Nan Ffion');
      await page.fill('#relationship', 'grandmother');
      await page.selectOption('#role', { index: 1 });
      await submit(page, `form[action="/circles/${id}/members"] button[type=submit]`);
      await journey.check(page, 'circle-member-added', width, js, 'Nan Ffion');

      await page.goto(`${base}/circles/${id}/people`);
      await journey.check(page, 'circle-people', width, js, 'Nan Ffion');

      await page.goto(`${base}/circles/${id}/close`);
      await journey.check(page, 'circle-close', width, js, '');
      await page.fill('#reflection', 'Zoë is settled at college; we agreed to stop here.');
      await submit(page, `form[action="/circles/${id}/close"] button[type=submit]`);
      await journey.check(page, 'circle-closed', width, js, 'settled at college');
      await submit(page, `form[action="/circles/${id}/reopen"] button[type=submit]`);
      await journey.check(page, 'circle-reopened', width, js, `Zoë ${run}`);
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
