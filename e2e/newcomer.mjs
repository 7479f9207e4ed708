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
// With --lang cy (or sv, el) everyone does the same in that language, having
// chosen it as a person would: the practitioner and the young person by the
// language switcher on the site's front page before signing in (kept in a
// cookie), the parent by the switcher once signed in (kept with their
// account). Every link, button and expected text is the interface's own
// message in the run's language (lib/messages.mjs reads the .ftl files), in
// the words of the person reading it (young person, family or staff); only
// what people type (names, notes) is English. In a run in another language
// than English each page is also searched for English interface messages
// and framework words left on it; the framework's words are the
// organisation's, so first the administrator accepts the framework's
// wording in that language for its records (frameworks/overlays/, a draft),
// through /admin/framework, before anyone starts a check.
//
// In English, the young person's pages are plain: the Flesch-Kincaid grade
// of the words of each page's <main> (without what people wrote) must be 6
// or below (lib/readability.mjs); each grade is printed.
//
//   node e2e/newcomer.mjs --base http://127.0.0.1:PORT --password P [--widths 1280,360] [--lang en-GB|cy|sv|el]
//
// Signs in as admin@, practitioner@, parent@ and young@demo.example (made by
// `moves seed-demo`). Last line: "N passed, M failed"; exit 1 if any failed.

import { launchBrowser, newCheckContext } from './lib/browser.mjs';
import { Journey, submit } from './lib/journey.mjs';
import { ENGLISH, compartmentLabel, longestPiece, messages, overlayTitle } from './lib/messages.mjs';
import { englishLeft, readingGradeProblems } from './lib/language-checks.mjs';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = arg('--base');
const password = arg('--password');
const widths = (arg('--widths') ?? '1280,360').split(',').map(Number);
const lang = arg('--lang') ?? ENGLISH;
if (!base || !password || widths.some((w) => !w) || !['en-GB', 'cy', 'sv', 'el'].includes(lang)) {
  console.error('usage: node e2e/newcomer.mjs --base URL --password P [--widths 1280,360] [--lang en-GB|cy|sv|el]');
  process.exit(2);
}

/// The interface's words in the run's language, as staff read them.
const staffWords = messages(lang, 'staff');
/// What the demo's people are called (by `moves seed-demo`): names, which
/// pages show as they are, in any language.
const USER_DATA = ['Demo Admin', 'Demo Manager', 'Demo Practitioner', 'Demo Parent', 'Demo Young Person', 'Demo Viewer'];
/// The framework's first compartment's label in the run's language.
const BASICS = compartmentLabel(lang, 'basics');

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
/// A form's submit button in <main> that says `text`.
const submitButton = (text) => `main form button[type=submit]:has-text(${JSON.stringify(text)})`;

const journey = new Journey();

/// One person in their own browser at `width`, reading the interface as
/// `reader` ('staff', 'young' or 'family': see lib/messages.mjs) and
/// choosing the run's language `how` ('front-page' or 'account').
async function person(browser, width, js, login, who, reader = 'staff', how = 'front-page') {
  const context = await newCheckContext(browser, { width, js });
  const page = await context.newPage();
  const words = messages(lang, reader);
  // Further checks of each page: no English interface message left on it in
  // another language; in English, a young person's page must read plainly.
  const also = async (pg, label) => [
    ...(lang === ENGLISH ? [] : await englishLeft(pg, lang, USER_DATA)),
    ...(lang === ENGLISH && reader === 'young' ? await readingGradeProblems(pg, label) : []),
  ];
  const check = (name, expectText) =>
    journey.check(page, `${who}-${name}`, width, js, expectText, (pg) => also(pg, `${who}-${name} ${width} ${js ? 'js' : 'nojs'}`));
  return { context, page, check, login, t: words.t, how };
}

