//! Every user-visible string goes through Fluent. English (en-GB) is the first
//! language; `en-XA` is a pseudo-locale that wraps each string in ⟦ ⟧ so a test can
//! prove no page shows text that bypassed translation.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentResource, FluentValue};
use fluent_templates::{Loader, static_loader};
use rust_embed::RustEmbed;
use std::borrow::Cow;
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::LazyLock;
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

/// The translator for one request.
#[derive(Debug, Clone)]
pub struct Tr {
    lang: LanguageIdentifier,
    pseudo: bool,
}

impl Default for Tr {
    fn default() -> Self {
        Self {
            lang: ENGLISH,
            pseudo: false,
        }
    }
}

impl Tr {
    pub fn pseudo() -> Self {
        Self {
            lang: ENGLISH,
            pseudo: true,
        }
    }

    /// The language of the interface, for `<html lang>`.
    pub fn lang_tag(&self) -> String {
        self.lang.to_string()
    }

    fn wrap(&self, s: String) -> String {
        if self.pseudo {
            format!("{PSEUDO_OPEN}{s}{PSEUDO_CLOSE}")
        } else {
            s
        }
    }

    /// The string for `key`. A missing key shows the key itself (and a test
    /// proves every key used exists), never a blank.
    pub fn t(&self, key: &str) -> String {
        let s = LOCALES.try_lookup(&self.lang, key).unwrap_or_else(|| {
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
    /// choose its plural form) beside named arguments.
    pub fn t_count(&self, key: &str, count: usize, args: &[(&'static str, String)]) -> String {
        let mut map = named(args);
        map.insert(Cow::Borrowed("count"), FluentValue::from(count));
        self.lookup(key, map)
    }

    fn lookup(&self, key: &str, args: HashMap<Cow<'static, str>, FluentValue<'_>>) -> String {
        let s = LOCALES
            .try_lookup_with_args(&self.lang, key, &args)
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

fn named(args: &[(&'static str, String)]) -> HashMap<Cow<'static, str>, FluentValue<'static>> {
    args.iter()
        .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
        .collect()
}

impl<S: Send + Sync> FromRequestParts<S> for Tr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(from_headers(&parts.headers))
    }
}

/// Chooses the interface language from `Accept-Language`. Only English exists
/// so far; the pseudo-locale is chosen only when asked for by name.
pub fn from_headers(headers: &axum::http::HeaderMap) -> Tr {
    let wants_pseudo = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|part| part.trim().starts_with(PSEUDO_TAG)));
    if wants_pseudo {
        Tr::pseudo()
    } else {
        Tr::default()
    }
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
    fn arguments_are_filled_in() {
        let s = Tr::default().t_args("error-reference", &[("id", "abc".to_owned())]);
        assert!(s.contains("abc"), "{s}");
    }
}
