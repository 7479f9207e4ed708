//! Reading one framework file: turns TOML into sections that remember where they
//! came from, and collects every problem with its file and line.
//!
//! The parsed document keeps a span (byte range) for every key and value, so each
//! problem can name the line it is on. Problems are collected rather than returned
//! one at a time: the person fixing a file should see all of them at once.

use super::error::FrameworkError;
use crate::text::{clean_block, clean_line};
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// One file being read, and the problems found in it so far.
pub(crate) struct Source<'s> {
    file: &'s str,
    text: &'s str,
    errors: Vec<FrameworkError>,
}

/// A table in the file (the top level, or one `[[moves]]` entry), with what to
/// call it in messages.
pub(crate) struct Section<'t, 'i> {
    pub table: &'t DeTable<'i>,
    /// Where the section starts; `None` for the top level of the file.
    pub span: Option<Range<usize>>,
    /// How messages name it, such as `move "basics.housing"`; `None` at the top level.
    pub what: Option<String>,
}

impl<'t, 'i> Section<'t, 'i> {
    /// `move "basics.housing": label`, or just `title` at the top level.
    pub fn subject(&self, key: &str) -> String {
        match &self.what {
            Some(what) => format!("{what}: {key}"),
            None => key.to_owned(),
        }
    }

    pub fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table.get(key)
    }
}

/// How a value that has the wrong type is described.
pub(crate) fn describe(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "text",
        DeValue::Integer(_) | DeValue::Float(_) => "a number",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a section",
    }
}

impl<'s> Source<'s> {
    pub fn new(file: &'s str, text: &'s str) -> Self {
        Self {
            file,
            text,
            errors: Vec::new(),
        }
    }

    /// The 1-based line a span starts on.
    pub fn line(&self, span: &Range<usize>) -> usize {
        let end = span.start.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    fn column(&self, span: &Range<usize>) -> usize {
        let end = span.start.min(self.text.len());
        let before = &self.text.as_bytes()[..end];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1
    }

    pub fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        let line = self.line(span);
        self.errors
            .push(FrameworkError::new(self.file, Some(line), message));
    }

    /// An error at a section's line, or about the whole file at the top level.
    pub fn error_in(&mut self, section: &Section<'_, '_>, message: impl Into<String>) {
        match &section.span {
            Some(span) => self.error(span, message),
            None => self
                .errors
                .push(FrameworkError::new(self.file, None, message)),
        }
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Every problem found, ordered by line (whole-file problems first).
    pub fn into_errors(mut self) -> Vec<FrameworkError> {
        self.errors.sort_by_key(|e| e.line);
        self.errors
    }

    /// Parses the TOML. Syntax errors are recorded (all of them, as far as the
    /// parser can recover) and `None` is returned, as nothing after a syntax error
    /// can be trusted.
    pub fn parse(&mut self) -> Option<Spanned<DeTable<'s>>> {
        let (table, errors) = DeTable::parse_recoverable(self.text);
        if errors.is_empty() {
            return Some(table);
        }
        // A section defined twice makes every key in its second copy a duplicate
        // too; only the section is worth reporting.
        let mut duplicate_section: Option<usize> = None;
        for error in &errors {
            if let Some(span) = error.span()
                && error.message().trim() == "duplicate key"
            {
                let line = self.line(&span);
                if self.line_text(line).starts_with('[') {
                    duplicate_section = Some(line);
                } else if let Some(section_line) = duplicate_section
                    && !(section_line + 1..line).any(|l| self.line_text(l).starts_with('['))
                {
                    continue;
                }
            }
            self.syntax_error(error);
        }
        None
    }

    /// The text of a 1-based line, trimmed.
    fn line_text(&self, line: usize) -> &str {
        self.text
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("")
            .trim()
    }

    fn syntax_error(&mut self, error: &toml::de::Error) {
        let said: Vec<&str> = error
            .message()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let said = said.join("; ");
        match error.span() {
            Some(span) => {
                let snippet = self
                    .text
                    .get(span.clone())
                    .unwrap_or("")
                    .trim()
                    .trim_matches(['"', '\'']);
                let message = if said == "duplicate key" && !snippet.is_empty() {
                    format!(
                        "\"{snippet}\" is set a second time here; each key and each [section] \
                         may appear only once"
                    )
                } else {
                    format!(
                        "this line is not valid TOML (at column {}): {said}",
                        self.column(&span)
                    )
                };
                self.error(&span, message);
            }
            None => {
                self.errors.push(FrameworkError::new(
                    self.file,
                    None,
                    format!("the file is not valid TOML: {said}"),
                ));
            }
        }
    }

    /// Reports every key of `section` that is not in `allowed`.
    pub fn check_keys(&mut self, section: &Section<'_, '_>, allowed: &[&str]) {
        for (key, _) in section.table.iter() {
            let name: &str = key.get_ref();
            if !allowed.contains(&name) {
                let place = match &section.what {
                    Some(what) => format!("in {what}"),
                    None => "at the top of the file".to_owned(),
                };
                self.error(
                    &key.span(),
                    format!(
                        "unknown key \"{name}\" {place} (keys allowed here: {})",
                        allowed.join(", ")
                    ),
                );
            }
        }
    }

