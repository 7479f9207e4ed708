//! The SQL both stores share.
//!
//! SQLite and PostgreSQL accept the same `$1` placeholders and, for everything the
//! platform needs so far, the same statements. So each store trait is implemented
//! once here, as a macro that a backend crate instantiates for its own store type:
//! the statements are then checked against each real database by the conformance
//! suite. A backend whose SQL must differ implements that trait itself instead.
//!
//! A store type using these macros provides `fn reader(&self) -> &Pool<DB>` (for
//! reads) and `fn writer(&self) -> &Pool<DB>` (for writes): on SQLite the writer is
//! a single connection, which avoids lock upgrades between concurrent writers.
//! It provides `fn keys(&self) -> &Keyring`, the installation's keys, which seal
//! second-factor secrets at rest.
//! It also provides `const SETUP_LOCK: Option<&'static str>`, the statement that
//! makes concurrent first-run setups wait for each other (see `setup.rs`), and
//! `const SWEEP_ATTEMPTS: &'static str`, the statement that sweeps old sign-in
//! counts without waiting for a sign-in that holds them (see `throttle.rs`),
//! and `const SNAPSHOT: Option<&'static str>`, the statement that makes a read
//! transaction see one moment throughout (see `audit.rs`: checking a chain).

mod error;
mod rows;

pub use agreed_changes::AgreedChangeRow;
pub use audit::{CHAIN_PAGE, CHAINED_COLUMNS, ChainedAuditRow, chain_fields, chain_link};
pub use checks::{
    AnswerRow as CheckAnswerRow, CheckRow, PerspectiveRow, assemble_answers, assemble_checks,
    assemble_perspectives, chosen_moves_column,
};
pub use error::map_err;
pub use mfa::{OrgSettingRow, TotpFactorRow, open_totp_secret, seal_totp_secret, step_to_db};
pub use notes::NoteRow;
pub use plans::{PlanRow, plan_body};
pub use rows::{AdaptationRow, VersionSummaryRow};
pub use rows::{
    AuditRow, KeptFormRow, MembershipRow, OneTimeTokenRow, OrganisationRow, SessionRow, UserRow,
};
pub use rows::{CircleMemberRow, CircleRow, CircleSummaryRow};
pub use rows::{TeamMemberRow, TeamRow};
pub use sharing::AgreementRow;

mod adaptations;
mod agreed_changes;
mod audit;
mod checks;
mod circle_lists;
mod circles;
mod digest;
mod family_invites;
mod form_keys;
mod home;
mod kept_forms;
mod keyset;
mod memberships;
mod mfa;
mod notes;
mod one_time;
mod organisations;
mod plans;
mod privacy;
mod secrets;
mod sessions;
mod setup;
mod sharing;
mod teams;
mod throttle;
mod users;
mod versioned;
mod write_budget;

/// Re-exported so the macros can name them from the backend crates.
#[doc(hidden)]
pub mod reexport {
    pub use async_trait;
    pub use moves_domain;
    pub use moves_store;
    pub use sqlx;
    pub use uuid;
}

/// Implements every store trait whose SQL is shared, for one backend's store type.
#[macro_export]
macro_rules! impl_shared_stores {
    ($store:ty) => {
        $crate::impl_organisation_store!($store);
        $crate::impl_user_store!($store);
        $crate::impl_membership_store!($store);
        $crate::impl_session_store!($store);
        $crate::impl_audit_store!($store);
        $crate::impl_throttle_store!($store);
        $crate::impl_setup_store!($store);
        $crate::impl_secret_store!($store);
        $crate::impl_one_time_token_store!($store);
        $crate::impl_mfa_store!($store);
        $crate::impl_team_store!($store);
        $crate::impl_kept_form_store!($store);
        $crate::impl_adaptation_store!($store);
        $crate::impl_circle_store!($store);
        $crate::impl_circle_list_store!($store);
        $crate::impl_privacy_notice_store!($store);
        $crate::impl_note_store!($store);
        $crate::impl_sharing_agreement_store!($store);
        $crate::impl_check_store!($store);
        $crate::impl_plan_store!($store);
        $crate::impl_home_store!($store);
        $crate::impl_digest_store!($store);
        $crate::impl_form_key_store!($store);
        $crate::impl_write_budget_store!($store);
        $crate::impl_family_invite_store!($store);
    };
}
