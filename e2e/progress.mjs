#!/usr/bin/env node
// The progress page of Maya's circle as the practitioner and the young person
// see it, in Debian's Chromium, on `moves seed-demo` data: the framework
// picture by latest status with its tables, another person's view chosen by
// the plain GET form, two checks compared with "only the moves that changed",
// a review naming the check done for it, then the timeline showing the link.
// Every page reached is checked with axe-core and for sideways scroll, at 360
// and 1280 px, with JavaScript on and off, and screenshotted; on the phone,
// the pictures' words must be drawn at least as large as the body text, and
// the young person's summary ("At a glance") must end within four screens.
//
//   node e2e/progress.mjs --base http://127.0.0.1:PORT --password P
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
  console.error('usage: node e2e/progress.mjs --base URL --password P');
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

/// On a phone, the words drawn in the progress pictures are at least as large
/// as the body text: each picture is scaled to its shown width, so a text's
/// size is its font-size times the shown width over the drawn width.
async function picturesReadable(page, width) {
  if (width > 480) return [];
  const found = await page.evaluate(() => {
    const body = parseFloat(getComputedStyle(document.body).fontSize);
    const sizes = [];
    for (const svg of document.querySelectorAll('.progress-figure svg')) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        sizes.push(parseFloat(t.getAttribute('font-size')) * scale);
      }
    }
    return { body, count: sizes.length, smallest: Math.min(...sizes) };
  });
  if (found.count === 0) return ['no words drawn in the progress pictures'];
  return found.smallest + 0.01 >= found.body
    ? []
    : [
        `the pictures' smallest words are ${found.smallest.toFixed(1)}px at ${width}px, ` +
          `under the body text's ${found.body}px`,
      ];
}

/// On a phone, what changed (the "At a glance" section) ends within four
/// screens, and the page's height is reported.
async function glanceWithinFourScreens(page, width) {
  if (width > 480) return [];
  const m = await page.evaluate(() => {
    const s = document.querySelector('section[aria-labelledby="glance-heading"]');
    return {
      end: s ? s.getBoundingClientRect().bottom + window.scrollY : -1,
      height: document.documentElement.scrollHeight,
      screen: window.innerHeight,
    };
  });
  console.log(`progress-young at ${width}px: ${m.height}px tall, at a glance ends at ${Math.round(m.end)}px (${(m.end / m.screen).toFixed(1)} screens)`);
  if (m.end < 0) return ['no "At a glance" section'];
  return m.end <= 4 * m.screen
    ? []
    : [`"At a glance" ends at ${Math.round(m.end)}px, past four screens of ${m.screen}px`];
}

/// Opens the disclosure whose heading has `id` (a click on its summary).
async function open(page, id) {
  const closed = await page.evaluate((id) => !document.getElementById(id)?.closest('details')?.open, id);
  if (closed) await page.click(`#${id}`);
}

async function follow(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

/// Maya's circle's id, from the circles list.
async function mayaCircle(page) {
  await page.goto(`${base}/circles`);
  await follow(page, 'main a:has-text("Maya")');
  return new URL(page.url()).pathname.split('/')[2];
}

const journey = new Journey();
const browser = await launchBrowser();
try {
  for (const width of WIDTHS) {
    for (const js of [true, false]) {
      // The practitioner.
      const worker = await signIn(browser, width, js, 'practitioner@demo.example');
      let page = worker.page;
      const circle = await mayaCircle(page);
      const progress = `/circles/${circle}/progress`;
      await follow(page, `nav.circle-nav a[href="${progress}"]`);
      await open(page, 'latest-heading');
      await journey.check(page, 'progress', width, js, 'Where each move is now', picturesReadable);
      await page.selectOption('#whose', { label: 'Demo Young Person' });
      await submit(page, 'form.progress-whose button[type=submit]');
      await journey.check(page, 'progress-whose', width, js, 'Demo Young Person');
      await open(page, 'compare-heading');
      await page.check('#changed-yes');
      await submit(page, 'form#a button[type=submit]');
      await journey.check(page, 'progress-changed', width, js, 'Towards going well');

      // A review of the demo plan names the newest check.
      await page.goto(`${base}/circles/${circle}/plans`);
      await follow(page, 'main ul.plan-list a');
      const plan = new URL(page.url()).pathname;
      await page.goto(`${base}${plan}/review`);
      await journey.check(page, 'progress-review-form', width, js, 'The check done for this review');
      await page.fill('#worked', 'Maya feels safer at home.');
      await page.selectOption('#check', { index: 1 });
      await submit(page, `form[action="${plan}/review"] button[type=submit]`);
      await journey.check(page, 'progress-reviewed', width, js, 'The check done for this review:');
      await page.goto(`${base}${progress}`);
      await journey.check(page, 'progress-timeline', width, js, 'done for this review');
      await worker.context.close();

      // The young person.
      const young = await signIn(browser, width, js, 'young@demo.example');
      page = young.page;
      await mayaCircle(page);
      await page.goto(`${base}${progress}`);
      await journey.check(
        page,
        'progress-young',
        width,
        js,
        'At a glance',
        glanceWithinFourScreens,
      );
      await open(page, 'latest-heading');
      await journey.check(page, 'progress-young-moves', width, js, 'Where each move is now', picturesReadable);
      await young.context.close();
    }
  }
} catch (err) {
  journey.stopped(err);
} finally {
  await browser.close();
}
journey.finish();
