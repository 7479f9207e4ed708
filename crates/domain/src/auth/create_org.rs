//! Creating an organisation and its first administrator from the command line
//! (`moves admin create-org`): the rule, not the command. The command parses the
//! request here, looks the administrator up by email (one person may belong to
//! several organisations, so an existing person is reused), writes what
//! [`CreateOrgPlan`] builds, and prints a one-time set-password link
//! ([`super::one_time`]).

use crate::clock::Timestamp;
use crate::membership::{Membership, Role};
use crate::organisation::Organisation;
use crate::text::{TextError, clean_line};
use crate::user::{DISPLAY_NAME_MAX, Email, EmailError, User};
use std::fmt;

/// What the operator typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CreateOrgRequest {
    pub name: String,
    pub admin_email: String,
    /// The administrator's name; when not given, the part of the email address
    /// before the `@` (they can be renamed later).
    pub admin_name: Option<String>,
}

/// One thing wrong with the request, in plain English (its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreateOrgProblem {
    Name(TextError),
    AdminEmail(EmailError),
    AdminName(TextError),
    /// An organisation with this name (ignoring case) exists already.
    NameTaken(String),
}

impl fmt::Display for CreateOrgProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CreateOrgProblem::Name(TextError::Empty) => {
                f.write_str("the organisation's name (--name) is empty")
            }
            CreateOrgProblem::Name(e) => write!(f, "the organisation's name (--name) {e}"),
            CreateOrgProblem::AdminEmail(EmailError::Text(TextError::Empty)) => {
                f.write_str("the administrator's email address (--admin-email) is empty")
            }
            CreateOrgProblem::AdminEmail(EmailError::Shape) => f.write_str(
                "the administrator's email address (--admin-email) is not in the right form, like name@example.org",
            ),
            CreateOrgProblem::AdminEmail(EmailError::Text(e)) => {
                write!(f, "the administrator's email address (--admin-email) {e}")
            }
            CreateOrgProblem::AdminName(TextError::Empty) => {
                f.write_str("the administrator's name (--admin-name) is empty")
            }
            CreateOrgProblem::AdminName(e) => write!(f, "the administrator's name (--admin-name) {e}"),
            CreateOrgProblem::NameTaken(name) => write!(
                f,
                "an organisation named {name:?} already exists; choose another name"
            ),
        }
    }
}

impl std::error::Error for CreateOrgProblem {}

/// A valid request, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateOrgPlan {
    pub organisation: Organisation,
    pub admin_email: Email,
    /// The name a new administrator gets (an existing person keeps theirs).
    pub admin_name: String,
}

impl CreateOrgRequest {
    /// Checks every part and names every problem at once.
    pub fn parse(&self, now: Timestamp) -> Result<CreateOrgPlan, Vec<CreateOrgProblem>> {
        let mut problems = Vec::new();
        let organisation = Organisation::new(&self.name, false, now)
            .map_err(|e| problems.push(CreateOrgProblem::Name(e)))
            .ok();
        let email = Email::parse(&self.admin_email)
            .map_err(|e| problems.push(CreateOrgProblem::AdminEmail(e)))
            .ok();
        let name = match (&self.admin_name, &email) {
            (Some(given), _) => clean_line(given, DISPLAY_NAME_MAX)
                .map_err(|e| problems.push(CreateOrgProblem::AdminName(e)))
                .ok(),
            (None, Some(email)) => {
                let local = email.as_str().rsplit_once('@').map_or("", |(l, _)| l);
                clean_line(local, DISPLAY_NAME_MAX).ok()
            }
            (None, None) => None,
        };
        match (organisation, email, name) {
            (Some(organisation), Some(admin_email), Some(admin_name)) if problems.is_empty() => {
                Ok(CreateOrgPlan {
                    organisation,
                    admin_email,
                    admin_name,
                })
            }
            _ => Err(problems),
        }
    }
}

