//! `GET /print-credit.css`: the framework's credit in the bottom margin of
//! every printed page. Its authors ask for it on every copy; a page's footer
//! prints only once, at the end. A margin box takes its words only from the
//! stylesheet, so this one is made in the request's language (chosen as for
//! any page) and served from the site itself, which the page's CSP allows.
//! Pages link it with `?in=` and their language, only so that a browser's
//! cached copy is never of another language.

use crate::i18n::Tr;
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// `text` as a CSS string: quotes, backslashes and line ends escaped, so no
/// translation can end the string or the rule.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\u{2068}' | '\u{2069}' => {}
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub async fn stylesheet(tr: Tr) -> Response {
    let credit = css_string(&tr.t("footer-framework-credit"));
    let css = format!(
        "@page {{ @bottom-center {{ content: {credit}; font-size: 7pt; color: #000; \
         font-family: system-ui, sans-serif; }} }}\n"
    );
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            // Per language, and cheap: a day in the browser's cache.
            (header::CACHE_CONTROL, "public, max-age=86400"),
            (header::VARY, "Accept-Language, Cookie"),
        ],
        css,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_translation_can_break_out_of_the_string() {
        assert_eq!(css_string("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
        assert_eq!(
            css_string("x\n} body { display:none"),
            "\"x\\a } body { display:none\""
        );
        assert_eq!(css_string("\u{2068}Hart\u{2069}"), "\"Hart\"");
    }
}
