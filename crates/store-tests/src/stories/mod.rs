//! One story per behaviour of the store traits. Together they call every method.

pub(crate) use moves_domain::audit::{AuditAction, AuditScope};
pub(crate) use moves_domain::auth::one_time::{OneTimeToken, Purpose};
pub(crate) use moves_domain::clock::Timestamp;
pub(crate) use moves_domain::ids::{MembershipId, OrgId, UserId};
pub(crate) use moves_domain::membership::{Membership, Role};
pub(crate) use moves_domain::organisation::Organisation;
pub(crate) use moves_domain::session::{Session, hash_token};
pub(crate) use moves_domain::user::{Email, User};
pub(crate) use moves_store::{AuditEntry, AuditQuery};
pub(crate) use moves_store::{SetupOutcome, Store, StoreError};

pub(crate) const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

pub(crate) async fn org(store: &dyn Store, name: &str) -> Organisation {
    let org = Organisation::new(name, false, T0).unwrap();
    store.create_organisation(&org).await.unwrap();
    org
}

pub(crate) async fn person(store: &dyn Store, name: &str, email: &str) -> User {
    let user = User::new(name, Some(Email::parse(email).unwrap()), T0).unwrap();
    store.create_user(&user).await.unwrap();
    user
}

/// The audit entry of a change made to set a story's scene, in `org`'s log.
pub(crate) fn logged(org: OrgId, action: AuditAction) -> AuditEntry {
    AuditEntry::new(AuditScope::Organisation(org), T0, None, action)
}

pub(crate) async fn member(
    store: &dyn Store,
    org: &Organisation,
    user: &User,
    role: Role,
) -> Membership {
    let m = Membership::new(org.id, user.id, role, T0);
    store.add_membership(&m).await.unwrap();
    m
}

mod account_changes;
mod adaptations;
mod admin_changes;
mod audit;
mod audit_chain;
mod checks;
mod circle_lists;
mod circle_scene;
mod circles;
mod digest;
mod family_invites;
mod home;
mod kept_forms;
mod limits;
mod memberships;
mod mfa;
mod notes;
mod one_time;
mod people;
mod plans;
mod privacy;
mod sessions;
mod setup;
mod sharing;
mod teams;
mod throttle;

pub use account_changes::*;
pub use adaptations::*;
pub use admin_changes::*;
pub use audit::*;
pub use audit_chain::*;
pub use checks::*;
pub use circle_lists::*;
pub use circles::*;
pub use digest::*;
pub use family_invites::*;
pub use home::*;
pub use kept_forms::*;
pub use limits::*;
pub use memberships::*;
pub use mfa::*;
pub use notes::*;
pub use one_time::*;
pub use people::*;
pub use plans::*;
pub use privacy::*;
pub use sessions::*;
pub use setup::*;
pub use sharing::*;
pub use teams::*;
pub use throttle::*;
