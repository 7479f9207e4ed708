//! The ports `core` needs from a database. Each backend crate implements them and
//! the conformance suite in `store-tests` proves the implementations behave alike.
//!
//! Every method on tenant-owned data takes the [`OrgId`] first: a query cannot be
//! written without saying whose data it is about.

use crate::audit::{AuditEntry, AuditQuery};
use crate::auth::mfa::{DeviceSeen, OrgMfaSetting, TotpFactor};
use crate::auth::one_time::OneTimeToken;
use crate::clock::Timestamp;
use crate::ids::{KeptFormId, MembershipId, OrgId, UserId};
use crate::kept_form::KeptForm;
use crate::membership::{Membership, Role};
use crate::organisation::Organisation;
use crate::session::Session;
use crate::user::User;
use async_trait::async_trait;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    /// A uniqueness rule was broken (an email already in use). The text names the rule.
    #[error("already exists: {0}")]
    Conflict(String),
    /// The database could not be reached or answered with an error.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// The stored data does not make sense (a value no version of us writes).
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

#[async_trait]
pub trait OrganisationStore: Send + Sync {
    async fn create_organisation(&self, org: &Organisation) -> StoreResult<()>;
    /// In one transaction: the organisation, its first administrator's
    /// membership, the person too when `new_admin` is given, and the audit
    /// entries. Nothing is written if any part fails.
    async fn create_organisation_with_admin(
        &self,
        org: &Organisation,
        new_admin: Option<&User>,
        membership: &Membership,
        audit: &[AuditEntry],
    ) -> StoreResult<()>;
    async fn organisation(&self, id: OrgId) -> StoreResult<Option<Organisation>>;
    async fn list_organisations(&self) -> StoreResult<Vec<Organisation>>;
    async fn count_organisations(&self) -> StoreResult<u64>;
}

#[async_trait]
pub trait UserStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] when the email or username is taken
    /// (compared without regard to case).
    async fn create_user(&self, user: &User) -> StoreResult<()>;
    async fn user(&self, id: UserId) -> StoreResult<Option<User>>;
    /// Several people at once (for a list that names them): one query, not one
    /// per person. Unknown ids are left out.
    async fn users(&self, ids: &[UserId]) -> StoreResult<Vec<User>>;
    /// By email address or username, without regard to case.
    async fn user_by_login(&self, login: &str) -> StoreResult<Option<User>>;
    /// Returns false when there is no such person.
    async fn set_password_hash(&self, id: UserId, hash: &str) -> StoreResult<bool>;
}

#[async_trait]
pub trait MembershipStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] if the person already has that role there.
    async fn add_membership(&self, membership: &Membership) -> StoreResult<()>;
    async fn membership(&self, org: OrgId, id: MembershipId) -> StoreResult<Option<Membership>>;
    /// A person's active memberships, in every organisation.
    async fn memberships_of_user(&self, user: UserId) -> StoreResult<Vec<Membership>>;
    /// Everyone in one organisation, revoked memberships included.
    async fn members_of_organisation(&self, org: OrgId) -> StoreResult<Vec<Membership>>;
    /// Returns false when there was no active membership to revoke. A person
    /// left with no active role in the organisation leaves its teams too, in
    /// the same transaction.
    async fn revoke_membership(
        &self,
        org: OrgId,
        id: MembershipId,
        at: Timestamp,
    ) -> StoreResult<bool>;
    /// Gives back a role that was taken away (an invitation to it was
    /// accepted), from `at`: the membership's id, or `None` if the person never
    /// had the role here or has it now.
    async fn restore_membership(
        &self,
        org: OrgId,
        user: UserId,
        role: Role,
        at: Timestamp,
    ) -> StoreResult<Option<MembershipId>>;
}

#[async_trait]
pub trait SessionStore: Send + Sync {
    async fn create_session(&self, session: &Session) -> StoreResult<()>;
    async fn session(&self, token_hash: &str) -> StoreResult<Option<Session>>;
    /// Records activity (for the idle timeout) and the organisation being worked in.
    async fn touch_session(
        &self,
        token_hash: &str,
        at: Timestamp,
        org: Option<OrgId>,
    ) -> StoreResult<bool>;
    /// Sign-out: the session is gone, not merely marked.
    async fn end_session(&self, token_hash: &str) -> StoreResult<bool>;
    /// Every session of one person (after a password reset); returns how many ended.
    async fn end_sessions_of_user(&self, user: UserId) -> StoreResult<u64>;
    /// Removes sessions idle since before `idle_before` or started before `started_before`.
    async fn end_expired_sessions(
        &self,
        idle_before: Timestamp,
        started_before: Timestamp,
    ) -> StoreResult<u64>;
}

