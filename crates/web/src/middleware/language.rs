//! Chooses each request's language once (see [`crate::i18n::choose`]) and
//! leaves the translator in the request for handlers and in the response for
//! the error pages. `?lang=cy` on any address also keeps the choice in a
//! cookie, so the next page is in it too; a `lang` that is not one of ours is
//! ignored.

use crate::auth::cookies::{self, CookieNames};
use crate::auth::viewer::Viewer;
use crate::i18n::{self, LANG_PARAM, Reader, Wishes};
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use moves_core::language::Language;

/// How long a language picked with `?lang=` is remembered: a year.
const KEEP_SECS: i64 = 365 * 24 * 60 * 60;

/// The language asked for with `?lang=` on `query`, if it is one of ours.
pub fn asked(query: Option<&str>) -> Option<Language> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query?).ok()?;
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == LANG_PARAM)
        .and_then(|(_, v)| Language::from_tag(v))
}

pub async fn attach(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let names = CookieNames::for_config(&state.config);
    let cookie_name = i18n::cookie_name(names.secure);
    let asked = asked(req.uri().query());
    let viewer = req.extensions().get::<Viewer>();
    let saved = viewer
        .and_then(|v| v.user.as_ref())
        .and_then(|u| u.language);
    let reader = viewer.map_or(Reader::Staff, |v| Reader::of(&v.actor.roles));
    let cookie = cookies::read(req.headers(), cookie_name);
    let tr = i18n::choose(Wishes {
        saved,
        asked: asked.map(Language::tag),
        cookie: cookie.as_deref(),
        accept: req
            .headers()
            .get(axum::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    })
    .at(&i18n::here_of(req.uri()))
    .for_reader(reader);
    req.extensions_mut().insert(tr.clone());
    let mut res = next.run(req).await;
    if let Some(language) = asked {
        let (name, value) =
            cookies::set_for(names, cookie_name, language.tag().to_owned(), KEEP_SECS);
        res.headers_mut().append(name, value);
    }
    res.extensions_mut().insert(tr);
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_languages_are_asked_for() {
        assert_eq!(asked(Some("lang=cy")), Some(Language::Welsh));
        assert_eq!(asked(Some("wording=cyp-sv&lang=el")), Some(Language::Greek));
        assert_eq!(asked(Some("lang=EN-gb")), Some(Language::EnglishUk));
        for bad in [
            None,
            Some(""),
            Some("lang="),
            Some("lang=fr"),
            Some("lang=%FF"),
            Some("lang=cy%00"),
            Some("language=cy"),
            Some("lang=<script>"),
        ] {
            assert_eq!(asked(bad), None, "{bad:?}");
        }
    }
}
