#!/usr/bin/env node
// The identity pages as a person uses them, in Debian's Chromium: the setup
// page (wrong code, then right), sign-in (wrong password, then right), setting
// up the second factor (the journey is the authenticator app), the recovery
// codes, the code page (a TOTP code, then recovery codes), the signed-in home,
// the security settings, the audit log, the organisation's framework, teams,
// members (invite, reset a password), changing one's own password, signing out.
// Every page reached is checked with
// axe-core and for sideways scroll, at 360 and 1280 px, with JavaScript on and
// off, and screenshotted.
//
//   node e2e/identity.mjs --base http://127.0.0.1:PORT --setup-code CODE
//
// Last line: "N passed, M failed"; exit 1 if any check failed.

import { launchBrowser, newCheckContext, WIDTHS } from './lib/browser.mjs';
import { Journey, submit } from './lib/journey.mjs';
import { totp } from './lib/totp.mjs';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const base = arg('--base');
const code = arg('--setup-code');
if (!base || !code) {
  console.error('usage: node e2e/identity.mjs --base URL --setup-code CODE');
  process.exit(2);
}

const ADMIN = { email: 'ada@example.org', password: 'a long enough passphrase 2026' };
let secret = null;
let enrolledAt = 0;
let recovery = [];
let usedTotpAgain = false;
let invited = 0;

const journey = new Journey();
const check = (...args) => journey.check(...args);

const step = () => Math.floor(Date.now() / 30_000);


