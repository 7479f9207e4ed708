//! What to tell someone whose new password was refused, in their language.

use crate::i18n::Tr;
use moves_core::auth::password::PasswordProblem;

pub fn message(tr: &Tr, p: &PasswordProblem) -> String {
    tr.t(match p {
        PasswordProblem::TooShort { .. } => "password-too-short",
        PasswordProblem::TooLong { .. } => "password-too-long",
        PasswordProblem::Common => "password-common",
        PasswordProblem::SameAsLogin => "password-same-as-login",
    })
}