impl CreateOrgPlan {
    /// The organisation that already has this name (ignoring case), if any:
    /// running the command twice must not make two organisations.
    pub fn existing<'a>(&self, organisations: &'a [Organisation]) -> Option<&'a Organisation> {
        let wanted = self.organisation.name.to_lowercase();
        organisations
            .iter()
            .find(|o| o.name.to_lowercase() == wanted)
    }

    /// Refuses a name an existing organisation has (ignoring case).
    pub fn check_name_is_free(&self, existing: &[Organisation]) -> Result<(), CreateOrgProblem> {
        match self.existing(existing) {
            Some(o) => Err(CreateOrgProblem::NameTaken(o.name.clone())),
            None => Ok(()),
        }
    }

    /// The administrator: the person who already has this email address, or a
    /// new person (without a password) when nobody has. The flag says which.
    pub fn admin(&self, existing: Option<User>, now: Timestamp) -> Result<(User, bool), TextError> {
        match existing {
            Some(user) => Ok((user, false)),
            None => Ok((
                User::new(&self.admin_name, Some(self.admin_email.clone()), now)?,
                true,
            )),
        }
    }

    /// The administrator's `org_admin` membership of the new organisation.
    pub fn membership(&self, admin: &User) -> Membership {
        Membership::new(
            self.organisation.id,
            admin.id,
            Role::OrgAdmin,
            self.organisation.created_at,
        )
    }
}

/// Whether the administrator needs a set-password link: always when they have no
/// password yet; when they have one, only if the operator asked to replace it.
pub fn needs_password_link(admin: &User, reset_password: bool) -> bool {
    admin.password_hash.is_none() || reset_password
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn request(name: &str, email: &str, admin: Option<&str>) -> CreateOrgRequest {
        CreateOrgRequest {
            name: name.into(),
            admin_email: email.into(),
            admin_name: admin.map(Into::into),
        }
    }

    #[test]
    fn a_good_request_becomes_an_organisation_and_an_admin() {
        let plan = request(
            " Northside Family Hub ",
            "Sian@Example.org",
            Some("Siân ap Rhys"),
        )
        .parse(T0)
        .unwrap();
        assert_eq!(plan.organisation.name, "Northside Family Hub");
        assert!(!plan.organisation.is_demo);
        assert_eq!(plan.admin_email.key(), "sian@example.org");
        let (admin, new) = plan.admin(None, T0).unwrap();
        assert!(new);
        assert_eq!(admin.display_name, "Siân ap Rhys");
        assert_eq!(admin.password_hash, None);
        assert!(!admin.installation_admin);
        let m = plan.membership(&admin);
        assert_eq!(
            (m.org_id, m.user_id, m.role),
            (plan.organisation.id, admin.id, Role::OrgAdmin)
        );
    }

    #[test]
    fn an_existing_person_is_reused_and_the_name_defaults_to_the_email() {
        let plan = request("Hub", "jo.bloggs@example.org", None)
            .parse(T0)
            .unwrap();
        assert_eq!(plan.admin_name, "jo.bloggs");
        let jo = User::new("Jo Bloggs", Some(plan.admin_email.clone()), T0).unwrap();
        let (admin, new) = plan.admin(Some(jo.clone()), T0).unwrap();
        assert!(!new);
        assert_eq!(admin, jo);
    }

    #[test]
    fn a_link_is_made_for_a_new_password_or_when_asked() {
        let mut jo = User::new("Jo", None, T0).unwrap();
        assert!(needs_password_link(&jo, false));
        jo.password_hash = Some("$argon2id$...".into());
        assert!(!needs_password_link(&jo, false));
        assert!(needs_password_link(&jo, true));
    }

    #[test]
    fn every_problem_is_named_at_once_in_plain_english() {
        let problems = request(" ", "not-an-email", Some("evil\u{202E}name"))
            .parse(T0)
            .unwrap_err();
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            vec![
                "the organisation's name (--name) is empty",
                "the administrator's email address (--admin-email) is not in the right form, like name@example.org",
                "the administrator's name (--admin-name) contains a hidden control character (code 0x202e)",
            ]
        );
        let problems = request(&"x".repeat(121), "", None).parse(T0).unwrap_err();
        assert_eq!(
            problems,
            vec![
                CreateOrgProblem::Name(TextError::TooLong { max: 120 }),
                CreateOrgProblem::AdminEmail(EmailError::Text(TextError::Empty)),
            ]
        );
    }

    #[test]
    fn a_name_already_in_use_is_refused_without_regard_to_case() {
        let plan = request("Demo Borough", "a@example.org", None)
            .parse(T0)
            .unwrap();
        let existing = Organisation::new("DEMO BOROUGH", true, T0).unwrap();
        assert_eq!(
            plan.check_name_is_free(std::slice::from_ref(&existing)),
            Err(CreateOrgProblem::NameTaken("DEMO BOROUGH".into()))
        );
        let other = Organisation::new("Other Trust", true, T0).unwrap();
        assert_eq!(plan.check_name_is_free(&[other]), Ok(()));
    }
}
