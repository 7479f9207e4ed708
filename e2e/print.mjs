#!/usr/bin/env node
// A full plan prints on one A4 page (issue 7 item 5), in Debian's Chromium.
// "Full" is as much as the plan form nudges towards: five focus moves, two
// actions each (one "changing the odds", one enlisting someone outside the
// circle), all four noble truths and three goals, in sentences of the length
// people write. The printable page is checked like every page (axe-core,
// sideways scroll, at 360 and 1280 px), then printed to PDF with its own
// print stylesheet and the PDF's pages are counted.
//
//   node e2e/print.mjs --base http://127.0.0.1:PORT --password P
//
// Signs in as practitioner@demo.example (made by `moves seed-demo`, which
// also switches goals on for the demo organisations).
// Last line: "N passed, M failed"; exit 1 if any check failed.

import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, newCheckContext, screenshotDir } from './lib/browser.mjs';
import { Journey, printsFrameworkCredit, submit } from './lib/journey.mjs';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = arg('--base');
const password = arg('--password');
if (!base || !password) {
  console.error('usage: node e2e/print.mjs --base URL --password P');
  process.exit(2);
}

const dayFromNow = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

const TRUTHS = {
  accepting:
    'The flat is damp and the family has moved twice this year. School mornings are hard and Zoë has missed eleven days since September.',
  conserving:
    'Zoë loves drawing and her nan takes her swimming on Saturdays. Her form tutor says she is kind to the younger ones.',
  commitment:
    'Mum will phone the housing officer this week. Zoë will try the breakfast club twice a week. I will visit every fortnight.',
  enlisting:
    'The school nurse, the housing officer, the youth club worker and Zoë\'s nan, who has offered to help with mornings.',
};

const ACTIONS = [
  'Ask the housing officer to visit about the damp in the bedroom and write down what they say.',
  'Find out whether the family can get help with the cost of the bus to school.',
  'Try the breakfast club on Tuesdays and Thursdays, with a friend if that helps.',
  'Nan to walk Zoë to school on Mondays while mum is at work early.',
  'Look for a drawing or art group at the youth club on a weekday evening.',
  'Make a list together of three things that help on a bad day and keep it on the fridge.',
  'Ask the school nurse about sleep and the headaches in the mornings.',
  'Talk with the form tutor about a quiet place to go when lessons feel too much.',
  'Check that the family is getting every benefit they are entitled to.',
  'Plan one fun thing to do together at the weekend that does not cost money.',
];

const GOALS = ['Feel OK about going to school', 'Sleep better', 'Have a friend to see after school'];

const journey = new Journey();
const browser = await launchBrowser();
try {
  const context = await newCheckContext(browser, { width: 1280, js: true });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.fill('#login', 'practitioner@demo.example');
  await page.fill('#password', password);
  await submit(page);

  await page.goto(`${base}/circles/new`);
  await page.fill('#focus_name', 'Zoë Printwell');
  await submit(page, 'form[action="/circles/new"] button[type=submit]');
  const id = new URL(page.url()).pathname.split('/')[2];
  const plans = `/circles/${id}/plans`;

  await page.goto(`${base}${plans}/new`);
  const moves = await page.$$eval('input[name="focus"]', (boxes) => boxes.map((b) => b.value));
  // One move of each compartment where it can, as a plan would spread them.
  const chosen = [];
  for (const m of moves) {
    const compartment = m.split('.')[0];
    if (chosen.length < 5 && !chosen.some((c) => c.split('.')[0] === compartment)) chosen.push(m);
  }
  for (const m of moves) if (chosen.length < 5 && !chosen.includes(m)) chosen.push(m);
  // Each compartment's moves are folded away until its heading is opened.
  for (const summary of await page.$$('details.compartment-choice:not([open]) > summary')) await summary.click();
  for (const m of chosen) await page.check(`input[name="focus"][value="${m}"]`);
  for (const [truth, text] of Object.entries(TRUTHS)) await page.fill(`#truth-${truth}`, text);
  await page.fill('#review_due', dayFromNow(42));
  await submit(page, `form[action="${plans}/new"] button[type=submit]`);
  await journey.check(page, 'full-plan', 1280, true, 'The plan is made.');
  const plan = new URL(page.url()).pathname;

  for (const [i, what] of ACTIONS.entries()) {
    await page.selectOption('#add-action-move', chosen[Math.floor(i / 2)]);
    await page.fill('#add-action-what', what);
    if (i % 2 === 1) {
      await page.selectOption('#add-action-who', 'other');
      await page.fill('#add-action-other', 'Nan (Mrs Printwell)');
    }
    await page.fill('#add-action-by_when', dayFromNow(7 + i * 3));
    // Every other action is aimed at the system, with the first category.
    if (i % 2 === 0) await page.selectOption('#add-action-category', { index: 2 });
    await submit(page, `form[action="${plan}/actions"] button[type=submit]`);
  }
  const owners = await page.$$eval('#goal-owner option', (os) => os.map((o) => o.value));
  for (const [i, goal] of GOALS.entries()) {
    await page.selectOption('#goal-owner', owners[i % owners.length]);
    await page.fill('#goal-goal_text', goal);
    await page.selectOption('#goal-score', String(2 + i));
    await submit(page, `form[action="${plan}/goals"] button[type=submit]`);
  }
  await journey.check(page, 'full-plan-filled', 1280, true, GOALS[2]);
  const actions = await page.$$eval('article.plan-action', (as) => as.length);
  journey.expect('the plan holds every action added', actions === ACTIONS.length ? [] : [`${actions} actions, not ${ACTIONS.length}`]);

  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${base}${plan}/print`);
    await journey.check(page, 'full-plan-print', width, true, ACTIONS[9]);
  }
  // The framework's credit is printed with the plan, and it still fits.
  journey.expect('the printed plan carries the framework credit', await printsFrameworkCredit(page));
  // Printed as the browser's "Print" would, with the page's own @page size.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // Kept beside the screenshots, to be looked at.
  fs.writeFileSync(path.join(screenshotDir(), 'full-plan.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
  journey.expect(`the full plan prints on ${pages} A4 page(s)`, pages === 1 ? [] : [`${pages} pages, not 1`]);
  // Everything printed is on that page: the last action, the truths, the goals.
  const printed = await page.evaluate(() => document.querySelector('.plan-print').innerText);
  const missing = [ACTIONS[9], TRUTHS.enlisting, GOALS[2]].filter((t) => !printed.includes(t));
  journey.expect('the printed plan holds its actions, truths and goals', missing.map((t) => `missing: ${t}`));
  await context.close();
} catch (err) {
  journey.stopped(err);
} finally {
  await browser.close();
}
journey.finish();