#[async_trait]
pub trait AuditStore: Send + Sync {
    async fn append_audit(&self, entry: &AuditEntry) -> StoreResult<()>;
    /// All of them or none, in one transaction.
    async fn append_audit_batch(&self, entries: &[AuditEntry]) -> StoreResult<()>;
    async fn list_audit(&self, query: &AuditQuery) -> StoreResult<Vec<AuditEntry>>;
}

/// Failed sign-ins, counted in the database so the throttle holds across every
/// server process (see [`crate::auth::throttle`]). Keys are opaque strings
/// (`acct:<sha256>`, `addr:<ip>`); the store never interprets them.
#[async_trait]
pub trait ThrottleStore: Send + Sync {
    async fn record_sign_in_failure(&self, key: &str, at: Timestamp) -> StoreResult<()>;
    /// How many failures are recorded under `key` at or after `since`, and when the
    /// oldest of them was.
    async fn sign_in_failures_since(
        &self,
        key: &str,
        since: Timestamp,
    ) -> StoreResult<(u64, Option<Timestamp>)>;
    /// Forgets every failure under `key` (after a successful sign-in, for the
    /// account key only); returns how many there were.
    async fn clear_sign_in_failures(&self, key: &str) -> StoreResult<u64>;
    /// Removes failures recorded before `before`, under any key; returns how many.
    async fn sweep_sign_in_failures(&self, before: Timestamp) -> StoreResult<u64>;
}

/// Single-use, expiring links (see [`crate::auth::one_time`]). Installation-wide,
/// like sessions: the token's SHA-256 is the key.
#[async_trait]
pub trait OneTimeTokenStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] if a token with that hash exists.
    async fn create_one_time_token(&self, token: &OneTimeToken) -> StoreResult<()>;
    /// The token, used or not, expired or not (to decide what page to show).
    /// Reading it does not use it.
    async fn one_time_token(&self, token_hash: &str) -> StoreResult<Option<OneTimeToken>>;
    /// Uses the token: in one statement, marks it used at `now` only if it is
    /// unused and expires after `now`, and returns it as it now is. `None` when
    /// there is no such token, or it was used or has expired. Of any number of
    /// concurrent uses, on any number of servers, at most one gets `Some`.
    async fn use_one_time_token(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> StoreResult<Option<OneTimeToken>>;
    /// How many of the person's links still work at `now` (unused, unexpired).
    async fn live_one_time_tokens(&self, user: UserId, now: Timestamp) -> StoreResult<u64>;
}

/// The second factor (see [`crate::auth::mfa`] and [`crate::auth::totp`]): each
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
    async fn confirm_totp_enrolment(
        &self,
        user: UserId,
        secret: &str,
        step: u64,
        recovery_code_hashes: &[String],
        at: Timestamp,
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
    /// How many of the person's recovery codes are still unused.
    async fn unused_recovery_codes(&self, user: UserId) -> StoreResult<u64>;
    /// Removes the person's factor and recovery codes and appends `audit`, in
    /// one transaction. False (and nothing written) when there was nothing to
    /// remove.
    async fn reset_mfa(&self, user: UserId, audit: &AuditEntry) -> StoreResult<bool>;
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
    async fn remember_device(
        &self,
        user: UserId,
        device_hash: &str,
        at: Timestamp,
    ) -> StoreResult<DeviceSeen>;
    /// When the person last signed in from a new device ([`DeviceSeen::New`]) at
    /// or after `since`, if they did.
    async fn latest_new_device(
        &self,
        user: UserId,
        since: Timestamp,
    ) -> StoreResult<Option<Timestamp>>;
}

/// What [`SetupStore::complete_setup`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupOutcome {
    /// The organisation, its administrator, the membership and the audit entries
    /// were written, and every setup code is gone.
    Done,
    /// No such setup code; nothing was written.
    WrongCode,
    /// An organisation already exists; nothing was written.
    AlreadySetUp,
}