/// From the site's front page, through its "Sign in" link, to the home page,
/// in the run's language: chosen on the front page's language switcher
/// before signing in (kept in a cookie), or once signed in, with the
/// switcher that keeps it with the account (a later run finds it kept).
/// The switcher names each language in itself; it is found by its language
/// tag, not by a name written here.
async function signIn(p) {
  await p.page.goto(base);
  if (lang !== ENGLISH && p.how === 'front-page') {
    await go(p.page, p.page.locator(`nav.language-switcher a[hreflang="${lang}"]`));
  }
  // The front page is in English until the language is chosen on it.
  const front = p.how === 'front-page' ? p.t : messages(ENGLISH).t;
  await go(p.page, inHeader(p.page, front('nav-sign-in')));
  await p.page.fill('#login', p.login);
  await p.page.fill('#password', password);
  await submit(p.page);
  if (lang !== ENGLISH && p.how === 'account') {
    const button = p.page.locator(`form.language-switcher button[value="${lang}"]`);
    if (await button.count()) await go(p.page, button);
  }
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
  await go(p.page, inMain(p.page, p.t('circles-home-link')));
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
  const { t } = p;
  await go(p.page, inCircleNav(p.page, t('checks-nav')));
  await p.check('checks', t('checks-list-heading'));
  await go(p.page, p.page.locator('main ul.check-list a'));
  await p.check('check', sayOnCheck);
  await submit(p.page, submitButton(t('checks-start-mine')));
  await p.check('view-basics', BASICS);
  await answer(p.page, answers);
  await submit(p.page, 'form.check-form button[type=submit]');
  await p.check('view-next', t('checks-save-and-go-on'));
  await go(p.page, inMain(p.page, t('checks-back-to-check')));
  await go(p.page, p.page.locator('main section.perspective').getByRole('link', { name: t('checks-share-link'), exact: true }));
  await p.check('share', t('circles-audience-whole-circle'));
  await p.page.check('#audience-whole_circle');
  await submit(p.page, 'main form button[type=submit]');
  await p.check('shared', t('checks-done-shared'));
}

/// The administrator makes sure the organisation uses goals in plans and,
/// in a run in another language, that its records use the framework's
/// wording in that language.
async function adminSetsUp(browser) {
  const admin = await person(browser, 1280, true, 'admin@demo.example', 'admin');
  await signIn(admin);
  await admin.page.goto(`${base}/`);
  await go(admin.page, inMain(admin.page, admin.t('plans-goals-admin-home-link')));
  await admin.check('goals', admin.t('plans-goals-admin-legend'));
  if (!(await admin.page.isChecked('#goals-on'))) {
    await admin.page.check('#goals-on');
    await submit(admin.page, 'main form button[type=submit]');
    await admin.check('goals-saved', admin.t('plans-goals-admin-saved'));
  }
  if (lang !== ENGLISH) await acceptFrameworkWording(admin);
  await admin.context.close();
}

/// The administrator accepts the framework's wording in the run's language
/// for the organisation's records, as a council working in that language
/// would: checks, plans and progress show the organisation's wording (its
/// records must read the same to everyone), not each reader's, so without
/// this they stay in the edition's English. From the home page's
/// "Framework" link to the list of wordings, the overlay's preview, and its
/// "Use this wording" button, ticking first that a draft is known to be one.
/// Not counted as checks, so a run counts the same pages in every language;
/// a step that does not do what it should stops the journey (one failure).
async function acceptFrameworkWording(admin) {
  const { page, t } = admin;
  await page.goto(`${base}/`);
  await go(page, inMain(page, t('adapt-home-link')));
  await go(page, inMain(page, overlayTitle(lang)));
  // A later run on the same data finds it accepted already.
  if ((await page.textContent('main')).includes(t('adapt-preview-in-use'))) return;
  const draft = page.locator('main input#confirm_draft[type=checkbox]');
  if (await draft.count()) await draft.check();
  await submit(page, submitButton(t('adapt-accept-submit')));
  const said = await page.textContent('main');
  if (!said.includes(t('adapt-done-overlay'))) {
    throw new Error(`accepting the framework's wording in ${lang} did not say "${t('adapt-done-overlay')}": "${said.replace(/\s+/g, ' ').trim().slice(0, 300)}"`);
  }
}

