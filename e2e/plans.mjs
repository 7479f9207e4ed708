#!/usr/bin/env node
// A plan as a practitioner makes one, in Debian's Chromium: in a new circle,
// the plans list, a new plan (refused with no move first), an action, a goal
// with its starting rating, the action ticked done with a comment, a review,
// and the printable page. Every page reached is checked with axe-core and for
// sideways scroll, at 360 and 1280 px, with JavaScript on and off, and
// screenshotted.
//
//   node e2e/plans.mjs --base http://127.0.0.1:PORT --password P
//
// Signs in as practitioner@demo.example (made by `moves seed-demo`, which
// also switches goals on for the demo organisations).
// Last line: "N passed, M failed"; exit 1 if any check failed.

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
  console.error('usage: node e2e/plans.mjs --base URL --password P');
  process.exit(2);
}

/// A date `days` from today, as a date field takes it.
const dayFromNow = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

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

      await page.goto(`${base}/circles/new`);
      await page.fill('#focus_name', `Zoë ${run}`);
      await submit(page, 'form[action="/circles/new"] button[type=submit]');
      const id = new URL(page.url()).pathname.split('/')[2];
      const plans = `/circles/${id}/plans`;

      await page.goto(`${base}${plans}`);
      await journey.check(page, 'plans', width, js, 'There are no plans here yet.');
      await page.goto(`${base}${plans}/new`);
      await journey.check(page, 'plan-new', width, js, 'moves or fewer.');
      await submit(page, `form[action="${plans}/new"] button[type=submit]`);
      await journey.check(page, 'plan-new-refused', width, js, 'Please choose at least one move to work on.');
      await page.check('input[name="focus"][value="basics.housing"]');
      await page.fill('#truth-accepting', 'The flat is damp; everyone is tired.');
      await page.fill('#review_due', dayFromNow(42));
      await submit(page, `form[action="${plans}/new"] button[type=submit]`);
      await journey.check(page, 'plan', width, js, 'The plan is made.');
      const plan = new URL(page.url()).pathname;

      await page.fill('#add-action-what', 'Ask the housing officer to visit about the damp.');
      await page.fill('#add-action-by_when', dayFromNow(14));
      // Changing the odds is the person's choice, never the move's; and
      // this one waits on the housing service.
      await page.selectOption('#add-action-category', 'housing');
      await page.check('#add-action-stuck');
      await page.selectOption('#add-action-service', 'housing');
      await submit(page, `form[action="${plan}/actions"] button[type=submit]`);
      await journey.check(page, 'plan-action-added', width, js, 'Changing the odds: Housing');
      // Back after saving, then Add again: the browser must not refill the
      // form for a second, identical action (its key is new each time).
      await page.goBack({ waitUntil: 'load' });
      await submit(page, `form[action="${plan}/actions"] button[type=submit]`);
      await page.goto(`${base}${plan}`);
      await journey.check(page, 'plan-action-once', width, js, 'Changing the odds: Housing', async (p) => {
        const n = await p.locator('article.plan-action', { hasText: 'Ask the housing officer' }).count();
        return n === 1 ? [] : [`the action is on the plan ${n} times after Back and Add again`];
      });

      await page.fill('#goal-goal_text', 'Feel OK about going to school');
      await page.selectOption('#goal-score', '3');
      await submit(page, `form[action="${plan}/goals"] button[type=submit]`);
      await journey.check(page, 'plan-goal-set', width, js, 'Feel OK about going to school');

      await page.click('article.plan-action details summary');
      await page.check('article.plan-action input[value="done"]');
      await page.fill('article.plan-action textarea[name="comment"]', 'The officer came on Tuesday.');
      await submit(page, 'article.plan-action form button[type=submit]');
      await journey.check(page, 'plan-action-done', width, js, 'The officer came on Tuesday.');

      await page.goto(`${base}${plan}/review`);
      await journey.check(page, 'plan-review', width, js, 'Questions to think about');
      await page.fill('#worked', 'The visit happened quickly.');
      await page.fill('#to_change', 'Keep a diary of the damp.');
      await page.selectOption('select[name^="rating-"]', '5');
      await page.fill('#next_review', dayFromNow(60));
      await submit(page, `form[action="${plan}/review"] button[type=submit]`);
      await journey.check(page, 'plan-reviewed', width, js, 'The review is saved.');

      await page.goto(`${base}${plan}/print`);
      await journey.check(page, 'plan-print', width, js, 'Ask the housing officer', printsFrameworkCredit);
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
