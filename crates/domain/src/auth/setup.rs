//! The first run: while no organisation exists, each server process prints a
//! one-time setup code in its log (its hash is stored with
//! `SetupStore::add_setup_code`), and the setup page needs one of those codes to
//! create the first organisation and its administrator. Without the code, reaching
//! the page first gains nothing: there is no takeover window.
//!
//! [`SetupRequest::parse`] turns the form into domain values, naming every field
//! that is wrong at once; [`SetupPlan::hashed`] hashes the password (blocking: in
//! `spawn_blocking`); `SetupStore::complete_setup` writes it all in one transaction,
//! answering `WrongCode` or `AlreadySetUp` instead when it must.
//!
//! The first administrator is also the installation administrator: someone has to
//! be able to create the next organisation, and it is the person who set the
//! installation up.

use super::AuthError;
use super::password::{NewPassword, PasswordProblem};
use super::token::{is_setup_code_shaped, normalise_setup_code, setup_code_hash};
use crate::clock::Timestamp;
use crate::membership::{Membership, Role};
use crate::organisation::Organisation;
use crate::text::TextError;
use crate::user::{Email, EmailError, User};
use std::fmt;

/// The setup form as posted.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SetupRequest {
    pub code: String,
    pub organisation_name: String,
    pub admin_name: String,
    pub admin_email: String,
    pub password: String,
}

impl fmt::Debug for SetupRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SetupRequest")
            .field("organisation_name", &self.organisation_name)
            .field("admin_name", &self.admin_name)
            .field("admin_email", &self.admin_email)
            .finish_non_exhaustive()
    }
}

/// The fields of the setup form, by the names the form uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SetupField {
    Code,
    OrganisationName,
    AdminName,
    AdminEmail,
    Password,
}

impl SetupField {
    pub const fn as_str(self) -> &'static str {
        match self {
            SetupField::Code => "code",
            SetupField::OrganisationName => "organisation_name",
            SetupField::AdminName => "admin_name",
            SetupField::AdminEmail => "admin_email",
            SetupField::Password => "password",
        }
    }
}

/// One thing wrong with the setup form, with the field it belongs to
/// ([`SetupProblem::field`]) and a plain-English message (its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupProblem {
    CodeMissing,
    /// Not 16 characters of the code's alphabet.
    CodeShape,
    /// Well-formed but not a current code: what the web layer shows when the store
    /// answers `SetupOutcome::WrongCode`.
    CodeNotRecognised,
    OrganisationName(TextError),
    AdminName(TextError),
    AdminEmail(EmailError),
    Password(PasswordProblem),
}

impl SetupProblem {
    pub fn field(&self) -> SetupField {
        match self {
            SetupProblem::CodeMissing
            | SetupProblem::CodeShape
            | SetupProblem::CodeNotRecognised => SetupField::Code,
            SetupProblem::OrganisationName(_) => SetupField::OrganisationName,
            SetupProblem::AdminName(_) => SetupField::AdminName,
            SetupProblem::AdminEmail(_) => SetupField::AdminEmail,
            SetupProblem::Password(_) => SetupField::Password,
        }
    }
}

