#!/usr/bin/env node
// The whole practice loop as newcomers would try it, in Debian's Chromium,
// each person in their own browser: the practitioner starts a circle for a
// young person and adds the demo parent and young person to it; each of the
// three records their own view of a check apart (the young person on a
// 360 px phone) and shares it with the whole circle; the practitioner
// compares the views and writes down what they agree; the young person
// shares a note; the practitioner makes a plan with focus moves, an action
// for the parent and a goal; the parent ticks their action done with a
// comment; the practitioner reviews the plan, looks at the progress page and
// finds on their home page what the young person shared.
//
// Nobody uses an address they could not know: after the site's address,
// everyone moves by the links and buttons a person would use.
//
// Every page reached is checked with axe-core (WCAG 2.2 A/AA, no rule
// disabled) and for sideways scroll, and screenshotted: the young person's
// pages at 360 px, the parent's and practitioner's at the run's width. The
// journey runs with JavaScript on and off, at each width of --widths
// (default 1280,360).
//
//   node e2e/newcomer.mjs --base http://127.0.0.1:PORT --password P [--widths 1280,360]
//
// Signs in as admin@, practitioner@, parent@ and young@demo.example (made by
// `moves seed-demo`). Last line: "N passed, M failed"; exit 1 if any failed.

import { launchBrowser, newCheckContext } from './lib/browser.mjs';
import { Journey, submit } from './lib/journey.mjs';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = arg('--base');
const password = arg('--password');
const widths = (arg('--widths') ?? '1280,360').split(',').map(Number);
if (!base || !password || widths.some((w) => !w)) {
  console.error('usage: node e2e/newcomer.mjs --base URL --password P [--widths 1280,360]');
  process.exit(2);
}

/// The young person is always on a phone.
const PHONE = 360;

/// A date `days` from today, as a date field takes it.
const dayFromNow = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

/// Follows a link (or presses a button that is not a form's submit) and waits for the page.
async function go(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), locator.first().click()]);
}

const inMain = (page, name) => page.locator('main').getByRole('link', { name, exact: true });
const inCircleNav = (page, name) => page.locator('nav.circle-nav').getByRole('link', { name, exact: true });
const inHeader = (page, name) => page.locator('header').getByRole('link', { name, exact: true });

const journey = new Journey();

/// One person in their own browser at `width`.
async function person(browser, width, js, login, who) {
  const context = await newCheckContext(browser, { width, js });
  const page = await context.newPage();
  const check = (name, expectText) => journey.check(page, `${who}-${name}`, width, js, expectText);
  return { context, page, check, login };
}

/// From the site's front page, through its "Sign in" link, to the home page.
async function signIn(p) {
  await p.page.goto(base);
  await go(p.page, inHeader(p.page, 'Sign in'));
  await p.page.fill('#login', p.login);
  await p.page.fill('#password', password);
  await submit(p.page);
}

/// The privacy notice the home page shows at a first sign-in, read as it asks.
async function readPrivacyNotice(p, expectText) {
  if (await p.page.locator('form[action="/privacy/read"]').count()) {
    await submit(p.page, 'form[action="/privacy/read"] button[type=submit]');
    await p.check('home-notice-read', expectText);
  }
}

/// The labels of checkboxes that dropped below their box instead of sitting
/// beside it (a long label should wrap within itself).
function labelsBelowTheirBox(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.checkbox')]
      .filter((c) => {
        const box = c.querySelector('input')?.getBoundingClientRect();
        const label = c.querySelector('label')?.getBoundingClientRect();
        return box && label && label.height > 0 && label.top >= box.bottom;
      })
      .map((c) => c.querySelector('label').textContent.trim()),
  );
}

/// From the home page to the circle named `focus`.
async function openCircle(p, focus) {
  await go(p.page, inMain(p.page, 'Circles'));
  await p.check('circles', focus);
  await go(p.page, inMain(p.page, focus));
  await p.check('circle', focus);
}

/// Answers on a check's compartment page: [move field, answer number (1 in
/// place, 2 partly, 3 not yet, 4 not for now), note or ''].
async function answer(page, answers) {
  for (const [field, n, note] of answers) {
    await page.check(`#m-${field}-${n}`);
    if (note) await page.fill(`#m-${field}-note`, note);
  }
}

