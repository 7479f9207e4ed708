//! Text that people type. One set of rules for every field, so "odd Unicode" is
//! handled once: normalised to NFC, trimmed, bounded, and free of invisible
//! control or direction-override characters that could disguise what is shown.

use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TextError {
    #[error("is empty")]
    Empty,
    #[error("is longer than {max} characters")]
    TooLong { max: usize },
    #[error("contains a hidden control character (code {code:#06x})")]
    ControlCharacter { code: u32 },
}

/// Characters that change how surrounding text is displayed without being seen.
fn is_invisible_control(c: char, allow_newlines: bool) -> bool {
    match c {
        '\n' | '\t' => !allow_newlines,
        // Bidirectional overrides and isolates can make text read differently
        // from how it is stored ("Trojan Source").
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
        '\u{FFFE}' | '\u{FFFF}' => true,
        c => c.is_control(),
    }
}

fn clean(input: &str, max_chars: usize, allow_newlines: bool) -> Result<String, TextError> {
    let unified = input.replace("\r\n", "\n").replace('\r', "\n");
    let normalised: String = unified.nfc().collect();
    let trimmed = normalised.trim();
    if trimmed.is_empty() {
        return Err(TextError::Empty);
    }
    if let Some(c) = trimmed
        .chars()
        .find(|&c| is_invisible_control(c, allow_newlines))
    {
        return Err(TextError::ControlCharacter { code: u32::from(c) });
    }
    if trimmed.chars().count() > max_chars {
        return Err(TextError::TooLong { max: max_chars });
    }
    Ok(trimmed.to_owned())
}

/// One line of text, such as a name.
pub fn clean_line(input: &str, max_chars: usize) -> Result<String, TextError> {
    clean(input, max_chars, false)
}

/// Several lines of text, such as a note.
pub fn clean_block(input: &str, max_chars: usize) -> Result<String, TextError> {
    clean(input, max_chars, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn trims_and_normalises() {
        // "e" + combining acute becomes the single precomposed character.
        assert_eq!(clean_line("  Cafe\u{301} ", 10).unwrap(), "Caf\u{e9}");
    }

    #[test]
    fn refuses_empty_long_and_hidden() {
        assert_eq!(clean_line(" \t ", 10), Err(TextError::Empty));
        assert_eq!(clean_line("abcdef", 5), Err(TextError::TooLong { max: 5 }));
        assert_eq!(
            clean_line("evil\u{202E}txt", 50),
            Err(TextError::ControlCharacter { code: 0x202E })
        );
        assert_eq!(
            clean_line("a\nb", 50),
            Err(TextError::ControlCharacter { code: 0x0a })
        );
        assert_eq!(clean_block("a\r\nb", 50).unwrap(), "a\nb");
    }

    #[test]
    fn keeps_real_scripts_and_emoji() {
        for s in [
            "Ελένη",
            "Åsa Öberg",
            "Siân ap Rhys",
            "عائشة",
            "李小龙",
            "Zoë 🌱",
        ] {
            assert_eq!(clean_line(s, 50).unwrap(), s);
        }
    }

    proptest! {
        #[test]
        fn cleaned_text_is_never_empty_or_too_long(s in "\\PC{0,80}") {
            if let Ok(out) = clean_line(&s, 40) {
                prop_assert!(!out.is_empty());
                prop_assert!(out.chars().count() <= 40);
                prop_assert_eq!(out.trim(), out.as_str());
            }
        }
    }
}
