//! Demo data for trying the platform (`moves seed-demo`): two organisations,
//! "Demo Borough" and "Other Trust", each with one person in every role, all
//! sharing one password. Both organisations are marked `is_demo`, so every page
//! of theirs shows a "demo data" banner and `serve` warns in its log while they
//! exist.
//!
//! Demo data never mixes with real data: [`DemoPlan::new`] refuses a database
//! that holds any organisation not marked as demo. It is also safe to run twice:
//! the plan holds only what is missing, so a second run changes nothing.

use crate::auth::AuthError;
use crate::auth::token::new_setup_code;
use crate::clock::Timestamp;
use crate::membership::{Membership, Role};
use crate::organisation::Organisation;
use crate::user::{Email, User};
use std::collections::HashMap;
use thiserror::Error;

/// One of the demo organisations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoOrganisation {
    pub name: &'static str,
    /// The email domain of its people.
    pub domain: &'static str,
    /// The first word of its people's names ("Demo Admin").
    pub label: &'static str,
}

/// One of the people each demo organisation has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoPerson {
    /// The part of the email address before the `@`.
    pub local_part: &'static str,
    /// The rest of the display name ("Admin" in "Demo Admin").
    pub title: &'static str,
    pub role: Role,
}

pub const DEMO_ORGANISATIONS: [DemoOrganisation; 2] = [
    DemoOrganisation {
        name: "Demo Borough",
        domain: "demo.example",
        label: "Demo",
    },
    DemoOrganisation {
        name: "Other Trust",
        domain: "other.example",
        label: "Other",
    },
];

/// One person of every role, in each demo organisation.
pub const DEMO_PEOPLE: [DemoPerson; 6] = [
    DemoPerson {
        local_part: "admin",
        title: "Admin",
        role: Role::OrgAdmin,
    },
    DemoPerson {
        local_part: "manager",
        title: "Manager",
        role: Role::Manager,
    },
    DemoPerson {
        local_part: "practitioner",
        title: "Practitioner",
        role: Role::Practitioner,
    },
    DemoPerson {
        local_part: "parent",
        title: "Parent",
        role: Role::ParentCarer,
    },
    DemoPerson {
        local_part: "young",
        title: "Young Person",
        role: Role::YoungPerson,
    },
    DemoPerson {
        local_part: "viewer",
        title: "Viewer",
        role: Role::Viewer,
    },
];

impl DemoOrganisation {
    pub fn organisation(&self, now: Timestamp) -> Organisation {
        Organisation {
            id: crate::ids::OrgId::new(),
            name: self.name.to_owned(),
            is_demo: true,
            created_at: now,
        }
    }
}

impl DemoPerson {
    /// `admin@demo.example` and so on.
    pub fn email_address(&self, org: &DemoOrganisation) -> String {
        format!("{}@{}", self.local_part, org.domain)
    }

    pub fn display_name(&self, org: &DemoOrganisation) -> String {
        format!("{} {}", org.label, self.title)
    }

    /// The person, without a password (it is hashed by whoever writes them).
    pub fn user(&self, org: &DemoOrganisation, now: Timestamp) -> User {
        User {
            id: crate::ids::UserId::new(),
            display_name: self.display_name(org),
            // The addresses above are always valid; parse keeps one code path.
            email: Email::parse(&self.email_address(org)).ok(),
            username: None,
            password_hash: None,
            installation_admin: false,
            created_at: now,
            language: None,
        }
    }
}

/// Every demo organisation with its people and their memberships, built fresh
/// (for an empty database).
pub fn build(now: Timestamp) -> Vec<(Organisation, Vec<(User, Membership)>)> {
    DEMO_ORGANISATIONS
        .iter()
        .map(|spec| {
            let org = spec.organisation(now);
            let people = DEMO_PEOPLE
                .iter()
                .map(|p| {
                    let user = p.user(spec, now);
                    let membership = Membership::new(org.id, user.id, p.role, now);
                    (user, membership)
                })
                .collect();
            (org, people)
        })
        .collect()
}

/// Why demo data will not be written.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DemoRefusal {
    #[error(
        "this database holds {count} real organisation(s), so seed-demo will not add demo accounts with a known password to it; use a new data directory or database for the demo"
    )]
    RealOrganisations { count: usize },
}

/// What is missing from the database for the demo to be complete. Empty when
/// the demo data is all there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoPlan {
    pub organisations: Vec<Organisation>,
    /// New people, without a password hash yet.
    pub users: Vec<User>,
    pub memberships: Vec<Membership>,
}