/// The first run (see [`crate::auth::setup`]).
#[async_trait]
pub trait SetupStore: Send + Sync {
    /// Stores the hash of one server process's setup code, unless an organisation
    /// already exists (then answers false and stores nothing).
    async fn add_setup_code(&self, code_hash: &str, at: Timestamp) -> StoreResult<bool>;
    /// Whether any setup code is waiting to be used.
    async fn setup_codes_exist(&self) -> StoreResult<bool>;
    /// In one transaction: checks that no organisation exists yet and that the code
    /// is a current one, writes the organisation, the person, the membership and the
    /// audit entries, and deletes every setup code. All of it or none of it; of two
    /// setups at the same moment, at most one is `Done`.
    async fn complete_setup(
        &self,
        code_hash: &str,
        org: &Organisation,
        admin: &User,
        membership: &Membership,
        audit: &[AuditEntry],
    ) -> StoreResult<SetupOutcome>;
}

/// Secrets the whole installation shares (the key that signs CSRF tokens before
/// sign-in, the key that encrypts kept forms), agreed by every server process.
#[async_trait]
pub trait SecretStore: Send + Sync {
    /// The secret stored under `name`. If there is none yet, `candidate` is stored
    /// and returned; if there is, the stored one is returned and `candidate` is
    /// dropped. Every process offers its own random candidate and all end up with
    /// the first one written.
    async fn installation_secret(&self, name: &str, candidate: &[u8]) -> StoreResult<Vec<u8>>;
}

/// Forms kept because their sender's session had ended (see `kept_form`).
#[async_trait]
pub trait KeptFormStore: Send + Sync {
    async fn keep_form(&self, form: &KeptForm) -> StoreResult<()>;
    /// The kept form, once: only for the person it was kept for, only before it
    /// expires; taking it removes it, so it can never be sent twice from here.
    async fn take_kept_form(
        &self,
        id: KeptFormId,
        user: UserId,
        now: Timestamp,
    ) -> StoreResult<Option<KeptForm>>;
    /// Removes forms nobody came back for; returns how many.
    async fn sweep_kept_forms(&self, now: Timestamp) -> StoreResult<u64>;
}

/// Teams inside one organisation (see [`crate::team`]). Every method takes the
/// organisation first and finds nothing of any other: another organisation's
/// team id is as unknown as a made-up one.
#[async_trait]
pub trait TeamStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] when the organisation has a team of
    /// that name already (compared by [`crate::team::team_name_key`]).
    async fn create_team(&self, team: &crate::team::Team) -> StoreResult<()>;
    /// The organisation's teams, by name.
    async fn teams_of_organisation(&self, org: OrgId) -> StoreResult<Vec<crate::team::Team>>;
    async fn team(
        &self,
        org: OrgId,
        id: crate::ids::TeamId,
    ) -> StoreResult<Option<crate::team::Team>>;
    /// Adds the person to the team, in one statement, only if the team is the
    /// organisation's and the person has an active membership of it (the rule of
    /// [`crate::team::TeamMember::new`], checked again where it cannot race).
    /// False, and nothing written, otherwise or when they are in the team already.
    async fn add_team_member(
        &self,
        org: OrgId,
        team: crate::ids::TeamId,
        user: UserId,
        at: Timestamp,
    ) -> StoreResult<bool>;
    /// False when the person was not in that team of that organisation.
    async fn remove_team_member(
        &self,
        org: OrgId,
        team: crate::ids::TeamId,
        user: UserId,
    ) -> StoreResult<bool>;
    /// The people in one team, in the order they joined.
    async fn team_members(&self, org: OrgId, team: crate::ids::TeamId) -> StoreResult<Vec<UserId>>;
    /// Every team membership in the organisation (for a page listing all its
    /// teams with their people): one query, not one per team.
    async fn team_memberships_of_organisation(
        &self,
        org: OrgId,
    ) -> StoreResult<Vec<crate::team::TeamMember>>;
    /// The teams one person is in, in this organisation only.
    async fn teams_of_user(&self, org: OrgId, user: UserId) -> StoreResult<Vec<crate::team::Team>>;
}

