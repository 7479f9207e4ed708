//! The ports `moves-core` needs from a database, and the audit entries written
//! through them. Each backend crate implements them and the conformance suite in
//! `store-tests` proves the implementations behave alike.
//!
//! The web layer does not depend on this crate: it cannot reach a store or make
//! an audit entry, so every read of a record and every change goes through a use
//! case in `moves-core`, which decides who may and audits it.
//!
//! Every method on tenant-owned data takes the [`OrgId`] first: a query cannot be
//! written without saying whose data it is about.
//!
//! One file per port; everything is re-exported here, so callers always name
//! `store::X` whichever file it lives in.

// Named only by the link in the doc comment above.
#[cfg(doc)]
use moves_domain::ids::OrgId;

mod adaptations;
mod audit;
mod checks;
mod circle_lists;
mod circles;
mod digest;
mod family_invites;
mod form_keys;
mod health;
mod home;
mod kept_forms;
mod memberships;
mod mfa;
mod notes;
mod one_time;
mod organisations;
mod plans;
mod privacy;
mod result;
mod secrets;
mod sessions;
mod setup;
mod sharing;
mod teams;
mod throttle;
mod users;
mod write_budget;

pub use adaptations::AdaptationStore;
pub use audit::{AuditEntry, AuditQuery, AuditStore};
pub use checks::CheckStore;
pub use circle_lists::{CircleListStore, CirclePage};
pub use circles::{CircleStore, CircleSummary};
pub use digest::{DigestRecipient, DigestStore};
pub use family_invites::{CircleInvitation, CircleJoin, FamilyInviteStore};
pub use form_keys::FormKeyStore;
pub use health::{PoolStats, StoreHealth};
pub use home::HomeStore;
pub use kept_forms::KeptFormStore;
pub use memberships::MembershipStore;
pub use mfa::MfaStore;
pub use notes::NoteStore;
pub use one_time::{InviteAcceptance, OneTimeTokenStore};
pub use organisations::OrganisationStore;
pub use plans::PlanStore;
pub use privacy::PrivacyNoticeStore;
pub use result::{StoreError, StoreResult, VersionedWrite};
pub use secrets::SecretStore;
pub use sessions::SessionStore;
pub use setup::{SetupOutcome, SetupStore};
pub use sharing::SharingAgreementStore;
pub use teams::TeamStore;
pub use throttle::ThrottleStore;
pub use users::{PasswordChange, UserStore};
pub use write_budget::WriteBudgetStore;

/// Everything a server needs from its database.
pub trait Store:
    OrganisationStore
    + UserStore
    + MembershipStore
    + SessionStore
    + AuditStore
    + ThrottleStore
    + SetupStore
    + SecretStore
    + OneTimeTokenStore
    + MfaStore
    + KeptFormStore
    + TeamStore
    + AdaptationStore
    + CircleStore
    + CircleListStore
    + PrivacyNoticeStore
    + NoteStore
    + SharingAgreementStore
    + CheckStore
    + PlanStore
    + HomeStore
    + DigestStore
    + FormKeyStore
    + WriteBudgetStore
    + FamilyInviteStore
    + StoreHealth
{
}

impl<T> Store for T where
    T: OrganisationStore
        + UserStore
        + MembershipStore
        + SessionStore
        + AuditStore
        + ThrottleStore
        + SetupStore
        + SecretStore
        + OneTimeTokenStore
        + MfaStore
        + KeptFormStore
        + TeamStore
        + AdaptationStore
        + CircleStore
        + CircleListStore
        + PrivacyNoticeStore
        + NoteStore
        + SharingAgreementStore
        + CheckStore
        + PlanStore
        + HomeStore
        + DigestStore
        + FormKeyStore
        + WriteBudgetStore
        + FamilyInviteStore
        + StoreHealth
{
}