async function run(browser, width, js) {
  const label = `${width} ${js ? 'js' : 'nojs'}`;
  // A fresh name every run, so no run finds another's circle.
  const focus = `Robin ${label} ${Date.now() % 100000}`;
  const worker = await person(browser, width, js, 'practitioner@demo.example', 'practitioner');
  const young = await person(browser, PHONE, js, 'young@demo.example', 'young', 'young');
  const parent = await person(browser, width, js, 'parent@demo.example', 'parent', 'family', 'account');
  try {
    // Each person's words, by who reads them.
    let t = worker.t;
    // The practitioner starts a circle and adds the parent and the young person.
    let page = worker.page;
    await signIn(worker);
    await worker.check('home', t('home-needs-you'));
    await readPrivacyNotice(worker, t('home-needs-you'));
    await go(page, inMain(page, t('circles-home-link')));
    await worker.check('circles', t('circles-start-link'));
    await go(page, inMain(page, t('circles-start-link')));
    await worker.check('circle-new', t('circles-focus-name'));
    await page.fill('#focus_name', focus);
    await page.fill('#pronouns', 'he/him');
    await submit(page, 'form[action="/circles/new"] button[type=submit]');
    await worker.check('circle', t('circles-done-created'));
    await go(page, inMain(page, t('circles-add-link')));
    await worker.check('members', t('circles-add-title'));
    await page.check('#account-yes');
    await page.fill('#email', 'parent@demo.example');
    await page.fill('#relationship', 'mum');
    await page.selectOption('#role', { label: t('circles-role-parent-carer') });
    await submit(page, 'form[action$="/members"] button[type=submit]');
    await worker.check('member-parent-added', 'Demo Parent');
    // The young person's own account is linked to the person the circle is
    // about: they sign in as themself.
    await page.fill('#link-email', 'young@demo.example');
    await submit(page, 'form[action$="/members/focus-account"] button[type=submit]');
    await worker.check('member-young-linked', t('members-link-done', { name: focus }));

    // The practitioner starts a check and records their view.
    await go(page, inCircleNav(page, t('checks-nav')));
    await worker.check('checks', t('checks-none-yet'));
    await submit(page, submitButton(t('checks-start')));
    await worker.check('check', t('checks-start-mine'));
    await submit(page, submitButton(t('checks-start-mine')));
    await worker.check('view-basics', BASICS);
    await answer(page, [
      ['basics-housing', 2, 'Damp in the back bedroom'],
      ['basics-money', 3, ''],
      ['basics-safe', 1, ''],
      ['basics-sleep', 2, ''],
    ]);
    await submit(page, 'form.check-form button[type=submit]');
    await worker.check('view-next', t('checks-save-and-go-on'));
    await go(page, inMain(page, t('checks-back-to-check')));
    await go(page, page.locator('main section.perspective').getByRole('link', { name: t('checks-share-link'), exact: true }));
    await worker.check('share', t('circles-audience-whole-circle'));
    await page.check('#audience-whole_circle');
    await submit(page, 'main form button[type=submit]');
    await worker.check('shared', t('checks-done-shared'));

    // The young person, on their phone: their view, then a note for everyone.
    page = young.page;
    t = young.t;
    await signIn(young);
    await young.check('home', t('home-new-for-you'));
    await readPrivacyNotice(young, t('home-new-for-you'));
    await openCircle(young, focus);
    await recordView(
      young,
      [
        ['basics-housing', 1, ''],
        ['basics-money', 3, ''],
        ['basics-safe', 1, ''],
        ['basics-sleep', 3, 'I stay up late on my phone 📱'],
      ],
      t('checks-start-mine'),
    );
    await go(page, inCircleNav(page, t('notes-nav')));
    await young.check('journal', t('notes-heading'));
    await go(page, inMain(page, t('notes-new-link')));
    // "Seen by" and the names, which the journey does not know.
    await young.check('note-new', longestPiece(t('circles-audience-seen-by', { names: '' })));
    await page.fill('#body', `I went to the youth club on Tuesday (${label}).`);
    await page.check('#audience-whole_circle');
    await submit(page, 'main form button[type=submit]');
    await young.check('note-saved', t('notes-done-written'));

    // The parent records theirs.
    page = parent.page;
    t = parent.t;
    await signIn(parent);
    await parent.check('home', t('home-new-for-you'));
    await readPrivacyNotice(parent, t('home-new-for-you'));
    await openCircle(parent, focus);
    await recordView(
      parent,
      [
        ['basics-housing', 2, ''],
        ['basics-money', 3, 'Benefits were cut in the spring'],
        ['basics-safe', 1, ''],
        ['basics-sleep', 3, ''],
      ],
      t('checks-start-mine'),
    );

    // The practitioner compares the three views and writes down what they agree.
    page = worker.page;
    t = worker.t;
    await go(page, inCircleNav(page, t('checks-nav')));
    // Fluent sets the number apart with isolation marks (the messages here do too).
    await worker.check('checks-three-views', t('checks-perspectives-count', { count: '3' }));
    await go(page, page.locator('main ul.check-list a'));
    await go(page, inMain(page, t('checks-compare-link')));
    await worker.check('compare', focus);
    await page.check('#differ-yes');
    await submit(page, 'main form button[type=submit]');
    await worker.check('compare-differ', t('checks-agreement-differ'));
    await go(page, inMain(page, t('checks-back-to-check')));
    await go(page, inMain(page, t('checks-agreed-link')));
    await worker.check('agreed', 'Demo Parent');
    await answer(page, [
      ['basics-housing', 2, 'The landlord will be asked about the damp'],
      ['basics-money', 3, ''],
      ['basics-safe', 1, ''],
      ['basics-sleep', 3, ''],
    ]);
    await submit(page, 'form.check-form button[type=submit]');
    await worker.check('agreed-next', t('checks-save-agreed'));
    await go(page, inMain(page, t('checks-back-to-check')));
    await worker.check('check-agreed', t('checks-agreed-heading'));

    // A plan: focus moves, the noble truths, an action for the parent, one
    // for someone outside the circle, and the young person's goal.
    await go(page, inCircleNav(page, t('plans-nav')));
    await worker.check('plans', t('plans-none'));
    await go(page, inMain(page, t('plans-new-link')));
    // The most focus moves a plan is nudged to (FOCUS_NUDGE in crates/domain/src/plan/record.rs).
    await worker.check('plan-new', t('plans-nudge', { count: '5' }));
    const dropped = await labelsBelowTheirBox(page);
    if (dropped.length) journey.stopped(new Error(`checkbox labels below their box at ${width} px: ${dropped.join('; ')}`));
    await page.check('#focus-basics\\.money');
    await page.check('#focus-basics\\.sleep');
    // The compartment that holds the move, whatever its label's language.
    await page.click('details.compartment-choice:has(#focus-coping\\.calm) summary');
    await page.check('#focus-coping\\.calm');
    await page.fill('#truth-accepting', 'Money is tight and bedtimes are late.');
    await page.fill('#truth-conserving', 'Robin likes the youth club.');
    await page.fill('#review_due', dayFromNow(42));
    await page.check('#audience-whole_circle');
    await submit(page, 'main form button[type=submit]');
    await worker.check('plan', t('plans-done-created'));
    await page.selectOption('#add-action-move', 'basics.sleep');
    await page.fill('#add-action-what', 'Phones go in the kitchen at 9 on school nights.');
    await page.selectOption('#add-action-who', { label: 'Demo Parent' });
    await page.fill('#add-action-by_when', dayFromNow(14));
    await submit(page, 'form[action$="/actions"] button[type=submit]');
    await worker.check('plan-action-added', t('plans-done-action-added'));
    await page.selectOption('#add-action-move', 'basics.money');
    await page.fill('#add-action-what', 'Book a benefits check.');
    await page.selectOption('#add-action-who', 'other');
    await page.fill('#add-action-other', 'Citizens Advice');
    await page.fill('#add-action-by_when', dayFromNow(21));
    // Chosen by the person: a benefits check changes the odds (money).
    await page.selectOption('#add-action-category', 'money');
    await submit(page, 'form[action$="/actions"] button[type=submit]');
    await worker.check('plan-action-enlisting', `${t('plans-changing-the-odds')}: ${t('framework-category-money')}`);
    await page.selectOption('#goal-owner', { label: focus });
    await page.fill('#goal-goal_text', 'Get to school on time');
    await page.selectOption('#goal-score', '4');
    await submit(page, 'form[action$="/goals"] button[type=submit]');
    await worker.check('plan-goal-set', 'Get to school on time');

    // The parent ticks their action done, with a comment.
    page = parent.page;
    t = parent.t;
    await go(page, inCircleNav(page, t('plans-nav')));
    await parent.check('plans', t('plans-focus-on'));
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
    t = worker.t;
    await go(page, inCircleNav(page, t('plans-nav')));
    await go(page, page.locator('main ul.plan-list a'));
    await worker.check('plan-before-review', 'Bedtime is 10 now.');
    await go(page, inMain(page, t('plans-review-link')));
    await worker.check('plan-review', t('plans-review-prompts'));
    await page.fill('#worked', 'The phone rule worked from the first night.');
    await page.fill('#to_change', 'Ask Citizens Advice for a second appointment.');
    await page.selectOption('select[name^="rating-"]', '6');
    await page.check('#outcome-carry');
    await page.fill('#next_review', dayFromNow(56));
    await submit(page, 'main form button[type=submit]');
    await worker.check('plan-reviewed', t('plans-done-reviewed'));

    // The progress page, from the circle's navigation.
    await progress(worker, focus);

    // Home: what the young person shared is waiting for the practitioner.
    await go(page, inHeader(page, t('nav-home')));
    await worker.check('home-after', t('home-needs-you'));
    // Names are isolated for right-to-left text: compare without the marks.
    const clean = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '');
    const news = clean(await page.locator('main .whats-new').textContent());
    const told = clean(t('home-new-notes', { count: 1, person: focus, focus }));
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
      inCircleNav(page, p.t('progress-nav')).click({ timeout: 5_000 }),
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
  await adminSetsUp(browser);
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
