// Checks of a page's words, for Journey.check's `also`:
//
// - englishLeft: on a page in another language, the English interface
//   messages (crates/web/i18n/en-GB, every value and every .young/.family
//   variant) and the framework's English words still on it. What people
//   wrote ([data-content]) and the language switcher (each language named
//   in itself) are left out.
// - readingGradeProblems: the Flesch-Kincaid grade of the words a young
//   person reads in a page's <main>, which must be 6 or below (issue 15:
//   a reading age of about 11). Printed for every page.

import { syllable } from 'syllable';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENGLISH, REPO_DIR, allTexts } from './messages.mjs';

/** The highest Flesch-Kincaid grade a young person's page may have. */
export const MAX_GRADE = 6;

/**
 * Runs in the page: the text of `root`'s own interface, as blocks (one per
 * block-level element, heading, list item, label, button...), leaving out
 * what people wrote ([data-content]), form fields' contents (textarea,
 * select), the language switcher and, when
 * `visibleOnly`, what is not shown. Also the accessible texts of attributes
 * (aria-label, title, placeholder, alt) when `withAttributes`.
 */
function pageBlocks({ selector, visibleOnly, withAttributes }) {
  const root = document.querySelector(selector);
  if (!root) return [];
  // Words marked as English (lang="en") on a page in another language are
  // still English left there; only the switcher names each language in itself.
  const skip = (el) => el.closest('[data-content], textarea, select, script, style, template, noscript, .language-switcher');
  // A block: the nearest element not laid out inline (a button is
  // inline-block), or a label, legend or summary, which read as one line.
  const blockOf = (el) => {
    for (let e = el; e && e !== root; e = e.parentElement) {
      if (getComputedStyle(e).display !== 'inline' || ['LABEL', 'LEGEND', 'SUMMARY'].includes(e.tagName)) return e;
    }
    return root;
  };
  const blocks = new Map();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent.trim() || skip(el)) continue;
    if (visibleOnly && !el.checkVisibility({ visibilityProperty: true })) continue;
    const b = blockOf(el);
    blocks.set(b, (blocks.get(b) ?? '') + n.textContent);
  }
  const out = [...blocks.values()].map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (withAttributes) {
    for (const el of root.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      if (skip(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v && v.trim()) out.push(v.trim());
      }
    }
  }
  return out;
}

/**
 * The framework's words in a framework file (title, labels, descriptions,
 * prompts): its `key = "..."` lines, which is how those files write them.
 */
function frameworkTexts(file) {
  const text = readFileSync(path.join(REPO_DIR, 'frameworks', file), 'utf8');
  return [...text.matchAll(/^(?:title|label|description|prompt) = "((?:[^"\\]|\\.)*)"$/gm)].map((m) => m[1].replace(/\\(.)/g, '$1'));
}

// The English words worth looking for: each interface message's value or
// variant, and each of the framework's words (the demo's 2012 edition),
// split at placeables (which the page fills in); pieces of at least two
// words or one word of four letters or more, less those that are also words
// of the other language (a name, "OK").
const englishPieces = new Map();
function piecesFor(lang) {
  if (englishPieces.has(lang)) return englishPieces.get(lang);
  const theirs = [...allTexts(lang).map((m) => m.text), ...frameworkTexts(`overlays/cyp-2012-${lang}.toml`)];
  const pieces = new Set();
  const english = [...allTexts(ENGLISH).map((m) => m.text), ...frameworkTexts('resilience-framework-cyp-2012.toml')];
  for (const text of english) {
    // Missing arguments are formatted as {$name}: a placeable like another.
    for (const raw of text.split(/[\u2068\u2069]|\{[^}]*\}/)) {
      const piece = raw.replace(/\s+/g, ' ').trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (!/\p{L}/u.test(piece)) continue;
      if (!piece.includes(' ') && piece.length < 4) continue;
      if (theirs.some((s) => s.includes(piece))) continue;
      pieces.add(piece);
    }
  }
  const list = [...pieces].map((p) => ({ p, re: new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u') }));
  englishPieces.set(lang, list);
  return list;
}

/**
 * Problems: English interface or framework words on `page`, which is in
 * `lang`. `userData`: what people typed or are called (names), which the
 * page shows outside [data-content] and may be English.
 */
export async function englishLeft(page, lang, userData = []) {
  const problems = [];
  const htmlLang = await page.evaluate(() => document.documentElement.lang);
  if (htmlLang !== lang) problems.push(`<html lang="${htmlLang}">, not "${lang}"`);
  const blocks = await page.evaluate(pageBlocks, { selector: 'body', visibleOnly: false, withAttributes: true });
  const text = blocks
    .map((b) => userData.reduce((s, d) => s.split(d).join(' \u2063 '), b.replace(/[\u2068\u2069]/g, '')))
    .join('\n');
  const found = piecesFor(lang).filter(({ re }) => re.test(text));
  // Only the longest of pieces found within one another ("Plans" in "Back to the plans").
  const longest = found.filter(({ p }) => !found.some(({ p: q }) => q !== p && q.includes(p)));
  if (longest.length) {
    const where = ({ p, re }) => {
      const i = text.search(re);
      return `"${p}" in "…${text.slice(Math.max(0, i - 30), i + p.length + 30).replace(/\s+/g, ' ')}…"`;
    };
    problems.push(`English left on the page: ${longest.slice(0, 6).map(where).join('; ')}${longest.length > 6 ? ` (+${longest.length - 6} more)` : ''}`);
  }
  return problems;
}

/**
 * The Flesch-Kincaid grade of `blocks` of English text:
 *   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * (Kincaid et al. 1975). Each block (a heading, a button, a list item) ends a
 * sentence as well as . ! ? and : do, as a reader takes them. Words have a
 * letter in them (numbers and dates are not counted); syllables are counted by
 * the `syllable` package.
 */
export function fleschKincaid(blocks) {
  const sentences = [];
  for (const block of blocks) {
    for (const s of block.split(/(?<=[.!?:])\s+/)) {
      const words = (s.match(/[\p{L}\p{N}'’-]+/gu) ?? []).filter((w) => /\p{L}/u.test(w));
      if (words.length) sentences.push({ text: s, words: words.length, syllables: words.reduce((n, w) => n + Math.max(1, syllable(w)), 0) });
    }
  }
  const words = sentences.reduce((n, s) => n + s.words, 0);
  const syllables = sentences.reduce((n, s) => n + s.syllables, 0);
  const grade = (w, n, syl) => 0.39 * (w / n) + 11.8 * (syl / w) - 15.59;
  return {
    grade: words ? grade(words, sentences.length, syllables) : 0,
    words,
    sentences: sentences.map((s) => ({ ...s, grade: grade(s.words, 1, s.syllables) })),
  };
}

/** Problems: a reading grade of the young person's page above MAX_GRADE. Prints the grade. */
export async function readingGradeProblems(page, label) {
  const blocks = await page.evaluate(pageBlocks, { selector: 'main', visibleOnly: true, withAttributes: false });
  const fk = fleschKincaid(blocks);
  console.log(`#    reading grade ${label}: ${fk.grade.toFixed(1)} (${fk.words} words, ${fk.sentences.length} sentences)`);
  if (fk.grade <= MAX_GRADE) return [];
  const hardest = [...fk.sentences].sort((a, b) => b.grade - a.grade).slice(0, 5);
  return [
    `reading grade ${fk.grade.toFixed(1)} is above ${MAX_GRADE}; the hardest sentences: ` +
      hardest.map((s) => `"${s.text}" (${s.grade.toFixed(1)})`).join('; '),
  ];
}