const browser = await launchBrowser();
try {
  // Setup happens once, in the first context.
  let first = true;
  for (const width of WIDTHS) {
    for (const js of [true, false]) {
      const context = await newCheckContext(browser, { width, js });
      const page = await context.newPage();
      if (first) {
        first = false;
        await page.goto(`${base}/setup`);
        await page.fill('#code', 'AAAA-BBBB-CCCC-DDDD');
        await page.fill('#organisation_name', 'Browser Borough');
        await page.fill('#admin_name', 'Ada Admin');
        await page.fill('#admin_email', ADMIN.email);
        await page.fill('#password', ADMIN.password);
        await submit(page);
        await check(page, 'setup-wrong-code', width, js, 'setup code is not right');
        await page.fill('#code', code);
        await page.fill('#password', ADMIN.password);
        await submit(page);
        await check(page, 'home-after-setup', width, js, 'Ada Admin');
        await page.goto(`${base}/`);
        await Promise.all([page.waitForNavigation(), page.click('header button[type=submit]')]);
        await check(page, 'signed-out', width, js, 'You have signed out');
      }
      await page.goto(`${base}/sign-in`);
      await page.fill('#login', ADMIN.email);
      await page.fill('#password', 'not the password');
      await submit(page);
      await check(page, 'sign-in-failed', width, js, 'is not right');
      await page.fill('#login', ADMIN.email);
      await page.fill('#password', ADMIN.password);
      await submit(page);
      if (!secret) {
        // First sign-in: staff set up their second factor before anything else.
        await check(page, 'mfa-enrol', width, js, 'second step');
        secret = (await page.textContent('.secret')).trim();
        await page.fill('#code', totp(secret));
        enrolledAt = step();
        await submit(page);
        await check(page, 'mfa-recovery-codes', width, js, 'recovery');
        recovery = (await page.$$eval('.recovery-codes li', (items) => items.map((li) => li.textContent.trim())));
        await Promise.all([page.waitForNavigation(), page.click('main a.button')]);
      } else {
        await check(page, 'mfa-code', width, js, 'code');
        if (!usedTotpAgain) {
          // A code of a later step than the one used to enrol (replays are refused).
          usedTotpAgain = true;
          await page.fill('#code', totp(secret, Date.now(), step() === enrolledAt ? 1 : 0));
          await submit(page, 'main form:not(.recovery form) button[type=submit]');
        } else {
          await page.click('details.recovery summary');
          await page.fill('#recovery_code', recovery.shift());
          await submit(page, 'details.recovery button[type=submit]');
        }
      }
      await check(page, 'home-signed-in', width, js, 'Signed in as');
      await page.goto(`${base}/admin/security`);
      await check(page, 'security-settings', width, js, '');
      await page.goto(`${base}/admin/audit`);
      await check(page, 'audit-log', width, js, 'Audit log');

      // The privacy notice: the administrator empties one version (refused,
      // their text kept), saves, and is shown the new version on the home page.
      await page.goto(`${base}/admin/privacy`);
      await check(page, 'privacy-admin', width, js, 'Privacy notice');
      await page.fill('#standard', '');
      await submit(page, 'form[action="/admin/privacy"] button[type=submit]');
      await check(page, 'privacy-admin-refused', width, js, 'Write this version');
      await page.fill('#standard', `We keep what you write, ${width} ${js ? 'js' : 'nojs'}. 🌱`);
      await submit(page, 'form[action="/admin/privacy"] button[type=submit]');
      await check(page, 'privacy-admin-saved', width, js, 'Saved');
      await page.goto(`${base}/`);
      await check(page, 'home-privacy-notice', width, js, 'We keep what you write');
      await submit(page, 'form[action="/privacy/read"] button[type=submit]');
      await page.goto(`${base}/privacy?version=young_person`);
      await check(page, 'privacy-young-person', width, js, 'This is about what happens');

      // A team, with its administrator in it.
      await page.goto(`${base}/admin/teams`);
      await check(page, 'teams', width, js, '');
      await page.fill('#name', `Équipe ${width} ${js ? 'js' : 'nojs'} 🌱`);
      await submit(page, 'form[action="/admin/teams"] button[type=submit]');
      await check(page, 'team', width, js, 'Équipe');
      await page.selectOption('#user', { index: 0 });
      await submit(page, 'form[action$="/members"] button[type=submit]');
      await check(page, 'team-member-added', width, js, 'Ada Admin');

      // The organisation's framework: add a move of its own, try to empty its
      // label, look at a draft wording, and bring back a broken file.
      await page.goto(`${base}/admin/framework`);
      await check(page, 'framework-admin', width, js, 'Versions');
      await page.selectOption('#new-compartment', 'belonging');
      await page.fill('#new-label', `Our allotment ${width} ${js ? 'js' : 'nojs'} 🌱`);
      await submit(page, 'form[action="/admin/framework/local-moves"] button[type=submit]');
      await check(page, 'framework-move-added', width, js, 'Our allotment');
      await page.fill('#label', '');
      await submit(page, 'form[action$="/reword"] button[type=submit]');
      await check(page, 'framework-move-refused', width, js, 'Enter a label');
      await page.goto(`${base}/admin/framework/overlays/cyp-2012-sv`);
      await check(page, 'framework-overlay-preview', width, js, 'Draft');
      await page.goto(`${base}/admin/framework/import`);
      await page.fill('#text', 'base = "nope"');
      await submit(page, 'form[action="/admin/framework/import"] button[type=submit]');
      await check(page, 'framework-import-errors', width, js, 'adaptation.toml:1');

      // Invite a practitioner; they open the link in another browser and set a password.
      await page.goto(`${base}/admin/members`);
      await check(page, 'members', width, js, 'Ada Admin');
      const n = ++invited;
      await page.fill('#name', `Pat Practitioner ${n}`);
      await page.fill('#email', `pat${n}@example.org`);
      await page.selectOption('#role', 'practitioner');
      await submit(page, 'form[action="/admin/members/invite"] button[type=submit]');
      await check(page, 'member-invited', width, js, `Pat Practitioner ${n}`);
      const link = await page.inputValue('#one-time-link');
      const guest = await newCheckContext(browser, { width, js });
      const invitee = await guest.newPage();
      await invitee.goto(new URL(link, base).toString());
      await check(invitee, 'invite', width, js, 'practitioner');
      await invitee.fill('#password', 'short');
      await submit(invitee);
      await check(invitee, 'invite-password-refused', width, js, '8 characters');
      await invitee.fill('#password', `a good long passphrase ${n}`);
      await submit(invitee);
      await check(invitee, 'sign-in-after-invite', width, js, 'password is set');
      await invitee.close();
      await guest.close();

      // The administrator makes a password reset link for them.
      await page.goto(`${base}/admin/members`);
      await submit(
        page,
        `tr:has-text("Pat Practitioner ${n}") form[action$="/reset-password"] button[type=submit]`,
      );
      await check(page, 'member-reset', width, js, 'works once, for 24 hours');

      // Their own password: a wrong current password is refused, clearly.
      await page.goto(`${base}/account/password`);
      await check(page, 'change-password', width, js, 'Current password');
      await page.fill('#current', 'not my password');
      await page.fill('#password', 'another long passphrase');
      await submit(page);
      await check(page, 'change-password-refused', width, js, 'not your current password');
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