fn text_message(f: &mut fmt::Formatter<'_>, what: &str, e: &TextError) -> fmt::Result {
    match e {
        TextError::Empty => write!(f, "Enter {what}"),
        TextError::TooLong { max } => {
            write!(f, "{} must be {max} characters or fewer", capitalise(what))
        }
        TextError::ControlCharacter { .. } => write!(
            f,
            "{} contains a hidden control character; please type it again",
            capitalise(what)
        ),
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

impl fmt::Display for SetupProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SetupProblem::CodeMissing => {
                f.write_str("Enter the setup code shown in the server's log")
            }
            SetupProblem::CodeShape => f.write_str(
                "The setup code is 16 letters and digits, like ABCD-EFGH-JKLM-NPQR; copy it from the server's log",
            ),
            SetupProblem::CodeNotRecognised => f.write_str(
                "That setup code is not one this installation gave out; copy it again from the server's log",
            ),
            SetupProblem::OrganisationName(e) => text_message(f, "the organisation's name", e),
            SetupProblem::AdminName(e) => text_message(f, "your name", e),
            SetupProblem::AdminEmail(EmailError::Text(TextError::Empty)) => {
                f.write_str("Enter your email address")
            }
            SetupProblem::AdminEmail(EmailError::Text(e)) => {
                text_message(f, "your email address", e)
            }
            SetupProblem::AdminEmail(EmailError::Shape) => {
                f.write_str("Enter an email address in the right form, like name@example.org")
            }
            SetupProblem::Password(PasswordProblem::TooShort { min }) => {
                write!(f, "Your password must be at least {min} characters long")
            }
            SetupProblem::Password(PasswordProblem::TooLong { max }) => {
                write!(f, "Your password must be {max} characters or fewer")
            }
            SetupProblem::Password(PasswordProblem::Common) => f.write_str(
                "That password is one of the most often guessed; choose another (a few unrelated words work well)",
            ),
            SetupProblem::Password(PasswordProblem::SameAsLogin) => {
                f.write_str("Your password must not be your email address")
            }
        }
    }
}

impl std::error::Error for SetupProblem {}

/// A valid setup, ready to be written by `SetupStore::complete_setup`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupPlan {
    /// The stored form of the code that was typed.
    pub code_hash: String,
    pub organisation: Organisation,
    /// The first administrator, also the installation administrator. Has no
    /// password hash until [`SetupPlan::hashed`].
    pub admin: User,
    /// The administrator's `org_admin` membership of the organisation.
    pub membership: Membership,
    pub password: NewPassword,
}

impl SetupRequest {
    /// Checks every field and builds the domain values, or names every problem.
    pub fn parse(&self, now: Timestamp) -> Result<SetupPlan, Vec<SetupProblem>> {
        let mut problems = Vec::new();

        let code = normalise_setup_code(&self.code);
        if code.is_empty() {
            problems.push(SetupProblem::CodeMissing);
        } else if !is_setup_code_shaped(&code) {
            problems.push(SetupProblem::CodeShape);
        }
        let organisation = Organisation::new(&self.organisation_name, false, now)
            .map_err(|e| problems.push(SetupProblem::OrganisationName(e)))
            .ok();
        let email = Email::parse(&self.admin_email)
            .map_err(|e| problems.push(SetupProblem::AdminEmail(e)))
            .ok();
        let admin = User::new(&self.admin_name, email.clone(), now)
            .map_err(|e| problems.push(SetupProblem::AdminName(e)))
            .ok();
        let login = email.as_ref().map(Email::as_str);
        let password = NewPassword::parse(&self.password, login)
            .map_err(|e| problems.push(SetupProblem::Password(e)))
            .ok();

        match (organisation, admin, password) {
            (Some(organisation), Some(mut admin), Some(password)) if problems.is_empty() => {
                admin.installation_admin = true;
                let membership = Membership::new(organisation.id, admin.id, Role::OrgAdmin, now);
                Ok(SetupPlan {
                    code_hash: setup_code_hash(&code),
                    organisation,
                    admin,
                    membership,
                    password,
                })
            }
            _ => Err(problems),
        }
    }
}

