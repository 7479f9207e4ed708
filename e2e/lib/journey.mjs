// A journey's bookkeeping: each page reached is checked (axe-core, sideways
// scroll, an expected text) and counted; the last line printed is
// "N passed, M failed".

import { checkOpenPage } from './browser.mjs';

export class Journey {
  constructor() {
    this.passed = 0;
    this.failed = 0;
  }

  /// `also`, if given: a further check of the page, `async (page, width) => [problems]`.
  async check(page, name, width, js, expectText, also) {
    const problems = await checkOpenPage(page, { name, width, js });
    if (expectText) {
      const text = await page.textContent('body');
      if (!text.includes(expectText)) problems.push(`expected the page to say "${expectText}"`);
    }
    if (also) problems.push(...(await also(page, width)));
    this.expect(`${name} ${width} ${js ? 'js' : 'nojs'}`, problems);
  }

  /// Counts one check of something other than a page's own state (a printed
  /// file, say): it passed when `problems` is empty.
  expect(label, problems) {
    if (problems.length === 0) {
      this.passed++;
      console.log(`ok   ${label}`);
    } else {
      this.failed++;
      console.log(`FAIL ${label}`);
      for (const p of problems) console.log(`     - ${p}`);
    }
  }

  stopped(err) {
    this.failed++;
    console.log(`FAIL journey stopped: ${String(err.message).split('\n')[0]}`);
  }

  finish() {
    console.log(`${this.passed} passed, ${this.failed} failed`);
    process.exit(this.failed ? 1 : 0);
  }
}

/// Clicks a submit button and waits for the page it leads to.
export async function submit(page, selector = 'main button[type=submit]') {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

/// Problems with the page as printed: the framework's credit must be on it
/// (the print stylesheet keeps it when it drops the rest of the footer).
/// For `Journey.check`'s `also`; the screen is restored afterwards.
export async function printsFrameworkCredit(page) {
  const problems = [];
  await page.emulateMedia({ media: 'print' });
  try {
    const credit = page.locator('.site-footer .footer-credit');
    if (!(await credit.isVisible())) {
      problems.push("the framework's credit is not printed");
    } else if (!(await credit.innerText()).includes('Hart')) {
      problems.push("the printed credit does not name the framework's authors");
    }
  } finally {
    await page.emulateMedia({ media: null });
  }
  return problems;
}
