//! Every user-visible string goes through Fluent. English (en-GB) is the first
//! language; Welsh, Swedish and Greek are drafts (see [`Language`]). `en-XA` is
//! a pseudo-locale that wraps each string in ⟦ ⟧ so a test can prove no page
//! shows text that bypassed translation.
//!
//! Which language a request gets is decided once, by [`choose`]: a signed-in
//! person's saved choice, then `?lang=` on the address, then the language
//! cookie that `?lang=` leaves, then the browser's `Accept-Language`, then
//! English. Anything not one of ours is passed over, never an error.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentResource, FluentValue};
use fluent_templates::{Loader, static_loader};
use moves_core::language::Language;
use rust_embed::RustEmbed;
use std::borrow::Cow;
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, LazyLock};
use unic_langid::{LanguageIdentifier, langid};

static_loader! {
    static LOCALES = {
        locales: "./i18n",
        fallback_language: "en-GB",
    };
}

const ENGLISH: LanguageIdentifier = langid!("en-GB");

/// The interface language's files, read again only to know which messages
/// exist (see [`Tr::has`]).
#[derive(RustEmbed)]
#[folder = "i18n/en-GB/"]
struct EnglishFiles;

static ENGLISH_MESSAGES: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| {
    let mut bundle = FluentBundle::new_concurrent(vec![ENGLISH]);
    for name in EnglishFiles::iter() {
        let Some(file) = EnglishFiles::get(&name) else {
            continue;
        };
        let Ok(text) = String::from_utf8(file.data.into_owned()) else {
            continue;
        };
        // A file with a syntax error still gives the messages that parsed, as
        // the loader does; the loader's own checks report the error.
        let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
});
pub const PSEUDO_TAG: &str = "en-XA";
pub const PSEUDO_OPEN: char = '⟦';
pub const PSEUDO_CLOSE: char = '⟧';

/// The query parameter that picks a language (`?lang=cy`).
pub const LANG_PARAM: &str = "lang";

/// Whose words a page is in. Young people and parents or carers get their
/// own words for every screen they use: a message may carry a `.young`
/// attribute (second person, for a young person) and a `.family` one (plain
/// words for young people and parents alike, without the practitioners'
/// terms); the message's value is the staff's words and everyone's fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reader {
    #[default]
    Staff,
    YoungPerson,
    Family,
}

impl Reader {
    /// From the roles someone holds in the organisation they work in now:
    /// anyone who also works there (or holds no role) reads the staff words.
    pub fn of(roles: &[moves_core::membership::Role]) -> Reader {
        use moves_core::membership::Role;
        if roles.is_empty() {
            Reader::Staff
        } else if roles.iter().all(|r| *r == Role::YoungPerson) {
            Reader::YoungPerson
        } else if roles
            .iter()
            .all(|r| matches!(r, Role::ParentCarer | Role::YoungPerson))
        {
            Reader::Family
        } else {
            Reader::Staff
        }
    }

    /// The attributes to try before the message's value, in order.
    fn attributes(self) -> &'static [&'static str] {
        match self {
            Reader::Staff => &[],
            Reader::YoungPerson => &["young", "family"],
            Reader::Family => &["family"],
        }
    }
}

/// The translator for one request.
#[derive(Debug, Clone)]
pub struct Tr {
    reader: Reader,
    language: Language,
    lang: LanguageIdentifier,
    pseudo: bool,
    /// The path of the page being shown, for the language switcher's links
    /// back to it.
    here: Arc<str>,
}

impl Default for Tr {
    fn default() -> Self {
        Self::new(Language::EnglishUk)
    }
}

fn identifier(language: Language) -> LanguageIdentifier {
    language.tag().parse().unwrap_or(ENGLISH)
}

impl Tr {
    pub fn new(language: Language) -> Self {
        Self {
            reader: Reader::Staff,
            language,
            lang: identifier(language),
            pseudo: false,
            here: Arc::from("/"),
        }
    }

    pub fn pseudo() -> Self {
        Self {
            pseudo: true,
            ..Self::default()
        }
    }

    /// The same translator, in `reader`'s words.
    pub fn for_reader(mut self, reader: Reader) -> Self {
        self.reader = reader;
        self
    }

