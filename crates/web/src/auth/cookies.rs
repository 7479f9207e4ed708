//! The two cookies: the session (after sign-in) and the CSRF nonce (before it).
//! Both are `HttpOnly` and `SameSite=Lax`; they are `Secure` with the `__Host-`
//! prefix everywhere except plain-http on the machine itself (development).

use crate::config::WebConfig;
use axum::http::{HeaderMap, HeaderValue, header};
use cookie::{Cookie, SameSite};

#[derive(Debug, Clone, Copy)]
pub struct CookieNames {
    pub session: &'static str,
    pub csrf: &'static str,
    pub secure: bool,
}

impl CookieNames {
    pub fn for_config(config: &WebConfig) -> Self {
        if config.secure_cookies {
            Self {
                session: "__Host-moves-session",
                csrf: "__Host-moves-csrf",
                secure: true,
            }
        } else {
            Self {
                session: "moves-session",
                csrf: "moves-csrf",
                secure: false,
            }
        }
    }
}

/// The value of a cookie sent by the browser.
pub fn read(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

fn build(name: &'static str, value: String, secure: bool, max_age: Option<i64>) -> HeaderValue {
    let mut c = Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure);
    if let Some(secs) = max_age {
        c = c.max_age(cookie::time::Duration::seconds(secs));
    }
    // Cookie values are our own base64/hex tokens, always valid header text.
    HeaderValue::from_str(&c.build().to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A session cookie: it lives as long as the browser session; the server ends
/// the session itself on idle or absolute timeout.
pub fn set(
    names: CookieNames,
    name: &'static str,
    value: String,
) -> (header::HeaderName, HeaderValue) {
    (header::SET_COOKIE, build(name, value, names.secure, None))
}

/// A cookie kept for `max_age_secs` (the device id of people without a second
/// factor), with the same protections as the others.
pub fn set_for(
    names: CookieNames,
    name: &'static str,
    value: String,
    max_age_secs: i64,
) -> (header::HeaderName, HeaderValue) {
    (
        header::SET_COOKIE,
        build(name, value, names.secure, Some(max_age_secs)),
    )
}

pub fn clear(names: CookieNames, name: &'static str) -> (header::HeaderName, HeaderValue) {
    (
        header::SET_COOKIE,
        build(name, String::new(), names.secure, Some(0)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_http_only_lax_and_secure_when_they_can_be() {
        let secure = CookieNames::for_config(&WebConfig {
            secure_cookies: true,
            ..WebConfig::default()
        });
        let (_, v) = set(secure, secure.session, "abc".into());
        let v = v.to_str().unwrap();
        assert!(v.starts_with("__Host-moves-session=abc"), "{v}");
        for part in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
            assert!(v.contains(part), "{part} in {v}");
        }
        assert!(!v.contains("Domain"), "__Host- cookies have no Domain");
        let local = CookieNames::for_config(&WebConfig::default());
        let (_, v) = set(local, local.session, "abc".into());
        assert!(!v.to_str().unwrap().contains("Secure"));
        let (_, gone) = clear(local, local.session);
        assert!(gone.to_str().unwrap().contains("Max-Age=0"));
    }

    #[test]
    fn reads_one_cookie_among_many() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; moves-session=tok; b=2"),
        );
        assert_eq!(read(&h, "moves-session").as_deref(), Some("tok"));
        assert_eq!(read(&h, "nope"), None);
    }
}
