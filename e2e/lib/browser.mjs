// Browser checks for the moves web UI: Debian's Chromium driven by
// playwright-core (never a browser download of its own), axe-core for
// accessibility, a sideways-scroll check and a full-page screenshot.
//
//   import { launchBrowser, newCheckContext, checkPage } from './lib/browser.mjs';
//   const browser = await launchBrowser();
//   const ctx = await newCheckContext(browser, { width: 360, js: false });
//   const problems = await checkPage(ctx, 'http://127.0.0.1:8080/', { name: 'home', width: 360 });
//   // problems: [] when all is well, else one string per problem.

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The e2e/ directory (this file is e2e/lib/browser.mjs). */
export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** axe-core's browser bundle, injected into each page. */
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** Where screenshots go: $MOVES_SCREENSHOT_DIR, else e2e/screenshots/. */
export function screenshotDir() {
  return process.env.MOVES_SCREENSHOT_DIR || path.join(E2E_DIR, 'screenshots');
}

/**
 * Chromium flags. As root the sandbox cannot be used; the background-networking
 * flags stop Chromium from calling out to Google's hosts, which this machine's
 * closed network refuses (many connections at a time otherwise).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The screens every page is checked at. */
export const VIEWPORTS = {
  360: { width: 360, height: 780, isMobile: true, hasTouch: true },
  1280: { width: 1280, height: 900, isMobile: false, hasTouch: false },
};
export const WIDTHS = [360, 1280];

/** axe-core rule tags that are run. No rule is disabled. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Launch Debian's Chromium ($MOVES_CHROMIUM, else /usr/bin/chromium). */
export async function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: process.env.MOVES_CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 60_000,
    ...options,
  });
}

// What each context was made for, so checkPage can name its screenshot.
const contextInfo = new WeakMap();

/**
 * A browser context for one screen width, with JavaScript on or off.
 *
 * bypassCSP: our pages send a strict Content-Security-Policy (default-src
 * 'self'). Playwright's addScriptTag injects axe-core as an inline <script>,
 * which that policy would block, so these contexts ignore the page's CSP.
 * The CSP itself is asserted separately by the Rust tests. Keep in mind the
 * one side effect: anything the real CSP would block (an inline style=""
 * attribute, say) still takes effect in these screenshots and axe results, so
 * the pages must not rely on such things; that is for the Rust tests to catch.
 */
export async function newCheckContext(browser, { width, js }) {
  const vp = VIEWPORTS[width] ?? { width, height: 900, isMobile: false, hasTouch: false };
  const context = await browser.newContext({
    viewport: { width: vp.width, height: vp.height },
    isMobile: vp.isMobile,
    hasTouch: vp.hasTouch,
    deviceScaleFactor: 1,
    javaScriptEnabled: js,
    bypassCSP: true,
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  contextInfo.set(context, { width: vp.width, js });
  return context;
}

/** Runs in the page: up to 3 outermost elements sticking out past `limit`, as "main > div.wide" labels. */
function describeElementsWiderThan(limit) {
  const label = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    else if (el.classList && el.classList.length) s += `.${[...el.classList].slice(0, 2).join('.')}`;
    return s;
  };
  const out = [];
  for (const el of document.body ? document.body.querySelectorAll('*') : []) {
    const r = el.getBoundingClientRect();
    if (r.right > limit + 1 && r.width > 0) {
      // Report the outermost offenders only (skip descendants of one already listed).
      if (out.some((o) => o.el.contains(el))) continue;
      const chain = [];
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) chain.unshift(label(e));
      out.push({ el, text: `${chain.slice(-3).join(' > ')} (right edge ${Math.round(r.right)}px)` });
      if (out.length >= 3) break;
    }
  }
  return out.map((o) => o.text);
}

const AXE_TIMEOUT_MS = 60_000;

let axeSourceCache;
async function axeSource() {
  axeSourceCache ??= await readFile(AXE_PATH, 'utf8');
  return axeSourceCache;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000}s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs in the page (JavaScript off): timers that fire via promise reactions. */
function installPromiseTimers() {
  let next = 1;
  const cancelled = new Set();
  const soon = (fn, args) => {
    const handle = next++;
    Promise.resolve().then(() => {
      if (!cancelled.has(handle)) fn(...args);
    });
    return handle;
  };
  window.setTimeout = (fn, ms = 0, ...args) =>
    typeof fn === 'function' && Number(ms) <= 100 ? soon(fn, args) : next++;
  window.clearTimeout = (handle) => {
    cancelled.add(handle);
  };
  window.requestAnimationFrame = (fn) => soon(fn, [performance.now()]);
  window.cancelAnimationFrame = window.clearTimeout;
}

/**
 * Load `url` in `context` and check it. Returns a list of problems (strings;
 * empty when the page passes):
 *  - the page did not load, or answered a non-2xx status;
 *  - uncaught JavaScript errors;
 *  - sideways scroll at this width (scrollWidth > innerWidth + 1px, where
 *    innerWidth is taken as the screen width), and a missing
 *    <meta name="viewport" content="width=device-width">;
 *  - every axe-core violation (AXE_TAGS): rule id, impact, help, first 3 targets.
 * Also saves a full-page screenshot as `${name}-${width}-${js|nojs}.png`.
 */
