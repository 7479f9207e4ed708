#!/usr/bin/env node
// The circle's journal in Debian's Chromium: a practitioner writes a draft
// (told first who each choice reaches), shares it with the whole circle, and
// a parent reads the journal, where a safeguarding note shows only that one is
// kept, and their copy of the circle. Every page reached is checked with
// axe-core and for sideways scroll, at 360 and 1280 px, with JavaScript on and
// off, and screenshotted.
//
//   node e2e/notes.mjs --base http://127.0.0.1:PORT --password P
//
// Signs in as practitioner@demo.example and parent@demo.example (made by
// `moves seed-demo`, whose circle "Maya" has a safeguarding note).
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
  console.error('usage: node e2e/notes.mjs --base URL --password P');
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
      const context = await newCheckContext(browser, { width, js });
      const page = await context.newPage();
      await signIn(page, 'practitioner@demo.example');
      await page.goto(`${base}/circles`);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('main a:text-is("Maya")')]);
      const id = new URL(page.url()).pathname.split('/')[2];

      await page.goto(`${base}/circles/${id}/notes`);
      await journey.check(page, 'journal', width, js, 'Journal');
      await page.goto(`${base}/circles/${id}/notes/new`);
      // Before anything is shared, each choice names who will see it.
      await journey.check(page, 'note-new', width, js, 'Seen by');
      await page.fill('#body', `A draft from the ${run} run.\nMaya chose the youth club. 🌱`);
      await submit(page, `form[action="/circles/${id}/notes/new"] button[type=submit]`);
      await journey.check(page, 'note-saved', width, js, 'Your note was saved.');

      // The newest note (today, written last) is this draft.
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.click('main a:text-is("Change or share this note")'),
      ]);
      await journey.check(page, 'note-change', width, js, `A draft from the ${run} run.`);
      await page.check('#audience-whole_circle');
      const editForm = new URL(page.url()).pathname;
      await submit(page, `form[action="${editForm}"] button[type=submit]`);
      await journey.check(page, 'note-shared', width, js, 'Your note is now shared.');
      await page.close();
      await context.close();

      // The parent reads it; the safeguarding note only says that one is kept.
      const parentContext = await newCheckContext(browser, { width, js });
      const parent = await parentContext.newPage();
      await signIn(parent, 'parent@demo.example');
      await parent.goto(`${base}/circles/${id}/notes`);
      await journey.check(parent, 'journal-parent', width, js, 'Workers keep a private note here.');
      const shown = await parent.textContent('main');
      if (!shown.includes(`A draft from the ${run} run.`)) {
        journey.stopped(new Error('the shared note is not in the parent\'s journal'));
      }
      if (shown.includes('Safeguarding:')) {
        journey.stopped(new Error('the parent was shown a safeguarding note'));
      }
      await parent.goto(`${base}/circles/${id}/export`);
      await journey.check(parent, 'export-parent', width, js, 'Workers keep a private note here.');
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
