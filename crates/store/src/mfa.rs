//! The port for the second factor.

use super::StoreResult;
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::auth::mfa::{DeviceSeen, OrgMfaSetting, TotpFactor};
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};

/// The second factor (see [`moves_domain::auth::mfa`] and [`moves_domain::auth::totp`]): each
/// person's TOTP factor and recovery codes, each organisation's setting, and the
/// devices of people who have no second factor. Factors and devices belong to
/// people, so like sessions they are installation-wide; the setting is the
/// organisation's.
#[async_trait]
pub trait MfaStore: Send + Sync {
    /// The person's factor, set up or only being set up.
    async fn totp_factor(&self, user: UserId) -> StoreResult<Option<TotpFactor>>;
    /// Starts setting up a factor: stores `factor` (not yet enrolled) unless the
    /// person already has one, set up or being set up. Returns the factor the
    /// person now has, so a page shown twice shows the same secret.
    async fn begin_totp_enrolment(&self, factor: &TotpFactor) -> StoreResult<TotpFactor>;
    /// Confirms the factor being set up, in one transaction: marks it enrolled at
    /// `at` with `step` (the confirming code's) as its last used step, and
    /// replaces the person's recovery codes with `recovery_code_hashes`. Only if
    /// the factor is still not enrolled and its secret is `secret` (the one the
    /// code was checked against); otherwise changes nothing and answers false.
    /// Appends `audit` (an entry for each organisation the person belongs to)
    /// in the same transaction.
    async fn confirm_totp_enrolment(
        &self,
        user: UserId,
        secret: &str,
        step: u64,
        recovery_code_hashes: &[String],
        at: Timestamp,
        audit: &[AuditEntry],
    ) -> StoreResult<bool>;
    /// Uses a code's step: in one statement, records `step` as the last used
    /// only if the factor is enrolled and `step` is later than the last used
    /// (`UPDATE ... WHERE last_used_step IS NULL OR last_used_step < $step`).
    /// True when the code was fresh. Of concurrent uses of one step, on any
    /// number of servers, exactly one gets true.
    async fn use_totp_step(&self, user: UserId, step: u64) -> StoreResult<bool>;
    /// Uses a recovery code: in one statement, marks it used at `at` only if it
    /// is the person's and unused. True when it was.
    async fn use_recovery_code(
        &self,
        user: UserId,
        code_hash: &str,
        at: Timestamp,
    ) -> StoreResult<bool>;
    /// Seals every factor secret still stored as it was typed (from before
    /// secrets were sealed at rest) with the installation's keys; how many.
    async fn seal_plain_totp_secrets(&self) -> StoreResult<u64>;
    /// How many of the person's recovery codes are still unused.
    async fn unused_recovery_codes(&self, user: UserId) -> StoreResult<u64>;
    /// Removes the person's factor and recovery codes, ends their sessions
    /// (whoever holds the lost factor is signed out) and appends `audit` (an
    /// entry for each organisation the person belongs to), in one
    /// transaction. False (and nothing written) when there was nothing to
    /// remove.
    async fn reset_mfa(&self, user: UserId, audit: &[AuditEntry]) -> StoreResult<bool>;
    /// When each of these people enrolled a factor; people without an enrolled
    /// factor are left out. One query.
    async fn totp_enrolments(&self, users: &[UserId]) -> StoreResult<Vec<(UserId, Timestamp)>>;
    /// The organisation's setting; [`OrgMfaSetting::default`] (required) when
    /// none was ever stored.
    async fn org_mfa_setting(&self, org: OrgId) -> StoreResult<OrgMfaSetting>;
    /// Stores the organisation's setting and appends `audit`, in one transaction.
    async fn set_org_mfa_setting(
        &self,
        org: OrgId,
        setting: &OrgMfaSetting,
        audit: &AuditEntry,
    ) -> StoreResult<()>;
    /// Records that the person signed in from the device whose id hashes to
    /// `device_hash`, and says whether it was their first, a known or a new one.
    /// A new one appends `audit_if_new` in the same transaction.
    async fn remember_device(
        &self,
        user: UserId,
        device_hash: &str,
        at: Timestamp,
        audit_if_new: &[AuditEntry],
    ) -> StoreResult<DeviceSeen>;
    /// When the person last signed in from a new device ([`DeviceSeen::New`]) at
    /// or after `since`, if they did.
    async fn latest_new_device(
        &self,
        user: UserId,
        since: Timestamp,
    ) -> StoreResult<Option<Timestamp>>;
}