/// Organisations' adaptations of the framework (see [`crate::framework::adaptation`]).
/// Append-only: every version is kept under (organisation, version), so a record
/// made with version N can always be read with version N's wording.
#[async_trait]
pub trait AdaptationStore: Send + Sync {
    /// Saves `saved` as the organisation's next version and appends `audit`, in
    /// one transaction: only if its version is one more than the latest (1 when
    /// there is none). Otherwise, or when someone saves that version at the same
    /// moment, writes nothing and answers [`SaveOutcome::Stale`](crate::framework::adaptation::SaveOutcome).
    async fn save_adaptation(
        &self,
        saved: &crate::framework::adaptation::SavedAdaptation,
        audit: &AuditEntry,
    ) -> StoreResult<crate::framework::adaptation::SaveOutcome>;
    /// The version in force: the latest saved, if any.
    async fn latest_adaptation(
        &self,
        org: OrgId,
    ) -> StoreResult<Option<crate::framework::adaptation::SavedAdaptation>>;
    /// One version, as it was saved.
    async fn adaptation_version(
        &self,
        org: OrgId,
        version: u32,
    ) -> StoreResult<Option<crate::framework::adaptation::SavedAdaptation>>;
    /// Every version of the organisation's adaptation, newest first.
    async fn adaptation_history(
        &self,
        org: OrgId,
    ) -> StoreResult<Vec<crate::framework::adaptation::VersionSummary>>;
}

/// What a change made against a known version of a record did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionedWrite {
    /// Written; the record is now at the next version.
    Done,
    /// Someone changed the record since that version was read: nothing was
    /// written, so the caller can tell the person instead of overwriting.
    Stale,
    /// No such record (in that organisation).
    NotFound,
}

/// A circle on a list page, with what the list shows about its members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CircleSummary {
    pub circle: crate::circle::Circle,
    pub member_count: u64,
}