    /// A text value exactly as written. A missing value is reported if `required`.
    pub fn raw_str<'t>(
        &mut self,
        section: &Section<'t, '_>,
        key: &str,
        required: bool,
    ) -> Option<(&'t str, Range<usize>)> {
        match section.get(key) {
            None => {
                if required {
                    self.error_in(section, format!("{} is missing", section.subject(key)));
                }
                None
            }
            Some(value) => match value.get_ref() {
                DeValue::String(text) => Some((text.as_ref(), value.span())),
                other => {
                    self.error(
                        &value.span(),
                        format!(
                            "{} must be text in quotes, like {key} = \"...\" (it is {})",
                            section.subject(key),
                            describe(other)
                        ),
                    );
                    None
                }
            },
        }
    }

    /// Text people read: trimmed, normalised, non-empty, at most `max` characters,
    /// and free of hidden control characters. `block` allows line breaks.
    pub fn text(
        &mut self,
        section: &Section<'_, '_>,
        key: &str,
        required: bool,
        max: usize,
        block: bool,
    ) -> Option<(String, Range<usize>)> {
        let (raw, span) = self.raw_str(section, key, required)?;
        let cleaned = if block {
            clean_block(raw, max)
        } else {
            clean_line(raw, max)
        };
        match cleaned {
            Ok(text) => Some((text, span)),
            Err(problem) => {
                self.error(&span, format!("{} {problem}", section.subject(key)));
                None
            }
        }
    }

    /// A required whole number, 0 or more.
    pub fn order(&mut self, section: &Section<'_, '_>, key: &str) -> Option<(u32, Range<usize>)> {
        let Some(value) = section.get(key) else {
            self.error_in(section, format!("{} is missing", section.subject(key)));
            return None;
        };
        let number = match value.get_ref() {
            DeValue::Integer(i) => u32::from_str_radix(i.as_str(), i.radix()).ok(),
            _ => None,
        };
        if number.is_none() {
            self.error(
                &value.span(),
                format!(
                    "{} must be a whole number, 0 or more, like {key} = 3",
                    section.subject(key)
                ),
            );
        }
        number.map(|n| (n, value.span()))
    }

    /// The entries of a `[[key]]` list of sections; empty if the key is absent.
    pub fn sections<'t, 'i>(
        &mut self,
        section: &Section<'t, 'i>,
        key: &str,
    ) -> Vec<Section<'t, 'i>> {
        let Some(value) = section.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.error(
                &value.span(),
                format!(
                    "{key} must be a list of [[{key}]] sections (it is {})",
                    describe(value.get_ref())
                ),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(table) => out.push(Section {
                    table,
                    span: Some(item.span()),
                    what: Some(format!("this [[{key}]] entry")),
                }),
                other => self.error(
                    &item.span(),
                    format!(
                        "each entry in {key} must be a [[{key}]] section (this one is {})",
                        describe(other)
                    ),
                ),
            }
        }
        out
    }

    /// A `[key]` section whose keys are ids (as in overlays: `[moves."basics.housing"]`).
    /// Returns each id with its span and its section; empty if the key is absent.
    pub fn keyed_sections<'t, 'i>(
        &mut self,
        section: &Section<'t, 'i>,
        key: &str,
    ) -> Vec<(&'t str, Range<usize>, Section<'t, 'i>)> {
        let Some(value) = section.get(key) else {
            return Vec::new();
        };
        let DeValue::Table(table) = value.get_ref() else {
            self.error(
                &value.span(),
                format!(
                    "{key} must be written as [{key}.<id>] sections (it is {})",
                    describe(value.get_ref())
                ),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (id, entry) in table.iter() {
            let id_text: &'t str = id.get_ref();
            match entry.get_ref() {
                DeValue::Table(inner) => out.push((
                    id_text,
                    id.span(),
                    Section {
                        table: inner,
                        span: Some(id.span()),
                        what: None,
                    },
                )),
                other => self.error(
                    &id.span(),
                    format!(
                        "{key}.{id_text} must be a section with a label, like [{key}.{id_text}] \
                         followed by label = \"...\" (it is {})",
                        describe(other)
                    ),
                ),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_are_one_based() {
        let s = Source::new("f.toml", "a = 1\nbé = 2\n");
        assert_eq!(s.line(&(0..1)), 1);
        assert_eq!(s.line(&(6..7)), 2);
        assert_eq!(s.column(&(6..7)), 1);
        assert_eq!(s.column(&(12..13)), 6);
    }

    #[test]
    fn all_syntax_errors_are_reported() {
        let mut s = Source::new("f.toml", "a = 1\na = 2\n[x]\n[x]\n");
        assert!(s.parse().is_none());
        let errors = s.into_errors();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "f.toml:2: \"a\" is set a second time here; each key and each [section] may appear only once",
                "f.toml:4: \"x\" is set a second time here; each key and each [section] may appear only once",
            ]
        );
    }

    #[test]
    fn a_broken_line_names_line_and_column() {
        let mut s = Source::new("f.toml", "a = 1\nb = \"unterminated\nc = 3\n");
        assert!(s.parse().is_none());
        let errors = s.into_errors();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, Some(2));
        assert!(
            errors[0]
                .message
                .starts_with("this line is not valid TOML (at column 18): "),
            "{}",
            errors[0].message
        );
    }
}
