//! Stable ids in framework files. They appear in data, URLs and exports and are
//! never renumbered, so their shape is strict: lowercase ASCII letters, digits, `_`
//! and `-`. A move id is `<compartment>.<name>`.

use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::fmt;
use std::str::FromStr;

/// Longest id accepted, so ids stay usable in URLs and file names.
pub const ID_MAX: usize = 64;

/// Why a piece of text is not a valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not a valid {what} id: {rule}")]
pub struct InvalidId {
    pub what: &'static str,
    pub value: String,
    pub rule: &'static str,
}

/// The rule for a simple id, in plain words.
pub(crate) const SIMPLE_ID_RULE: &str =
    "use only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)";

/// The rule for a move id, in plain words.
pub(crate) const MOVE_ID_RULE: &str = "write it as <compartment>.<name>, with exactly one \".\", \
     using only lowercase letters a-z, digits, \"_\" and \"-\" (at most 64 characters)";

fn is_id_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-'
}

/// A simple id: non-empty, at most [`ID_MAX`] characters of `a-z 0-9 _ -`.
pub fn is_simple_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= ID_MAX && s.chars().all(is_id_char)
}

/// A move id: two simple ids joined by exactly one `.`.
pub fn is_move_id(s: &str) -> bool {
    s.len() <= ID_MAX
        && match s.split_once('.') {
            Some((compartment, name)) => is_simple_id(compartment) && is_simple_id(name),
            None => false,
        }
}

/// A language tag shaped like BCP 47: parts of letters and digits joined by `-`,
/// the first part 2 to 8 letters (`en`, `sv`, `pt-BR`, `cy`, `zh-Hant`).
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The rule for a language tag, in plain words.
pub(crate) const LANGUAGE_RULE: &str = "use a language tag like \"en\", \"sv\" or \"pt-BR\" (letters and digits, parts joined by \"-\")";

/// A colour written `#rrggbb`, returned in lowercase.
pub fn parse_colour(s: &str) -> Option<String> {
    let hex = s.strip_prefix('#')?;
    (hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()))
        .then(|| format!("#{}", hex.to_ascii_lowercase()))
}

macro_rules! framework_id {
    ($(#[$doc:meta])* $name:ident, $what:literal, $check:path, $rule:path) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Checks the shape and wraps the id.
            pub fn parse(s: &str) -> Result<Self, InvalidId> {
                if $check(s) {
                    Ok(Self(s.to_owned()))
                } else {
                    Err(InvalidId { what: $what, value: s.to_owned(), rule: $rule })
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = InvalidId;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidId;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

framework_id!(
    /// A base edition, such as `resilience-framework-cyp`.
    FrameworkId, "framework", is_simple_id, SIMPLE_ID_RULE
);
framework_id!(
    /// An overlay (a translation or audience wording), such as `cyp-sv`.
    OverlayId, "overlay", is_simple_id, SIMPLE_ID_RULE
);
framework_id!(
    /// A compartment, such as `basics`.
    CompartmentId, "compartment", is_simple_id, SIMPLE_ID_RULE
);
framework_id!(
    /// A resilient move, such as `basics.housing`.
    MoveId, "move", is_move_id, MOVE_ID_RULE
);
framework_id!(
    /// A noble truth, such as `accepting`.
    NobleTruthId, "noble truth", is_simple_id, SIMPLE_ID_RULE
);

impl MoveId {
    /// The compartment part, before the `.`.
    pub fn compartment_part(&self) -> &str {
        self.0.split_once('.').map_or("", |(c, _)| c)
    }

    /// The name part, after the `.`.
    pub fn name_part(&self) -> &str {
        self.0.split_once('.').map_or("", |(_, n)| n)
    }

    /// The compartment the move is in, as an id: the part before the `.`,
    /// already checked by [`is_move_id`] to be a simple id.
    pub fn compartment(&self) -> CompartmentId {
        CompartmentId(self.compartment_part().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_ids() {
        for ok in ["basics", "core_self", "cyp-sv", "a1", "2007"] {
            assert!(is_simple_id(ok), "{ok}");
        }
        for bad in [
            "",
            "Basics",
            "core self",
            "basics.housing",
            "é",
            "a/b",
            &"a".repeat(65),
        ] {
            assert!(!is_simple_id(bad), "{bad}");
        }
    }

    #[test]
    fn a_moves_compartment_is_its_first_part() {
        let housing = MoveId::parse("basics.housing").expect("a move id");
        assert_eq!(
            housing.compartment(),
            CompartmentId::parse("basics").expect("an id")
        );
    }

    #[test]
    fn move_ids() {
        for ok in ["basics.housing", "core_self.know_self", "a.b-c"] {
            assert!(is_move_id(ok), "{ok}");
        }
        for bad in [
            "basics",
            "basics.",
            ".housing",
            "a.b.c",
            "Basics.housing",
            "a..b",
        ] {
            assert!(!is_move_id(bad), "{bad}");
        }
    }

    #[test]
    fn language_tags() {
        for ok in [
            "en",
            "sv",
            "pt-BR",
            "zh-Hant",
            "cy",
            "en-GB-oxendict",
            "es-419",
        ] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "e", "en_GB", "en-", "-en", "1en", "en GB", "abcdefghi"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn colours() {
        assert_eq!(parse_colour("#1F6f8b").as_deref(), Some("#1f6f8b"));
        for bad in ["1f6f8b", "#1f6f8", "#1f6f8bb", "#gggggg", "", "#"] {
            assert_eq!(parse_colour(bad), None, "{bad}");
        }
    }

    #[test]
    fn typed_ids() {
        let id = MoveId::parse("coping.brave").unwrap();
        assert_eq!(id.compartment_part(), "coping");
        assert_eq!(id.name_part(), "brave");
        assert_eq!(id, "coping.brave");
        let err = MoveId::parse("coping").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("\"coping\" is not a valid move id")
        );
        assert!(CompartmentId::parse("Coping").is_err());
    }
}