/// Circles and their members (see [`crate::circle`]). Every method takes the
/// organisation first and finds nothing of any other. Every change is written
/// together with its audit entry, in one transaction; changes to a circle name
/// the version they were made against and raise it.
#[async_trait]
pub trait CircleStore: Send + Sync {
    /// Writes the circle, its first members and `audit`, all or nothing. Fails
    /// with [`StoreError::Conflict`] when the organisation has a circle with
    /// that id already (the same form sent twice).
    async fn create_circle(
        &self,
        circle: &crate::circle::Circle,
        members: &[crate::circle::CircleMember],
        audit: &AuditEntry,
    ) -> StoreResult<()>;
    async fn circle(
        &self,
        org: OrgId,
        id: crate::ids::CircleId,
    ) -> StoreResult<Option<crate::circle::Circle>>;
    /// The circle's members, in the order they were added.
    async fn circle_members(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
    ) -> StoreResult<Vec<crate::circle::CircleMember>>;
    /// Adds `member` to its circle if the circle is still at `version`, and
    /// when `decides` names them the one who decides about sharing. Fails with
    /// [`StoreError::Conflict`] (nothing written) when their account is in the
    /// circle already.
    async fn add_circle_member(
        &self,
        member: &crate::circle::CircleMember,
        version: i64,
        decides: bool,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Closes an open circle at `version` with a reflection.
    async fn close_circle(
        &self,
        org: OrgId,
        id: crate::ids::CircleId,
        version: i64,
        closing: &crate::circle::Closing,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Reopens a closed circle at `version`; its closing reflection is cleared.
    async fn reopen_circle(
        &self,
        org: OrgId,
        id: crate::ids::CircleId,
        version: i64,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// The circles the person is a member of, newest first, in one query.
    async fn circles_of_user(&self, org: OrgId, user: UserId) -> StoreResult<Vec<CircleSummary>>;
    /// The circles of the teams the person is in, newest first, in one query.
    async fn circles_of_teams_of_user(
        &self,
        org: OrgId,
        user: UserId,
    ) -> StoreResult<Vec<CircleSummary>>;
}

/// Organisations' privacy notices (see [`crate::privacy`]): append-only
/// versions, and which version each person last said they had read.
#[async_trait]
pub trait PrivacyNoticeStore: Send + Sync {
    /// Saves `notice` and appends `audit` in one transaction, only if its
    /// version is one more than the latest (1 when there is none); otherwise,
    /// or when someone saves that version at the same moment, writes nothing
    /// and answers `false`.
    async fn save_privacy_notice(
        &self,
        notice: &crate::privacy::PrivacyNotice,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// The notice in force: the latest saved, if any.
    async fn privacy_notice(
        &self,
        org: OrgId,
    ) -> StoreResult<Option<crate::privacy::PrivacyNotice>>;
    /// Records that `user` read version `version` (again is harmless).
    async fn mark_privacy_notice_read(
        &self,
        org: OrgId,
        user: UserId,
        version: u32,
        at: Timestamp,
    ) -> StoreResult<()>;
    /// The highest version `user` has said they read, if any.
    async fn privacy_notice_read(&self, org: OrgId, user: UserId) -> StoreResult<Option<u32>>;
}

/// The notes of circles' journals (see [`crate::circle::note`]). Every method
/// takes the organisation and the circle, and finds nothing of any other: a
/// note id of another circle is as unknown as a made-up one. Each write is
/// made with its audit entry, in one transaction.
#[async_trait]
pub trait NoteStore: Send + Sync {
    /// Writes `note` and `audit`, unless the organisation has a note with its
    /// id already (the same form sent twice): then nothing is written and the
    /// answer is false.
    async fn create_note(
        &self,
        note: &crate::circle::Note,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    async fn note(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
        id: crate::ids::NoteId,
    ) -> StoreResult<Option<crate::circle::Note>>;
    /// The circle's notes in journal order: the day they are about, newest
    /// first, then the newest written first.
    async fn notes_of_circle(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
    ) -> StoreResult<Vec<crate::circle::Note>>;
    /// Stores `note`'s words, date, audience and when it changed, and raises
    /// the version, if the stored note (of `note`'s circle) is still at
    /// `version`. Its byline and when it was written never change.
    async fn update_note(
        &self,
        note: &crate::circle::Note,
        version: i64,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
}

/// Circles' sharing agreements and who decides about sharing (see
/// [`crate::circle::agreement`]). Every method names the organisation and the
/// circle; each write is made with its audit entry in one transaction.
#[async_trait]
pub trait SharingAgreementStore: Send + Sync {
    /// Records `agreement` and `audit`, unless the organisation has one with
    /// its id already (the same form sent twice): then answers false.
    async fn record_agreement(
        &self,
        agreement: &crate::circle::agreement::SharingAgreement,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// The circle's agreements, the newest first, ended ones included.
    async fn agreements_of_circle(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
    ) -> StoreResult<Vec<crate::circle::agreement::SharingAgreement>>;
    /// Ends an agreement of the circle that has not ended; false when there
    /// is no such agreement or it had ended already.
    async fn end_agreement(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
        id: crate::ids::AgreementId,
        by: crate::ids::CircleMemberId,
        at: Timestamp,
        audit: &AuditEntry,
    ) -> StoreResult<bool>;
    /// Makes `decider` the one who decides about sharing, if the circle is
    /// open and still at `version` (a named decider must be in the circle).
    async fn set_decider(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
        version: i64,
        decider: crate::circle::SharingDecider,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Links the account `user` to the circle's focus member `member`, if
    /// the circle is open and still at `version` (raising it) and that member
    /// has no account yet (else [`VersionedWrite::Stale`]). Fails with
    /// [`StoreError::Conflict`] (nothing written) when the account is in the
    /// circle already.
    async fn link_focus_account(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
        member: crate::ids::CircleMemberId,
        user: UserId,
        version: i64,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
}

/// Resilience checks (see [`crate::check`]): the check with its agreed
/// version, and each person's perspective with its answers. Every method
/// takes the organisation first and finds nothing of any other. Every change
/// is written with its audit entry in one transaction; saves name the version
/// they were made from and are refused, with nothing written, when someone
/// saved since.
#[async_trait]
pub trait CheckStore: Send + Sync {
    /// Fails with [`StoreError::Conflict`] (nothing written) when the
    /// organisation has a check with that id already: the form sent twice.
    async fn create_check(
        &self,
        check: &crate::check::Check,
        audit: &AuditEntry,
    ) -> StoreResult<()>;
    /// One check with its agreed answers.
    async fn check(
        &self,
        org: OrgId,
        id: crate::ids::CheckId,
    ) -> StoreResult<Option<crate::check::Check>>;
    /// The checks of a circle with their agreed answers, newest first.
    async fn checks_of_circle(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
    ) -> StoreResult<Vec<crate::check::Check>>;
    /// Fails with [`StoreError::Conflict`] (nothing written) when its author
    /// has a perspective in the check already, or one with its id exists.
    async fn create_perspective(
        &self,
        perspective: &crate::check::Perspective,
        audit: &AuditEntry,
    ) -> StoreResult<()>;
    /// The perspectives of one check with their answers, oldest first. Drafts
    /// included: callers filter with [`crate::check::perspectives_seen_by`].
    async fn perspectives_of_check(
        &self,
        org: OrgId,
        check: crate::ids::CheckId,
    ) -> StoreResult<Vec<crate::check::Perspective>>;
    /// Every perspective in a circle, of every check, oldest first (for a
    /// subject access export, or what was shared since a visit). Drafts
    /// included: callers filter.
    async fn perspectives_of_circle(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
    ) -> StoreResult<Vec<crate::check::Perspective>>;
    /// The perspectives one member gave in a circle, with their answers,
    /// oldest first: one person's view over months without everyone else's
    /// answers. Drafts included: callers filter.
    async fn perspectives_by_author_in_circle(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
        author: crate::ids::CircleMemberId,
    ) -> StoreResult<Vec<crate::check::Perspective>>;
    /// Every perspective in a circle *without its answers*, oldest first:
    /// who gave a view in which check and with whom it is shared, for pages
    /// that count or choose views rather than read them. Drafts included.
    async fn perspective_heads_of_circle(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
    ) -> StoreResult<Vec<crate::check::Perspective>>;
    /// Replaces the answers of one compartment of a perspective, if it is
    /// still at the version the save was made from.
    async fn save_perspective_answers(
        &self,
        org: OrgId,
        perspective: crate::ids::PerspectiveId,
        save: &crate::check::CompartmentSave<'_>,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Gives a perspective at `version` its audience (a draft again with
    /// [`crate::circle::Audience::OnlyMe`]).
    async fn share_perspective(
        &self,
        org: OrgId,
        perspective: crate::ids::PerspectiveId,
        version: i64,
        audience: crate::circle::Audience,
        at: Timestamp,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Replaces the agreed answers of one compartment of a check, if it is
    /// still at the version the save was made from.
    /// No perspective is touched.
    async fn save_agreed_answers(
        &self,
        org: OrgId,
        check: crate::ids::CheckId,
        save: &crate::check::CompartmentSave<'_>,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
}

/// Plans in circles (see [`crate::plan`]), and each organisation's choice to
/// use goals. Every method takes the organisation first and finds nothing of
/// any other. A plan is saved whole against the version it was read at: a
/// plan changed meanwhile is not overwritten. Every change is written with its
/// audit entry in one transaction.
#[async_trait]
pub trait PlanStore: Send + Sync {
    /// Writes a new plan and `audit`. Fails with [`StoreError::Conflict`]
    /// (nothing written) when a plan with that id exists already: the same
    /// form sent twice.
    async fn create_plan(&self, plan: &crate::plan::Plan, audit: &AuditEntry) -> StoreResult<()>;
    /// One plan of one circle.
    async fn plan(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
        id: crate::ids::PlanId,
    ) -> StoreResult<Option<crate::plan::Plan>>;
    /// Every plan of a circle, newest first, whoever may see them: callers
    /// filter by audience ([`crate::plan::plans_seen`]).
    async fn plans_of_circle(
        &self,
        org: OrgId,
        circle: crate::ids::CircleId,
    ) -> StoreResult<Vec<crate::plan::Plan>>;
    /// Saves `plan` (its body, review date and whether it is closed) if the
    /// stored plan is still at `version`, raising the version by one.
    async fn save_plan(
        &self,
        plan: &crate::plan::Plan,
        version: i64,
        audit: &AuditEntry,
    ) -> StoreResult<VersionedWrite>;
    /// Whether the organisation uses goals (Goal Based Outcomes); off until
    /// an administrator switches them on.
    async fn goals_enabled(&self, org: OrgId) -> StoreResult<bool>;
    async fn set_goals_enabled(&self, org: OrgId, on: bool, audit: &AuditEntry) -> StoreResult<()>;
}

/// What the home page reads (see [`crate::home`]): one query per kind of
/// thing over all the person's circles, never one per circle. Every method
/// takes the organisation first and finds nothing of any other.
#[async_trait]
pub trait HomeStore: Send + Sync {
    /// Records that `user` looked at their home page in `org` at `at`, the
    /// window of what is new moved on by [`crate::home::HomeVisit::next`]
    /// from their last look, and answers this look.
    async fn visit_home(
        &self,
        org: OrgId,
        user: UserId,
        at: Timestamp,
    ) -> StoreResult<crate::home::HomeVisit>;
    /// The members of every circle `user` is a member of, in circle then
    /// joining order.
    async fn members_of_circles_of_user(
        &self,
        org: OrgId,
        user: UserId,
    ) -> StoreResult<Vec<crate::circle::CircleMember>>;
    /// The notes shared after `since` (every shared one when `None`) in the
    /// circles `user` is a member of, newest shared first. Drafts never.
    async fn notes_shared_in_circles_of_user(
        &self,
        org: OrgId,
        user: UserId,
        since: Option<Timestamp>,
    ) -> StoreResult<Vec<crate::circle::Note>>;
    /// The check perspectives shared after `since` (every shared one when
    /// `None`) in the circles `user` is a member of, newest shared first.
    /// Drafts never. Their answers are left out (empty): the home page says
    /// only who shared, and the check page reads them when opened.
    async fn perspectives_shared_in_circles_of_user(
        &self,
        org: OrgId,
        user: UserId,
        since: Option<Timestamp>,
    ) -> StoreResult<Vec<crate::check::Perspective>>;
    /// The open plans of the open circles `user` is a member of or that
    /// belong to a team they are in, soonest review first, whoever may see
    /// them: callers decide ([`crate::home::due_for`]).
    async fn open_plans_for_home(
        &self,
        org: OrgId,
        user: UserId,
    ) -> StoreResult<Vec<crate::plan::Plan>>;
}

/// A person opted in to email digests, with one of their organisations: what
/// `moves digest` needs to decide whether to write to them (see
/// [`crate::home::digest`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestRecipient {
    pub user: UserId,
    /// Their address; `None` when the stored one is not a valid address
    /// (written by hand or by an older version): that person is skipped and
    /// counted, and everyone else still gets theirs.
    pub email: Option<crate::user::Email>,
    pub org: OrgId,
    /// Their last look at their home page in that organisation.
    pub last_visit: Option<Timestamp>,
    /// The last digest sent to them about that organisation.
    pub last_sent: Option<Timestamp>,
}

/// Email digests: who wants them, and when the last went out.
#[async_trait]
pub trait DigestStore: Send + Sync {
    /// Whether `user` asked for digests (off until they do).
    async fn wants_digests(&self, user: UserId) -> StoreResult<bool>;
    /// Turns digests on or off for `user`; the same choice again is harmless.
    async fn choose_digests(&self, user: UserId, on: bool, at: Timestamp) -> StoreResult<()>;
    /// Everyone who asked for digests and has an email address, once for
    /// each organisation they are an active member of, in person then
    /// organisation order.
    async fn digest_recipients(&self) -> StoreResult<Vec<DigestRecipient>>;
    /// Records that a digest about `org` went to `user` at `at`.
    async fn digest_sent(&self, org: OrgId, user: UserId, at: Timestamp) -> StoreResult<()>;
}

/// How busy the connection pool is, for `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PoolStats {
    pub connections: u32,
    pub idle: u32,
    pub max: u32,
}

#[async_trait]
pub trait StoreHealth: Send + Sync {
    /// Answers when the database does.
    async fn ping(&self) -> StoreResult<()>;
    fn pool_stats(&self) -> PoolStats;
    /// "sqlite" or "postgres".
    fn backend(&self) -> &'static str;
    /// Waits for connections to be returned and closes them cleanly.
    async fn close(&self);
}

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
    + PrivacyNoticeStore
    + NoteStore
    + SharingAgreementStore
    + CheckStore
    + PlanStore
    + HomeStore
    + DigestStore
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
        + PrivacyNoticeStore
        + NoteStore
        + SharingAgreementStore
        + CheckStore
        + PlanStore
        + HomeStore
        + DigestStore
        + StoreHealth
{
}
