//! Where a person goes after signing in (`next`): only ever a path on this
//! site. The value comes from a link anyone can craft, so it is judged as a
//! browser would read it once it is put in a `Location` header: browsers drop
//! tabs and newlines anywhere, strip leading spaces and control characters,
//! and read a backslash as a slash, so `/\t/evil.example` and `/\evil.example`
//! both lead to another site. Rather than copy that clean-up, anything it
//! could change is refused: a path must start with exactly one `/`, hold only
//! visible ASCII (no spaces, controls or other scripts) and no backslash.

/// Longer than any path of ours, with its query.
pub const NEXT_MAX: usize = 2000;

/// `next` if it is a path on this site, else `None`.
pub fn local_path(next: &str) -> Option<&str> {
    let mut chars = next.chars();
    let one_leading_slash = chars.next() == Some('/') && !matches!(chars.next(), Some('/' | '\\'));
    let ok = one_leading_slash
        && next.len() <= NEXT_MAX
        && next.chars().all(|c| c.is_ascii_graphic() && c != '\\');
    ok.then_some(next)
}

/// `next` if it is a path on this site, else the home page.
pub fn local_path_or_home(next: &str) -> &str {
    local_path(next).unwrap_or("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_this_site_are_kept() {
        for path in [
            "/",
            "/circles",
            "/circles/0193/notes?done=written&x=%2F%2Fa",
            "/%2F%2Fevil.example",
            "/a/b//c",
        ] {
            assert_eq!(local_path(path), Some(path), "{path}");
        }
    }

    #[test]
    fn known_bypasses_lead_home() {
        let long = format!("/{}", "a".repeat(NEXT_MAX));
        for bad in [
            "",
            "//evil.example",
            "///evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "\t//evil.example",
            " //evil.example",
            " /circles",
            "\u{0}//evil.example",
            "/\u{0}/evil.example",
            "/\u{7f}/evil.example",
            "/\u{85}/evil.example",
            "/\\evil.example",
            "/\\/evil.example",
            "\\\\evil.example",
            "//\\evil.example",
            "https://evil.example",
            "http:evil.example",
            "javascript:alert(1)",
            "evil.example",
            "/\u{ff0f}evil.example",
            "/\u{2028}/evil.example",
            "/ /evil.example",
            long.as_str(),
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
            assert_eq!(local_path_or_home(bad), "/", "{bad:?}");
        }
    }
}
