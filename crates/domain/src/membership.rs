//! Memberships: one person's role in one organisation.

use crate::clock::Timestamp;
use crate::ids::{MembershipId, OrgId, UserId};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The roles inside an organisation. What each may do is the permission policy
/// (see `docs/permissions.md`). The installation administrator is not a role in
/// an organisation but a flag on the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    OrgAdmin,
    Manager,
    Practitioner,
    ParentCarer,
    YoungPerson,
    Viewer,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::OrgAdmin,
        Role::Manager,
        Role::Practitioner,
        Role::ParentCarer,
        Role::YoungPerson,
        Role::Viewer,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Role::OrgAdmin => "org_admin",
            Role::Manager => "manager",
            Role::Practitioner => "practitioner",
            Role::ParentCarer => "parent_carer",
            Role::YoungPerson => "young_person",
            Role::Viewer => "viewer",
        }
    }

    /// Staff roles sign in with a second factor.
    pub const fn is_staff(self) -> bool {
        matches!(
            self,
            Role::OrgAdmin | Role::Manager | Role::Practitioner | Role::Viewer
        )
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}")]
pub struct UnknownRole(pub String);

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub id: MembershipId,
    pub org_id: OrgId,
    pub user_id: UserId,
    pub role: Role,
    pub created_at: Timestamp,
    /// Set when the membership was taken away; it then grants nothing.
    pub revoked_at: Option<Timestamp>,
}

impl Membership {
    pub fn new(org_id: OrgId, user_id: UserId, role: Role, now: Timestamp) -> Self {
        Self {
            id: MembershipId::new(),
            org_id,
            user_id,
            role,
            created_at: now,
            revoked_at: None,
        }
    }
    pub fn is_active(&self) -> bool {
        self.revoked_at.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>().unwrap(), role);
        }
        assert!("superuser".parse::<Role>().is_err());
    }
}