impl SetupPlan {
    /// Hashes the password into the administrator's record. Blocking: call it in
    /// `spawn_blocking`.
    pub fn hashed(mut self) -> Result<Self, AuthError> {
        self.admin.password_hash = Some(self.password.hash()?);
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::password::verify_password;
    use crate::clock::{Clock, FixedClock};
    use proptest::prelude::*;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn good() -> SetupRequest {
        SetupRequest {
            code: "abcd efgh-jkmn-pqrs".into(),
            organisation_name: "  Demo Borough ".into(),
            admin_name: "Siân ap Rhys".into(),
            admin_email: "Sian@Example.org".into(),
            password: "vivid otter canal".into(),
        }
    }

    #[test]
    fn a_good_form_becomes_an_organisation_an_admin_and_a_membership() {
        let clock = FixedClock::at(T0);
        let plan = good().parse(clock.now()).unwrap();
        assert_eq!(plan.code_hash, setup_code_hash("ABCD-EFGH-JKMN-PQRS"));
        assert_eq!(plan.organisation.name, "Demo Borough");
        assert!(!plan.organisation.is_demo);
        assert_eq!(plan.organisation.created_at, T0);
        assert_eq!(plan.admin.display_name, "Siân ap Rhys");
        assert_eq!(
            plan.admin.email.as_ref().map(Email::key).as_deref(),
            Some("sian@example.org")
        );
        assert!(plan.admin.installation_admin);
        assert_eq!(plan.admin.password_hash, None);
        assert_eq!(plan.membership.org_id, plan.organisation.id);
        assert_eq!(plan.membership.user_id, plan.admin.id);
        assert_eq!(plan.membership.role, Role::OrgAdmin);
        assert!(plan.membership.is_active());

        let hashed = plan.hashed().unwrap();
        let phc = hashed.admin.password_hash.as_deref().unwrap();
        assert!(verify_password("vivid otter canal", phc));
    }

    #[test]
    fn every_problem_is_named_by_field_at_once() {
        let bad = SetupRequest {
            code: String::new(),
            organisation_name: " ".into(),
            admin_name: "evil\u{202E}name".into(),
            admin_email: "not-an-email".into(),
            password: "password".into(),
        };
        let problems = bad.parse(T0).unwrap_err();
        let fields: Vec<SetupField> = problems.iter().map(SetupProblem::field).collect();
        assert_eq!(
            fields,
            vec![
                SetupField::Code,
                SetupField::OrganisationName,
                SetupField::AdminEmail,
                SetupField::AdminName,
                SetupField::Password,
            ]
        );
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            vec![
                "Enter the setup code shown in the server's log",
                "Enter the organisation's name",
                "Enter an email address in the right form, like name@example.org",
                "Your name contains a hidden control character; please type it again",
                "That password is one of the most often guessed; choose another (a few unrelated words work well)",
            ]
        );
    }

    #[test]
    fn code_and_password_problems_in_plain_english() {
        let problems = SetupRequest {
            code: "ABCD-EFGH".into(),
            password: "sian@example.org".into(),
            ..good()
        }
        .parse(T0)
        .unwrap_err();
        assert_eq!(
            problems,
            vec![
                SetupProblem::CodeShape,
                SetupProblem::Password(PasswordProblem::SameAsLogin)
            ]
        );
        let long_name = SetupRequest {
            organisation_name: "x".repeat(121),
            password: "short".into(),
            ..good()
        }
        .parse(T0)
        .unwrap_err();
        assert_eq!(
            long_name
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            vec![
                "The organisation's name must be 120 characters or fewer",
                "Your password must be at least 8 characters long",
            ]
        );
        assert_eq!(SetupProblem::CodeNotRecognised.field(), SetupField::Code);
        assert_eq!(SetupField::AdminEmail.as_str(), "admin_email");
    }

    #[test]
    fn debug_never_shows_the_password_or_code() {
        let shown = format!("{:?}", good());
        assert!(!shown.contains("vivid"), "{shown}");
        assert!(!shown.contains("abcd"), "{shown}");
        let plan = format!("{:?}", good().parse(T0).unwrap());
        assert!(!plan.contains("vivid"), "{plan}");
    }

    proptest! {
        #[test]
        fn any_input_gives_a_plan_or_named_problems(
            code in "\\PC{0,30}",
            org in "\\PC{0,30}",
            name in "\\PC{0,30}",
            email in "\\PC{0,30}",
            password in "\\PC{0,30}",
        ) {
            let req = SetupRequest { code, organisation_name: org, admin_name: name, admin_email: email, password };
            match req.parse(T0) {
                Ok(plan) => {
                    prop_assert!(plan.admin.email.is_some());
                    prop_assert_eq!(plan.membership.org_id, plan.organisation.id);
                }
                Err(problems) => {
                    prop_assert!(!problems.is_empty());
                    for p in &problems {
                        prop_assert!(!p.to_string().is_empty());
                    }
                }
            }
        }
    }
}