    /// The reader's own variant of `key`, when the message has one.
    fn variant(
        &self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> Option<String> {
        self.reader.attributes().iter().find_map(|attr| {
            let id = format!("{key}.{attr}");
            match args {
                Some(args) => LOCALES.try_lookup_with_args(&self.lang, &id, args),
                None => LOCALES.try_lookup(&self.lang, &id),
            }
        })
    }

    /// The same translator, for links back to the page at `here`.
    pub fn at(mut self, here: &str) -> Self {
        self.here = Arc::from(here);
        self
    }

    /// The language of the interface, for `<html lang>`.
    pub fn lang_tag(&self) -> String {
        self.lang.to_string()
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether this is the pseudo-locale of the tests.
    pub fn is_pseudo(&self) -> bool {
        self.pseudo
    }

    /// The languages to offer, each with the address of this page in it.
    pub fn switcher(&self) -> Vec<LanguageLink> {
        Language::ALL
            .into_iter()
            .map(|language| LanguageLink {
                tag: language.tag(),
                name: language.endonym(),
                href: with_lang(&self.here, language),
                current: language == self.language && !self.pseudo,
            })
            .collect()
    }

    /// The page being shown, for a form that comes back to it.
    pub fn here(&self) -> &str {
        &self.here
    }

    fn wrap(&self, s: String) -> String {
        if self.pseudo {
            format!("{PSEUDO_OPEN}{s}{PSEUDO_CLOSE}")
        } else {
            s
        }
    }

    /// The string for `key`. A missing key shows the English (and a test
    /// proves every key exists in every language), never a blank.
    pub fn t(&self, key: &str) -> String {
        let s = self
            .variant(key, None)
            .or_else(|| LOCALES.try_lookup(&self.lang, key))
            .unwrap_or_else(|| {
                tracing::warn!(key, "missing translation");
                key.to_owned()
            });
        self.wrap(s)
    }

    /// The string for `key` with named arguments.
    pub fn t_args(&self, key: &str, args: &[(&'static str, String)]) -> String {
        self.lookup(key, named(args))
    }

    /// The string for `key` with `count` as a number (so the message can
    /// choose its plural form, by the rules of the language) beside named
    /// arguments.
    pub fn t_count(&self, key: &str, count: usize, args: &[(&'static str, String)]) -> String {
        let mut map = named(args);
        map.insert(Cow::Borrowed("count"), FluentValue::from(count));
        self.lookup(key, map)
    }

    fn lookup(&self, key: &str, args: HashMap<Cow<'static, str>, FluentValue<'_>>) -> String {
        let s = self
            .variant(key, Some(&args))
            .or_else(|| LOCALES.try_lookup_with_args(&self.lang, key, &args))
            .unwrap_or_else(|| {
                tracing::warn!(key, "missing translation");
                key.to_owned()
            });
        self.wrap(s)
    }

    /// Whether `key` exists in the interface's own language, whether or not
    /// its message takes arguments. (A lookup without arguments cannot say:
    /// Fluent reports the missing arguments as an error.)
    pub fn has(key: &str) -> bool {
        ENGLISH_MESSAGES.has_message(key)
    }
}

/// One language in the switcher.
#[derive(Debug, Clone)]
pub struct LanguageLink {
    pub tag: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// The page at `here` (a path) in `language`.
fn with_lang(here: &str, language: Language) -> String {
    format!("{here}?{LANG_PARAM}={}", language.tag())
}

/// Where the switcher's links lead back to: the path of the request, on this
/// site. Not its query: a page's address may carry what someone typed (an id
/// that is not theirs, say), and the page must not repeat it back.
pub fn here_of(uri: &axum::http::Uri) -> String {
    let path = uri.path();
    if path.starts_with('/') && !path.starts_with("//") {
        path.to_owned()
    } else {
        "/".to_owned()
    }
}

fn named(args: &[(&'static str, String)]) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.iter()
        .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
        .collect()
}

impl<S: Send + Sync> FromRequestParts<S> for Tr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        // Chosen by the language layer; without it (a handler tested alone),
        // from what the browser sent.
        Ok(parts
            .extensions
            .get::<Tr>()
            .cloned()
            .unwrap_or_else(|| from_headers(&parts.headers).at(&here_of(&parts.uri))))
    }
}

/// What a request says about the language it wants, strongest first.
#[derive(Debug, Clone, Copy, Default)]
pub struct Wishes<'a> {
    /// The signed-in person's saved choice.
    pub saved: Option<Language>,
    /// `?lang=` on this request.
    pub asked: Option<&'a str>,
    /// The language cookie.
    pub cookie: Option<&'a str>,
    /// The `Accept-Language` header.
    pub accept: Option<&'a str>,
}

/// The language for a request: the first of saved choice, `?lang=`, cookie,
/// browser that names a language we have; English when none does. The
/// pseudo-locale (asked for only by tests, in `Accept-Language`) comes first.
pub fn choose(wishes: Wishes<'_>) -> Tr {
    if wishes
        .accept
        .is_some_and(|v| v.split(',').any(|part| part.trim().starts_with(PSEUDO_TAG)))
    {
        return Tr::pseudo();
    }
    let language = wishes
        .saved
        .or_else(|| wishes.asked.and_then(Language::from_tag))
        .or_else(|| wishes.cookie.and_then(Language::from_tag))
        .or_else(|| wishes.accept.and_then(from_accept_language))
        .unwrap_or(Language::EnglishUk);
    Tr::new(language)
}

/// The best of our languages for an `Accept-Language` header, by its quality
/// values (`cy;q=0.5, en;q=0.9` is English), region variants matching their
/// language (`sv-FI` is Swedish, `en-US` English). None when nothing matches.
///
/// fluent-langneg does the matching (ranges, likely subtags); its own parser
/// of the header keeps the header's order and drops the quality values, so
/// they are read here.
pub fn from_accept_language(header: &str) -> Option<Language> {
    let requested = by_quality(header);
    let available: Vec<LanguageIdentifier> = Language::ALL.into_iter().map(identifier).collect();
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Filtering,
    );
    let best = chosen.first()?;
    Language::ALL.into_iter().find(|l| identifier(*l) == **best)
}

/// The languages of an `Accept-Language` header, most wanted first (RFC 9110
/// 12.5.4): `q` from 0 to 1, 1 when not given; `q=0` (not acceptable), a bad
/// `q`, `*` and tags that do not parse are left out. Equal weights keep the
/// header's order.
fn by_quality(header: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(u16, LanguageIdentifier)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let mut q = 1000u16;
            for param in parts {
                let (name, value) = param.split_once('=')?;
                if name.trim().eq_ignore_ascii_case("q") {
                    q = thousandths(value.trim())?;
                }
            }
            if q == 0 || tag.is_empty() || tag == "*" {
                return None;
            }
            Some((q, tag.parse().ok()?))
        })
        .collect();
    // A stable sort: equal weights keep the order they were sent in.
    weighted.sort_by_key(|w| std::cmp::Reverse(w.0));
    weighted.into_iter().map(|(_, tag)| tag).collect()
}

/// A quality value (`0`, `0.5`, `1.000`) in thousandths; None when it is not one.
fn thousandths(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    let padded = format!("{fraction:0<3}");
    let fraction: u16 = padded.parse().ok()?;
    let q = whole + fraction;
    (q <= 1000).then_some(q)
}

/// The cookie that keeps a language chosen with `?lang=`: `__Host-` prefixed
/// where cookies are `Secure`, like the others.
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-moves-lang"
    } else {
        "moves-lang"
    }
}

/// The language from what the browser sent alone (no saved choice): for pages
/// made outside the language layer, such as an error met before it.
pub fn from_headers(headers: &axum::http::HeaderMap) -> Tr {
    let cookie = crate::auth::cookies::read(headers, cookie_name(true))
        .or_else(|| crate::auth::cookies::read(headers, cookie_name(false)));
    choose(Wishes {
        saved: None,
        asked: None,
        cookie: cookie.as_deref(),
        accept: headers
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_pseudo() {
        assert_eq!(Tr::default().t("site-name"), "Resilient Moves");
        assert_eq!(Tr::pseudo().t("site-name"), "⟦Resilient Moves⟧");
        assert!(Tr::has("site-name"));
        assert!(!Tr::has("no-such-key"));
    }

    #[test]
    fn messages_with_arguments_exist_too() {
        // `error-reference` takes `$id`: a lookup without it fails in Fluent.
        assert!(LOCALES.try_lookup(&ENGLISH, "error-reference").is_none());
        assert!(Tr::has("error-reference"));
        assert!(Tr::has("framework-move-page-title"));
        assert!(!Tr::has("framework-no-such-key"));
    }

    #[test]
    fn quality_values_order_the_wishes() {
        let tags =
            |h: &str| -> Vec<String> { by_quality(h).iter().map(ToString::to_string).collect() };
        assert_eq!(tags("fr, cy;q=0.2, en;q=0.9"), ["fr", "en", "cy"]);
        assert_eq!(tags("cy;q=0.8,el;q=0.9"), ["el", "cy"]);
        assert_eq!(
            tags("sv;q=1.0, el"),
            ["sv", "el"],
            "equal weights keep their order"
        );
        assert_eq!(tags("cy;q=0, el;q=0.001"), ["el"], "q=0 is not acceptable");
        assert_eq!(tags("cy;q=abc, el;q=1.5, sv;q=0.5555, en"), ["en"]);
        assert_eq!(tags("*, ;;, ???"), Vec::<String>::new());
        assert_eq!(thousandths("0.5"), Some(500));
        assert_eq!(thousandths("1"), Some(1000));
        assert_eq!(thousandths("1.001"), None);
        assert_eq!(thousandths("-0.5"), None);
    }

    #[test]
    fn the_best_of_ours_for_a_browser() {
        assert_eq!(
            from_accept_language("fr, cy;q=0.2, en;q=0.9"),
            Some(Language::EnglishUk)
        );
        assert_eq!(from_accept_language("sv-FI"), Some(Language::Swedish));
        assert_eq!(
            from_accept_language("el-GR, en;q=0.1"),
            Some(Language::Greek)
        );
        assert_eq!(from_accept_language("fr, de"), None);
        assert_eq!(from_accept_language(""), None);
    }

    #[test]
    fn arguments_are_filled_in() {
        let s = Tr::default().t_args("error-reference", &[("id", "abc".to_owned())]);
        assert!(s.contains("abc"), "{s}");
    }
}