impl DemoPlan {
    /// Compares the demo with what exists: `organisations` is every organisation
    /// in the database, `users` the people found by the demo email addresses
    /// (keyed by the address in lowercase), `memberships` those people's active
    /// memberships. Refuses when any organisation is not a demo one.
    pub fn new(
        now: Timestamp,
        organisations: &[Organisation],
        users: &HashMap<String, User>,
        memberships: &[Membership],
    ) -> Result<Self, DemoRefusal> {
        let real = organisations.iter().filter(|o| !o.is_demo).count();
        if real > 0 {
            return Err(DemoRefusal::RealOrganisations { count: real });
        }
        let mut plan = DemoPlan::default();
        let mut new_users: HashMap<String, User> = HashMap::new();
        for spec in &DEMO_ORGANISATIONS {
            let org = match organisations.iter().find(|o| o.name == spec.name) {
                Some(existing) => existing.clone(),
                None => {
                    let org = spec.organisation(now);
                    plan.organisations.push(org.clone());
                    org
                }
            };
            for person in &DEMO_PEOPLE {
                let key = person.email_address(spec).to_lowercase();
                let user = match users.get(&key).or_else(|| new_users.get(&key)) {
                    Some(u) => u.clone(),
                    None => {
                        let u = person.user(spec, now);
                        new_users.insert(key, u.clone());
                        plan.users.push(u.clone());
                        u
                    }
                };
                let has_role = memberships
                    .iter()
                    .any(|m| m.org_id == org.id && m.user_id == user.id && m.role == person.role);
                if !has_role {
                    plan.memberships
                        .push(Membership::new(org.id, user.id, person.role, now));
                }
            }
        }
        Ok(plan)
    }

    /// Whether there is nothing to do: the demo data is all there.
    pub fn is_empty(&self) -> bool {
        self.organisations.is_empty() && self.users.is_empty() && self.memberships.is_empty()
    }
}

/// A password for the demo accounts when none is given: `demo-` and a random
/// setup-style code (80 bits), easy to type and never a common password.
pub fn random_demo_password() -> Result<String, AuthError> {
    Ok(format!("demo-{}", new_setup_code()?.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::password::check_new_password;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn two_organisations_with_one_person_of_every_role() {
        let built = build(T0);
        assert_eq!(built.len(), 2);
        let names: Vec<&str> = built.iter().map(|(o, _)| o.name.as_str()).collect();
        assert_eq!(names, ["Demo Borough", "Other Trust"]);
        for (org, people) in &built {
            assert!(org.is_demo);
            let roles: Vec<Role> = people.iter().map(|(_, m)| m.role).collect();
            assert_eq!(roles, Role::ALL);
            for (user, m) in people {
                assert_eq!((m.org_id, m.user_id), (org.id, user.id));
                assert!(user.email.is_some(), "{}", user.display_name);
            }
        }
        let (_, demo) = &built[0];
        let emails: Vec<String> = demo
            .iter()
            .map(|(u, _)| u.email.as_ref().unwrap().as_str().to_owned())
            .collect();
        assert_eq!(
            emails,
            [
                "admin@demo.example",
                "manager@demo.example",
                "practitioner@demo.example",
                "parent@demo.example",
                "young@demo.example",
                "viewer@demo.example",
            ]
        );
        assert_eq!(demo[0].0.display_name, "Demo Admin");
        assert_eq!(built[1].1[4].0.display_name, "Other Young Person");
        assert_eq!(
            built[1].1[2].0.email.as_ref().unwrap().as_str(),
            "practitioner@other.example"
        );
    }

    #[test]
    fn an_empty_database_gets_everything_and_a_complete_one_nothing() {
        let plan = DemoPlan::new(T0, &[], &HashMap::new(), &[]).unwrap();
        assert_eq!(plan.organisations.len(), 2);
        assert_eq!(plan.users.len(), 12);
        assert_eq!(plan.memberships.len(), 12);

        // As if the first plan had been written.
        let users: HashMap<String, User> = plan
            .users
            .iter()
            .map(|u| (u.email.as_ref().unwrap().key(), u.clone()))
            .collect();
        let again = DemoPlan::new(T0, &plan.organisations, &users, &plan.memberships).unwrap();
        assert!(again.is_empty(), "{again:?}");

        // One membership lost: only it is put back.
        let again = DemoPlan::new(T0, &plan.organisations, &users, &plan.memberships[1..]).unwrap();
        assert!(again.organisations.is_empty() && again.users.is_empty());
        assert_eq!(again.memberships.len(), 1);
        assert_eq!(again.memberships[0].user_id, plan.memberships[0].user_id);
    }

    #[test]
    fn real_organisations_are_never_mixed_with_demo_data() {
        let demo = Organisation::new("Demo Borough", true, T0).unwrap();
        let real = Organisation::new("Northside Family Hub", false, T0).unwrap();
        let refused = DemoPlan::new(T0, &[demo, real], &HashMap::new(), &[]).unwrap_err();
        assert_eq!(refused, DemoRefusal::RealOrganisations { count: 1 });
        assert!(refused.to_string().contains("1 real organisation"));
    }

    #[test]
    fn the_random_password_is_a_good_one() {
        let a = random_demo_password().unwrap();
        assert!(a.starts_with("demo-"), "{a}");
        assert_eq!(check_new_password(&a, None), Ok(()));
        assert_ne!(a, random_demo_password().unwrap());
    }
}
