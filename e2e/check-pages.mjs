#!/usr/bin/env node
// Check pages of a running moves server in Debian's Chromium:
//
//   node e2e/check-pages.mjs --base http://127.0.0.1:PORT /path1 /path2 ...
//
// Every path is checked at widths 360 and 1280, with JavaScript on and off
// (see lib/browser.mjs: HTTP status, axe-core, sideways scroll, screenshot).
// One line per check:
//   ok   /framework 360 js
//   FAIL /framework 360 nojs
//        - axe image-alt [critical] Images must have alternative text: img
// then a last line "N passed, M failed". Exit status 1 if any check failed,
// 2 on a usage error.
//
// Environment: MOVES_CHROMIUM (default /usr/bin/chromium),
// MOVES_SCREENSHOT_DIR (default e2e/screenshots/).

import { launchBrowser, newCheckContext, checkPage, WIDTHS } from './lib/browser.mjs';

function usage(msg) {
  if (msg) console.error(`check-pages: ${msg}`);
  console.error('usage: node e2e/check-pages.mjs --base http://127.0.0.1:PORT /path1 [/path2 ...]');
  process.exit(2);
}

function parseArgs(argv) {
  let base = null;
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--base') {
      base = argv[++i] ?? usage('--base needs a URL');
    } else if (a.startsWith('--base=')) {
      base = a.slice('--base='.length);
    } else if (a === '-h' || a === '--help') {
      usage();
    } else if (a.startsWith('--')) {
      usage(`unknown option ${a}`);
    } else {
      paths.push(a);
    }
  }
  if (!base) usage('--base is required');
  if (paths.length === 0) usage('give at least one path');
  try {
    new URL(base);
  } catch {
    usage(`--base is not a URL: ${base}`);
  }
  return { base, paths };
}

/** Screenshot name for a path: "/" -> "root", "/a/b?x=1" -> "a_b_x_1". */
function nameFor(p) {
  return p.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'root';
}

async function main() {
  const { base, paths } = parseArgs(process.argv.slice(2));
  const modes = [true, false]; // JavaScript on, off
  const total = paths.length * WIDTHS.length * modes.length;
  let passed = 0;
  let failed = 0;

  let browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    console.log(`FAIL browser launch: ${String(err.message).split('\n')[0]}`);
    console.log(`0 passed, ${total} failed`);
    return 1;
  }

  try {
    const contexts = new Map();
    for (const width of WIDTHS) {
      for (const js of modes) contexts.set(`${width}-${js}`, await newCheckContext(browser, { width, js }));
    }
    for (const p of paths) {
      const url = new URL(p, base).href;
      for (const width of WIDTHS) {
        for (const js of modes) {
          const label = `${p} ${width} ${js ? 'js' : 'nojs'}`;
          const problems = await checkPage(contexts.get(`${width}-${js}`), url, { name: nameFor(p), width, js });
          if (problems.length === 0) {
            passed++;
            console.log(`ok   ${label}`);
          } else {
            failed++;
            console.log(`FAIL ${label}`);
            for (const problem of problems) console.log(`     - ${problem}`);
          }
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.log(`FAIL internal error: ${err && err.stack ? err.stack : err}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
