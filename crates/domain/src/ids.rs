//! Typed identifiers. Every id is a UUIDv7: unique across servers, and ordered by
//! creation time, which keeps database indexes compact.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A fresh, time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }
            pub const fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl From<Uuid> for $name {
            fn from(uuid: Uuid) -> Self {
                Self(uuid)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

id_type!(
    /// An organisation: a tenant, sealed from every other.
    OrgId
);
id_type!(
    /// A person who can sign in. People are installation-wide: one person may
    /// belong to several organisations.
    UserId
);
id_type!(
    /// One person's role in one organisation.
    MembershipId
);
id_type!(
    /// One entry of the append-only audit log.
    AuditId
);
id_type!(
    /// A form kept because its sender's session had ended.
    KeptFormId
);
id_type!(
    /// A team inside one organisation (people who work together).
    TeamId
);
id_type!(
    /// A circle: one child, young person, adult or family (the focus) with the
    /// people around them.
    CircleId
);
id_type!(
    /// One person in one circle, with or without an account.
    CircleMemberId
);
id_type!(
    /// A note in a circle's journal. The form that writes one carries it, so
    /// the same form sent twice saves one note.
    NoteId
);
id_type!(
    /// A sharing agreement recorded in a circle. The form that records one
    /// carries it, so the same form sent twice records one agreement.
    AgreementId
);
id_type!(
    /// A resilience check in a circle: the perspectives taken part in it and
    /// the version agreed together.
    CheckId
);
id_type!(
    /// One person's perspective in a check.
    PerspectiveId
);
id_type!(
    /// A plan in a circle: focus moves, actions, goals and reviews.
    PlanId
);
id_type!(
    /// One action of a plan: what we will do, who, by when.
    ActionId
);
id_type!(
    /// One goal (Goal Based Outcomes) set in a plan by a member of the circle.
    GoalId
);
id_type!(
    /// One review of a plan.
    ReviewId
);
id_type!(
    /// One entry added to a plan (an action marked done, a goal rated). Made
    /// when the form is shown, so the same form sent twice is saved once.
    PlanEntryId
);