export async function checkPage(context, url, { name, width, js } = {}) {
  const info = contextInfo.get(context) ?? {};
  // The context knows what it was made for; the options only fill in for
  // contexts not made by newCheckContext.
  js = info.js ?? js ?? true;
  width = info.width ?? width ?? 1280;
  name = name ?? (new URL(url).pathname.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'root');

  const problems = [];
  const page = await context.newPage();
  page.on('pageerror', (err) => problems.push(`JavaScript error: ${String(err.message).split('\n')[0]}`));
  try {
    let response;
    try {
      response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    } catch (err) {
      problems.push(`page did not load: ${String(err.message).split('\n')[0]}`);
      return problems;
    }
    if (!response) {
      problems.push('no HTTP response');
    } else if (response.status() < 200 || response.status() > 299) {
      problems.push(`HTTP status ${response.status()} ${response.statusText()}`.trim());
    }
    await inspect(page, { name, width, js }, problems);
  } catch (err) {
    problems.push(`check failed: ${String(err.message).split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

/**
 * The checks of checkPage on a page that is already open (after a form was
 * sent, say): sideways scroll, screenshot, axe-core. Adds to `problems`.
 */
export async function checkOpenPage(page, { name, width, js }) {
  const problems = [];
  try {
    await inspect(page, { name, width, js }, problems);
  } catch (err) {
    problems.push(`check failed: ${String(err.message).split('\n')[0]}`);
  }
  return problems;
}

async function inspect(page, { name, width, js }, problems) {
    // Let web fonts settle so the layout and screenshot are the final ones.
    await page.evaluate(() => document.fonts && document.fonts.ready.then(() => true)).catch(() => {});

    // Sideways scroll at this width. Measured against the screen width we set
    // (equal to window.innerWidth on a well-behaved page): with mobile
    // emulation Chromium widens the layout viewport, and so innerWidth, to fit
    // content that is too wide, which would hide the very problem.
    const m = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      metaViewport: document.querySelector('meta[name="viewport" i]')?.getAttribute('content') ?? null,
    }));
    const limit = Math.min(width, m.innerWidth);
    if (!/width\s*=\s*device-width/i.test(m.metaViewport ?? '')) {
      problems.push(
        `no <meta name="viewport" content="width=device-width, ...">` +
          (m.innerWidth > width + 1 ? ` (layout viewport is ${m.innerWidth}px on a ${width}px screen)` : ''),
      );
    }
    if (m.scrollWidth > limit + 1 || m.innerWidth > width + 1) {
      const wide = await page.evaluate(describeElementsWiderThan, limit).catch(() => []);
      problems.push(
        `sideways scroll at ${width}px: document is ${Math.max(m.scrollWidth, m.innerWidth)}px wide` +
          (wide.length ? `; too wide: ${wide.join(', ')}` : ''),
      );
    }

    // Screenshot (before axe, which must not be able to change what is shown).
    const dir = screenshotDir();
    await mkdir(dir, { recursive: true });
    // Chromium sometimes refuses a capture on a loaded machine ("Unable to
    // capture screenshot"); that says nothing of the page, so try again.
    for (let attempt = 1; ; attempt++) {
      try {
        await page.screenshot({
          path: path.join(dir, `${name}-${width}-${js ? 'js' : 'nojs'}.png`),
          fullPage: true,
          animations: 'disabled',
        });
        break;
      } catch (err) {
        if (attempt >= 3 || !String(err.message).includes('Unable to capture screenshot')) throw err;
        await page.waitForTimeout(500 * attempt);
      }
    }

    // axe-core.
    if (js) {
      await page.addScriptTag({ path: AXE_PATH });
    } else {
      // With JavaScript off (Chromium's script execution disabled) an injected
      // <script> never runs, while Playwright's evaluate still does (it goes
      // through the DevTools protocol). But timers, MutationObserver and
      // queueMicrotask callbacks never fire, and axe-core waits on
      // setTimeout(fn, 0): swap in promise-based stand-ins first (promise
      // reactions do run). The page has no running scripts of its own in this
      // mode, so nothing else sees them. Long timers (axe's error time-outs)
      // simply never fire.
      await page.evaluate(installPromiseTimers);
      await page.evaluate(await axeSource());
    }
    const runAxe = page.evaluate(async (tags) => {
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        count: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) => n.target.map(String).join(' ')),
      }));
    }, AXE_TAGS);
    const violations = await withTimeout(runAxe, AXE_TIMEOUT_MS, 'axe-core did not finish');
    for (const v of violations) {
      const more = v.count > v.targets.length ? ` (+${v.count - v.targets.length} more)` : '';
      problems.push(`axe ${v.id} [${v.impact}] ${v.help}: ${v.targets.join(' | ')}${more}`);
    }
}
