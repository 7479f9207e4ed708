//! What goes wrong in a framework file, said so that the person editing the file
//! can find and fix it: `frameworks/x.toml:57: what is wrong`.

use std::fmt;

/// One problem in one file. `line` is 1-based; `None` when the problem is with the
/// file as a whole (it cannot be read, or something is missing from it entirely).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameworkError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl FrameworkError {
    pub fn new(file: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for FrameworkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for FrameworkError {}

/// Something that works but deserves a look, such as an overlay label that falls
/// back to the base edition. It becomes an error in strict mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl Warning {
    pub fn new(file: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line,
            message: message.into(),
        }
    }

    /// The same problem, as an error (strict mode).
    pub fn into_error(self) -> FrameworkError {
        FrameworkError {
            file: self.file,
            line: self.line,
            message: self.message,
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found, not just the first: fixing a file should take one round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadErrors(pub Vec<FrameworkError>);

impl LoadErrors {
    pub fn errors(&self) -> &[FrameworkError] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<FrameworkError> for LoadErrors {
    fn from(error: FrameworkError) -> Self {
        Self(vec![error])
    }
}

impl IntoIterator for LoadErrors {
    type Item = FrameworkError;
    type IntoIter = std::vec::IntoIter<FrameworkError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// One problem per line.
impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadErrors {}

/// How strictly to load.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadOptions {
    /// Treat warnings (such as an overlay label falling back to the base) as errors.
    pub strict: bool,
}

impl LoadOptions {
    pub const STRICT: LoadOptions = LoadOptions { strict: true };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_and_line() {
        let e = FrameworkError::new("frameworks/x.toml", Some(57), "something is wrong");
        assert_eq!(e.to_string(), "frameworks/x.toml:57: something is wrong");
        let e = FrameworkError::new("frameworks/x.toml", None, "cannot be read");
        assert_eq!(e.to_string(), "frameworks/x.toml: cannot be read");
        let all = LoadErrors(vec![
            FrameworkError::new("a.toml", Some(1), "one"),
            FrameworkError::new("a.toml", Some(2), "two"),
        ]);
        assert_eq!(all.to_string(), "a.toml:1: one\na.toml:2: two");
        let w = Warning::new("a.toml", Some(3), "hm");
        assert_eq!(w.to_string(), "a.toml:3: hm");
        assert_eq!(w.into_error().to_string(), "a.toml:3: hm");
    }
}