/// Their own view of the newest check: started, the first compartment
/// (Basics) answered, shared with the whole circle.
async function recordView(p, answers, sayOnCheck) {
  await go(p.page, inCircleNav(p.page, 'Checks'));
  await p.check('checks', 'Checks so far');
  await go(p.page, p.page.locator('main ul.check-list a'));
  await p.check('check', sayOnCheck);
  await submit(p.page, 'main form button[type=submit]:has-text("Start my view")');
  await p.check('view-basics', 'Basics');
  await answer(p.page, answers);
  await submit(p.page, 'form.check-form button[type=submit]');
  await p.check('view-next', 'Save and go on');
  await go(p.page, inMain(p.page, 'Back to the check'));
  await go(p.page, p.page.locator('main section.perspective').getByRole('link', { name: 'Choose who can see this view' }));
  await p.check('share', 'Everyone in this circle');
  await p.page.check('#audience-whole_circle');
  await submit(p.page, 'main form button[type=submit]');
  await p.check('shared', 'Saved. The view now goes to the people you chose.');
}

/// The administrator makes sure the organisation uses goals in plans.
async function goalsOn(browser) {
  const admin = await person(browser, 1280, true, 'admin@demo.example', 'admin');
  await signIn(admin);
  await admin.page.goto(`${base}/`);
  await go(admin.page, inMain(admin.page, 'Goals in plans'));
  await admin.check('goals', 'Use goals in plans?');
  if (!(await admin.page.isChecked('#goals-on'))) {
    await admin.page.check('#goals-on');
    await submit(admin.page, 'main form button[type=submit]');
    await admin.check('goals-saved', 'Saved.');
  }
  await admin.context.close();
}

