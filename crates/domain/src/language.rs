//! The languages the interface is offered in. A person may save one with their
//! account; without a saved choice the browser's wishes decide (in `moves-web`).
//! Welsh, Swedish and Greek are drafts until native speakers have checked them.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[serde(rename = "en-GB")]
    EnglishUk,
    #[serde(rename = "cy")]
    Welsh,
    #[serde(rename = "sv")]
    Swedish,
    #[serde(rename = "el")]
    Greek,
}

impl Language {
    /// In the order the switcher shows them: English first (the original),
    /// then the others by their tag.
    pub const ALL: [Language; 4] = [
        Language::EnglishUk,
        Language::Welsh,
        Language::Greek,
        Language::Swedish,
    ];

    /// The BCP 47 tag, as stored and as used for the translation files.
    pub const fn tag(self) -> &'static str {
        match self {
            Language::EnglishUk => "en-GB",
            Language::Welsh => "cy",
            Language::Swedish => "sv",
            Language::Greek => "el",
        }
    }

    /// The language's name in itself, as a speaker looks for it.
    pub const fn endonym(self) -> &'static str {
        match self {
            Language::EnglishUk => "English",
            Language::Welsh => "Cymraeg",
            Language::Swedish => "Svenska",
            Language::Greek => "Ελληνικά",
        }
    }

    /// A translation not yet checked by native speakers.
    pub const fn is_draft(self) -> bool {
        !matches!(self, Language::EnglishUk)
    }

    /// One of our tags, in any letter case (`cy`, `en-GB`, `EN-gb`); anything
    /// else, including other English tags and empty text, is no language of ours.
    pub fn from_tag(text: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(text.trim()))
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_read_back() {
        for l in Language::ALL {
            assert_eq!(Language::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Language::from_tag("CY"), Some(Language::Welsh));
        assert_eq!(Language::from_tag("en-gb"), Some(Language::EnglishUk));
        for bad in ["", "fr", "en", "cy-x", "c y", "el;q=1", "\u{0}"] {
            assert_eq!(Language::from_tag(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn only_english_is_not_a_draft() {
        let drafts: Vec<_> = Language::ALL.into_iter().filter(|l| l.is_draft()).collect();
        assert_eq!(
            drafts,
            [Language::Welsh, Language::Greek, Language::Swedish]
        );
    }
}
