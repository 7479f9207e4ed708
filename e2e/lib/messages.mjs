// The interface's own words, read from the message files the server is built
// with (crates/web/i18n/<lang>/*.ftl) by @fluent/bundle, so a journey finds
// links and buttons by the names a person would read in their language
// instead of by English written into the script.
//
//   import { messages } from './lib/messages.mjs';
//   const m = messages('cy');
//   m.t('nav-sign-in');                          // "Mewngofnodi"
//   m.t('checks-count', { count: 3 });           // plural forms by the language's rules
//   m.for('young').t('checks-title');            // the young person's words
//
// Lookup follows crates/web/src/i18n.rs (`Tr`) and fluent-templates: a
// young person reads a message's `.young` attribute, else its `.family`
// one, else its value; a parent or carer reads `.family`, else the value;
// staff read the value. Each of these is looked up in the language, then in
// en-GB (fluent-templates' fallback, per message or attribute). Placeables
// are set apart with Unicode isolation marks, as the server sends them.

import { FluentBundle, FluentResource } from '@fluent/bundle';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (this file is e2e/lib/messages.mjs). */
export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const I18N_DIR = path.join(REPO_DIR, 'crates', 'web', 'i18n');

export const ENGLISH = 'en-GB';

/** Which attributes each reader tries before the message's value (as `Reader::attributes`). */
const ATTRIBUTES = { staff: [], young: ['young', 'family'], family: ['family'] };

const bundles = new Map();
// The ids of each language's messages, in file order (FluentResource.body).
const messageIds = new Map();

/** All the messages of one language, one bundle; a syntax error in a file stops the run. */
function bundle(lang) {
  if (bundles.has(lang)) return bundles.get(lang);
  const dir = path.join(I18N_DIR, lang);
  const b = new FluentBundle(lang, { useIsolating: true });
  const ids = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    const resource = new FluentResource(readFileSync(path.join(dir, file), 'utf8'));
    const errors = b.addResource(resource, { allowOverrides: true });
    if (errors.length) throw new Error(`${lang}/${file}: ${errors.map(String).join('; ')}`);
    // Terms (-name) are not messages a page shows on their own.
    for (const entry of resource.body) if (!entry.id.startsWith('-')) ids.push(entry.id);
  }
  bundles.set(lang, b);
  messageIds.set(lang, ids);
  return b;
}

/** The pattern of `id` ("key" or "key.attribute") in `lang`, or null. */
function pattern(lang, id) {
  const [key, attr] = id.split('.', 2);
  const message = bundle(lang).getMessage(key);
  if (!message) return null;
  return (attr ? message.attributes[attr] : message.value) ?? null;
}

/** The messages of `lang` as `reader` ('staff', 'young' or 'family') reads them. */
export function messages(lang = ENGLISH, reader = 'staff') {
  if (!ATTRIBUTES[reader]) throw new Error(`unknown reader ${reader}`);
  bundle(lang);
  const format = (id, args) => {
    for (const l of lang === ENGLISH ? [lang] : [lang, ENGLISH]) {
      const p = pattern(l, id);
      if (p === null) continue;
      const errors = [];
      const s = bundle(l).formatPattern(p, args ?? null, errors);
      if (errors.length) throw new Error(`${l} ${id}: ${errors.map(String).join('; ')}`);
      return s;
    }
    return null;
  };
  return {
    lang,
    reader,
    /** The text of message `key` for this reader, with `args` for its placeables. */
    t(key, args) {
      for (const id of [...ATTRIBUTES[reader].map((a) => `${key}.${a}`), key]) {
        const s = format(id, args);
        if (s !== null) return s;
      }
      throw new Error(`no message ${key} in ${lang} or ${ENGLISH}`);
    },
    /** The same language, in `other`'s words. */
    for(other) {
      return messages(lang, other);
    },
  };
}

/**
 * Every message value and attribute of `lang`, formatted without arguments
 * where it needs none: [{ id, text }]. For finding words of one language
 * left on a page in another.
 */
export function allTexts(lang) {
  const b = bundle(lang);
  const out = [];
  for (const key of messageIds.get(lang)) {
    const message = b.getMessage(key);
    const ids = [...(message.value ? [key] : []), ...Object.keys(message.attributes).map((a) => `${key}.${a}`)];
    for (const id of ids) {
      const errors = [];
      const text = b.formatPattern(pattern(lang, id), null, errors);
      if (!errors.length) out.push({ id, text });
    }
  }
  return out;
}

/**
 * The label of the framework's compartment `id` (such as "basics") in
 * `lang`, as the demo organisation's edition gives it: the 2012 edition's
 * file (frameworks/resilience-framework-cyp-2012.toml) in English, its
 * translation overlay (frameworks/overlays/cyp-2012-<lang>.toml) otherwise.
 * Framework labels are data, not interface messages, so they are not in the
 * .ftl files. A two-line reading of the TOML, enough for the label lines
 * those files have (`label = "..."`, no escapes).
 */
export function compartmentLabel(lang, id) {
  const frameworks = path.join(REPO_DIR, 'frameworks');
  const file =
    lang === ENGLISH
      ? path.join(frameworks, 'resilience-framework-cyp-2012.toml')
      : path.join(frameworks, 'overlays', `cyp-2012-${lang}.toml`);
  const text = readFileSync(file, 'utf8');
  // Base edition: [[compartments]] blocks with `id = "..."`; overlay: [compartments.<id>] tables.
  const block =
    lang === ENGLISH
      ? text.split('[[compartments]]').slice(1).find((b) => new RegExp(`^id = "${id}"$`, 'm').test(b.split(/\n\[/)[0]))
      : text.split(`[compartments.${id}]`)[1];
  const label = block?.split(/\n\[/)[0].match(/^label = "([^"]*)"$/m)?.[1];
  if (!label) throw new Error(`no label for compartment ${id} in ${file}`);
  return label;
}

/**
 * The title of the framework's translation overlay into `lang`
 * (frameworks/overlays/cyp-2012-<lang>.toml), which names it in the list of
 * wordings an administrator can accept (/admin/framework). Read as
 * compartmentLabel reads labels: the file's top-level `title = "..."` line.
 */
export function overlayTitle(lang) {
  const file = path.join(REPO_DIR, 'frameworks', 'overlays', `cyp-2012-${lang}.toml`);
  // Top level: before the first table.
  const top = readFileSync(file, 'utf8').split(/\n\[/)[0];
  const title = top.match(/^title = "([^"]*)"$/m)?.[1];
  if (!title) throw new Error(`no title in ${file}`);
  return title;
}

/** The longest piece of `text` between placeables (isolation marks), trimmed: for a message whose arguments the journey cannot know. */
export function longestPiece(text) {
  return text
    .split(/[\u2068\u2069]/)
    .map((s) => s.trim())
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}