async function run(browser, width, js) {
  const label = `${width} ${js ? 'js' : 'nojs'}`;
  // A fresh name every run, so no run finds another's circle.
  const focus = `Robin ${label} ${Date.now() % 100000}`;
  const worker = await person(browser, width, js, 'practitioner@demo.example', 'practitioner');
  const young = await person(browser, PHONE, js, 'young@demo.example', 'young');
  const parent = await person(browser, width, js, 'parent@demo.example', 'parent');
  try {
    // The practitioner starts a circle and adds the parent and the young person.
    let page = worker.page;
    await signIn(worker);
    await worker.check('home', 'What needs you');
    await readPrivacyNotice(worker, 'What needs you');
    await go(page, inMain(page, 'Circles'));
    await worker.check('circles', 'Start a circle');
    await go(page, inMain(page, 'Start a circle'));
    await worker.check('circle-new', 'Name they want to be called');
    await page.fill('#focus_name', focus);
    await page.fill('#pronouns', 'he/him');
    await submit(page, 'form[action="/circles/new"] button[type=submit]');
    await worker.check('circle', 'Now add the people around them.');
    await go(page, inMain(page, 'Add someone to this circle'));
    await worker.check('members', 'Add someone');
    await page.check('#account-yes');
    await page.fill('#email', 'parent@demo.example');
    await page.fill('#relationship', 'mum');
    await page.selectOption('#role', { label: 'Parent or carer' });
    await submit(page, 'form[action$="/members"] button[type=submit]');
    await worker.check('member-parent-added', 'Demo Parent');
    // The young person's own account is linked to the person the circle is
    // about: they sign in as themself.
    await page.fill('#link-email', 'young@demo.example');
    await submit(page, 'form[action$="/members/focus-account"] button[type=submit]');
    await worker.check('member-young-linked', 'account is now linked.');

    // The practitioner starts a check and records their view.
    await go(page, inCircleNav(page, 'Checks'));
    await worker.check('checks', 'There are no checks yet.');
    await submit(page, 'main form button[type=submit]:has-text("Start a new check")');
    await worker.check('check', 'Start my view');
    await submit(page, 'main form button[type=submit]:has-text("Start my view")');
    await worker.check('view-basics', 'Basics');
    await answer(page, [
      ['basics-housing', 2, 'Damp in the back bedroom'],
      ['basics-money', 3, ''],
      ['basics-safe', 1, ''],
      ['basics-sleep', 2, ''],
    ]);
    await submit(page, 'form.check-form button[type=submit]');
    await worker.check('view-next', 'Save and go on');
    await go(page, inMain(page, 'Back to the check'));
    await go(page, page.locator('main section.perspective').getByRole('link', { name: 'Choose who can see this view' }));
    await worker.check('share', 'Everyone in this circle');
    await page.check('#audience-whole_circle');
    await submit(page, 'main form button[type=submit]');
    await worker.check('shared', 'Saved. The view now goes to the people you chose.');

    // The young person, on their phone: their view, then a note for everyone.
    page = young.page;
    await signIn(young);
    await young.check('home', 'New for you');
    await readPrivacyNotice(young, 'New for you');
    await openCircle(young, focus);
    await recordView(
      young,
      [
        ['basics-housing', 1, ''],
        ['basics-money', 3, ''],
        ['basics-safe', 1, ''],
        ['basics-sleep', 3, 'I stay up late on my phone 📱'],
      ],
      'Start my view',
    );
    await go(page, inCircleNav(page, 'Journal'));
    await young.check('journal', 'Journal');
    await go(page, inMain(page, 'Write a note'));
    await young.check('note-new', 'Seen by');
    await page.fill('#body', `I went to the youth club on Tuesday (${label}).`);
    await page.check('#audience-whole_circle');
    await submit(page, 'main form button[type=submit]');
    await young.check('note-saved', 'Your note was saved.');

    // The parent records theirs.
    page = parent.page;
    await signIn(parent);
    await parent.check('home', 'New for you');
    await readPrivacyNotice(parent, 'New for you');
    await openCircle(parent, focus);
    await recordView(
      parent,
      [
        ['basics-housing', 2, ''],
        ['basics-money', 3, 'Benefits were cut in the spring'],
        ['basics-safe', 1, ''],
        ['basics-sleep', 3, ''],
      ],
      'Start my view',
    );

    // The practitioner compares the three views and writes down what they agree.
    page = worker.page;
    await go(page, inCircleNav(page, 'Checks'));
    // Fluent sets the number apart with isolation marks.
    await worker.check('checks-three-views', 'Views you can see: \u20683\u2069.');
    await go(page, page.locator('main ul.check-list a'));
    await go(page, inMain(page, 'See the views side by side'));
    await worker.check('compare', focus);
    await page.check('#differ-yes');
    await submit(page, 'main form button[type=submit]');
    await worker.check('compare-differ', 'Different');
    await go(page, inMain(page, 'Back to the check'));
    await go(page, inMain(page, 'Write down what you agree together'));
    await worker.check('agreed', 'Demo Parent');
    await answer(page, [
      ['basics-housing', 2, 'The landlord will be asked about the damp'],
      ['basics-money', 3, ''],
      ['basics-safe', 1, ''],
      ['basics-sleep', 3, ''],
    ]);
    await submit(page, 'form.check-form button[type=submit]');
    await worker.check('agreed-next', 'Save what we agreed and go on');
    await go(page, inMain(page, 'Back to the check'));
    await worker.check('check-agreed', 'What you agreed together');

    // A plan: focus moves, the noble truths, an action for the parent, one
    // for someone outside the circle, and the young person's goal.
    await go(page, inCircleNav(page, 'Plans'));
    await worker.check('plans', 'There are no plans here yet.');
    await go(page, inMain(page, 'Make a new plan'));
    await worker.check('plan-new', 'moves or fewer.');
    const dropped = await labelsBelowTheirBox(page);
    if (dropped.length) journey.stopped(new Error(`checkbox labels below their box at ${width} px: ${dropped.join('; ')}`));
    await page.check('#focus-basics\\.money');
    await page.check('#focus-basics\\.sleep');
    await page.click('details.compartment-choice summary:has-text("Coping")');
    await page.check('#focus-coping\\.calm');
    await page.fill('#truth-accepting', 'Money is tight and bedtimes are late.');
    await page.fill('#truth-conserving', 'Robin likes the youth club.');
    await page.fill('#review_due', dayFromNow(42));
    await page.check('#audience-whole_circle');
    await submit(page, 'main form button[type=submit]');
    await worker.check('plan', 'The plan is made.');
    await page.selectOption('#add-action-move', 'basics.sleep');
    await page.fill('#add-action-what', 'Phones go in the kitchen at 9 on school nights.');
    await page.selectOption('#add-action-who', { label: 'Demo Parent' });
    await page.fill('#add-action-by_when', dayFromNow(14));
    await submit(page, 'form[action$="/actions"] button[type=submit]');
    await worker.check('plan-action-added', 'The action is added.');
    await page.selectOption('#add-action-move', 'basics.money');
    await page.fill('#add-action-what', 'Book a benefits check.');
    await page.selectOption('#add-action-who', 'other');
    await page.fill('#add-action-other', 'Citizens Advice');
    await page.fill('#add-action-by_when', dayFromNow(21));
    // Chosen by the person: a benefits check changes the odds (money).
    await page.selectOption('#add-action-category', 'money');
    await submit(page, 'form[action$="/actions"] button[type=submit]');
    await worker.check('plan-action-enlisting', 'Changing the odds: Money');
    await page.selectOption('#goal-owner', { label: focus });
    await page.fill('#goal-goal_text', 'Get to school on time');
    await page.selectOption('#goal-score', '4');
    await submit(page, 'form[action$="/goals"] button[type=submit]');
    await worker.check('plan-goal-set', 'Get to school on time');

    // The parent ticks their action done, with a comment.
    page = parent.page;
    await go(page, inCircleNav(page, 'Plans'));
    await parent.check('plans', 'Working on');
    await go(page, page.locator('main ul.plan-list a'));
    await parent.check('plan', 'Phones go in the kitchen');
    const mine = page.locator('article.plan-action', { hasText: 'Phones go in the kitchen' });
    await mine.locator('summary').click();
    await mine.locator('input[value="done"]').check();
    await mine.locator('textarea[name="comment"]').fill('Done every night this week. Bedtime is 10 now.');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), mine.locator('button[type=submit]').click()]);
    await parent.check('action-done', 'Bedtime is 10 now.');

    // The practitioner reviews the plan.
    page = worker.page;
    await go(page, inCircleNav(page, 'Plans'));
    await go(page, page.locator('main ul.plan-list a'));
    await worker.check('plan-before-review', 'Bedtime is 10 now.');
    await go(page, inMain(page, 'Review this plan'));
    await worker.check('plan-review', 'Questions to think about');
    await page.fill('#worked', 'The phone rule worked from the first night.');
    await page.fill('#to_change', 'Ask Citizens Advice for a second appointment.');
    await page.selectOption('select[name^="rating-"]', '6');
    await page.check('#outcome-carry');
    await page.fill('#next_review', dayFromNow(56));
    await submit(page, 'main form button[type=submit]');
    await worker.check('plan-reviewed', 'The review is saved.');

    // The progress page, from the circle's navigation.
    await progress(worker, focus);

    // Home: what the young person shared is waiting for the practitioner.
    await go(page, inHeader(page, 'Home'));
    await worker.check('home-after', 'What needs you');
    // Names are isolated for right-to-left text: compare without the marks.
    const clean = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '');
    const news = clean(await page.locator('main .whats-new').textContent());
    const told = `${focus} shared a note with you in ${focus}'s circle`;
    let link = null;
    for (const a of await page.locator('main .whats-new a').all()) {
      if (clean(await a.textContent()) === told) link = a;
    }
    if (!link) {
      journey.stopped(new Error(`the home page's .whats-new does not say "${told}": "${news.trim()}"`));
    } else {
      await go(page, link);
      await worker.check('whats-new-followed', `I went to the youth club on Tuesday (${label}).`);
    }
  } finally {
    for (const p of [worker, young, parent]) await p.context.close();
  }
}

/// The progress page: counted as one failed check, without stopping the
/// journey, while the circle's navigation has no "Progress" link.
async function progress(p, focus) {
  const { page } = p;
  try {
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      inCircleNav(page, 'Progress').click({ timeout: 5_000 }),
    ]);
  } catch (err) {
    journey.stopped(new Error(`no "Progress" link in the circle's navigation: ${err.message}`));
    return;
  }
  if (!new URL(page.url()).pathname.endsWith('/progress')) {
    journey.stopped(new Error(`the "Progress" link led to ${page.url()}`));
    return;
  }
  await p.check('progress', focus);
}

const browser = await launchBrowser();
try {
  await goalsOn(browser);
  for (const js of [true, false]) {
    for (const width of widths) {
      const started = Date.now();
      await run(browser, width, js);
      console.log(`# run ${width} ${js ? 'js' : 'nojs'}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
} catch (err) {
  journey.stopped(err);
} finally {
  await browser.close();
}
journey.finish();
