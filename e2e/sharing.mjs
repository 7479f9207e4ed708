#!/usr/bin/env node
// Sharing in a circle, in Debian's Chromium: a practitioner records what the
// person who decides agreed may be shared (entered with them), ends it (kept
// as history), changes who decides and changes it back, reads "who can see
// this circle" and the copy of the circle, and is offered to link a young
// person's account (a wrong address is refused); the parent, who decides,
// reads the agreements. Every page reached is checked with axe-core and for
// sideways scroll, at 360 and 1280 px, with JavaScript on and off, and
// screenshotted.
//
//   node e2e/sharing.mjs --base http://127.0.0.1:PORT --password P
//
// Signs in as practitioner@demo.example and parent@demo.example (made by
// `moves seed-demo`: in the circle "Maya" the parent decides; "Tom" has no
// account of his own).
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
  console.error('usage: node e2e/sharing.mjs --base URL --password P');
  process.exit(2);
}

async function signIn(page, login) {
  await page.goto(`${base}/sign-in`);
  await page.fill('#login', login);
  await page.fill('#password', password);
  await submit(page);
}

const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

async function circleId(page, name) {
  await page.goto(`${base}/circles`);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click(`main a:text-is("${name}")`),
  ]);
  return new URL(page.url()).pathname.split('/')[2];
}

const journey = new Journey();
const browser = await launchBrowser();
try {
  for (const width of WIDTHS) {
    for (const js of [true, false]) {
      const run = `${width} ${js ? 'js' : 'nojs'}`;
      const context = await newCheckContext(browser, { width, js });
      const page = await context.newPage();
      await signIn(page, 'practitioner@demo.example');
      const maya = await circleId(page, 'Maya');
      const tom = await circleId(page, 'Tom');

      await page.goto(`${base}/circles/${maya}/sharing`);
      await journey.check(page, 'sharing', width, js, 'You are recording this with');
      await page.fill('#with_whom', `Her school (${run})`);
      await page.fill('#what', `Her plan, from the ${run} run.\nNot her journal. 🌱`);
      await submit(page, `form[action="/circles/${maya}/sharing"] button[type=submit]`);
      await journey.check(page, 'sharing-recorded', width, js, 'The agreement was recorded.');
      // Fluent isolates each name it puts in a sentence; read without the marks.
      const shown = plain(await page.textContent('main'));
      if (!shown.includes(`Demo Parent agreed that Her school (${run}) can be told about:`)) {
        journey.stopped(new Error('the agreement is not said in plain words'));
      }

      // End it: it stays on the page, as history.
      await submit(page, `li.agreement:has-text("(${run})") button[type=submit]`);
      await journey.check(page, 'sharing-ended', width, js, 'The agreement was ended.');
      if (!plain(await page.textContent('main')).includes('Ended by Demo Practitioner on')) {
        journey.stopped(new Error('the ended agreement is not kept as history'));
      }

      await page.goto(`${base}/circles/${maya}/decider`);
      await journey.check(page, 'decider', width, js, 'Agreements already recorded stay as they are');
      await page.check('input[name=decider][value=young_person]');
      await submit(page, `form[action="/circles/${maya}/decider"] button[type=submit]`);
      await journey.check(page, 'decider-changed', width, js, 'Who decides about sharing was changed.');
      // And back to the parent, so every run starts alike.
      await page.goto(`${base}/circles/${maya}/decider`);
      await page.check('input[name=decider] >> nth=1');
      await submit(page, `form[action="/circles/${maya}/decider"] button[type=submit]`);
      await journey.check(page, 'decider-back', width, js, 'Who decides about sharing was changed.');
      if (!plain(await page.textContent('main')).includes('Demo Parent decides what is shared')) {
        journey.stopped(new Error('the parent does not decide again'));
      }

      await page.goto(`${base}/circles/${maya}/people`);
      await journey.check(page, 'people', width, js, 'What was agreed can be shared');
      await page.goto(`${base}/circles/${maya}/export`);
      await journey.check(page, 'export', width, js, 'Sharing agreements');

      await page.goto(`${base}/circles/${tom}/members`);
      await journey.check(page, 'members-link', width, js, 'Link this account');
      await page.fill('#link-email', 'parent@demo.example');
      await submit(page, `form[action="/circles/${tom}/members/focus-account"] button[type=submit]`);
      await journey.check(page, 'members-link-refused', width, js, "has a young person's account");
      await page.close();
      await context.close();

      // The parent decides: they read the agreements, and may record them.
      const parentContext = await newCheckContext(browser, { width, js });
      const parent = await parentContext.newPage();
      await signIn(parent, 'parent@demo.example');
      await parent.goto(`${base}/circles/${maya}/sharing`);
      await journey.check(parent, 'sharing-parent', width, js, `Her plan, from the ${run} run.`);
      await parent.close();
      await parentContext.close();
    }
  }
} catch (err) {
  journey.stopped(err);
} finally {
  await browser.close();
}
journey.finish();
