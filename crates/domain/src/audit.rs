//! The audit log's vocabulary: what happened ([`AuditAction`]) and in whose log
//! ([`AuditScope`]). The log is an append-only record of security events and of
//! every read of a person's record; it holds ids, never personal content, so
//! erasing a person never has to touch it. Entries themselves are made only by
//! the use cases in `moves-core` and written through `moves-store`.

use crate::ids::OrgId;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// What happened. Stored as its code, so new actions never renumber old rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    SetupCompleted,
    OrganisationCreated,
    SignIn,
    SignInFailed,
    SignOut,
    InviteCreated,
    InviteUsed,
    RoleChanged,
    MfaChanged,
    /// A parent, carer or young person signed in from a device not seen before
    /// (they have no second factor; they are told on their home page instead).
    NewDeviceSignIn,
    /// A person set their password with a one-time link.
    PasswordSet,
    /// An administrator made a password reset link for a member (subject: the
    /// member's user id).
    PasswordResetIssued,
    /// A team was made, or someone joined or left one (subject: the team's id;
    /// detail: `created`, or `member_added:<user id>` / `member_removed:<user id>`).
    TeamChanged,
    /// An organisation's adaptation of the framework was saved as a new version
    /// (subject: the version number; detail: what changed, such as
    /// `reworded:basics.housing`).
    FrameworkAdapted,
    /// A person's circle was read (subject: the circle's id; detail: the page).
    RecordRead,
    /// Someone asked for a circle, or something in one, that they may not
    /// read or that does not exist (subject: the id they asked for, once
    /// parsed, never the text they sent; detail: what was asked for).
    ReadRefused,
    /// A circle was started, someone added to it, or it was closed or reopened
    /// (subject: the circle's id; detail: `created`, `member_added:<member id>`,
    /// `closed`, `reopened`, `account_linked:<member id>`).
    CircleChanged,
    /// An organisation's privacy notice was changed (subject: the new version).
    PrivacyNoticeChanged,
    /// A note was written in a circle's journal, or changed or shared
    /// (subject: the circle's id; detail: `written:<note id>:<audience>` or
    /// `changed:<note id>:<audience>`).
    NoteWritten,
    /// A circle was exported for a subject access request (subject: the
    /// circle's id; detail: `json` or `page`).
    CircleExported,
    /// A check was started, or a perspective in it started, saved or shared,
    /// or its agreed version saved (subject: the check's id; detail:
    /// `started`, `perspective_started:<id>`, `answers:<perspective id>:<compartment>`,
    /// `shared:<perspective id>:<audience>`, `agreed:<compartment>`).
    CheckChanged,
    /// A plan was made or changed (subject: the plan's id; detail: `created`,
    /// `action_added`, `action_marked:<state>`, `goal_set`, `reviewed`,
    /// `closed`, `edited`), or an organisation switched goals on or off
    /// (subject: `goals`; detail: `on` / `off`).
    PlanChanged,
    /// Who decides about sharing in a circle changed, or a sharing agreement
    /// was recorded or ended (subject: the circle's id; detail:
    /// `decider:<young_person or member id>`, `agreed:<agreement id>`,
    /// `ended:<agreement id>`).
    SharingChanged,
    /// A person chose the language of their interface, or went back to their
    /// browser's (subject: their user id; detail: the language's tag, or
    /// `browser`).
    LanguageChosen,
    /// Written only by the crash test's build (feature `crash-probe`), to prove
    /// that acknowledged writes survive `kill -9`.
    DurabilityProbe,
}

impl AuditAction {
    pub const ALL: [AuditAction; 25] = [
        AuditAction::SetupCompleted,
        AuditAction::OrganisationCreated,
        AuditAction::SignIn,
        AuditAction::SignInFailed,
        AuditAction::SignOut,
        AuditAction::InviteCreated,
        AuditAction::InviteUsed,
        AuditAction::RoleChanged,
        AuditAction::MfaChanged,
        AuditAction::NewDeviceSignIn,
        AuditAction::PasswordSet,
        AuditAction::PasswordResetIssued,
        AuditAction::TeamChanged,
        AuditAction::FrameworkAdapted,
        AuditAction::RecordRead,
        AuditAction::ReadRefused,
        AuditAction::CircleChanged,
        AuditAction::PrivacyNoticeChanged,
        AuditAction::NoteWritten,
        AuditAction::CircleExported,
        AuditAction::CheckChanged,
        AuditAction::PlanChanged,
        AuditAction::SharingChanged,
        AuditAction::LanguageChosen,
        AuditAction::DurabilityProbe,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            AuditAction::SetupCompleted => "setup_completed",
            AuditAction::OrganisationCreated => "organisation_created",
            AuditAction::SignIn => "sign_in",
            AuditAction::SignInFailed => "sign_in_failed",
            AuditAction::SignOut => "sign_out",
            AuditAction::InviteCreated => "invite_created",
            AuditAction::InviteUsed => "invite_used",
            AuditAction::RoleChanged => "role_changed",
            AuditAction::MfaChanged => "mfa_changed",
            AuditAction::NewDeviceSignIn => "new_device_sign_in",
            AuditAction::PasswordSet => "password_set",
            AuditAction::PasswordResetIssued => "password_reset_issued",
            AuditAction::TeamChanged => "team_changed",
            AuditAction::FrameworkAdapted => "framework_adapted",
            AuditAction::RecordRead => "record_read",
            AuditAction::ReadRefused => "read_refused",
            AuditAction::CircleChanged => "circle_changed",
            AuditAction::PrivacyNoticeChanged => "privacy_notice_changed",
            AuditAction::NoteWritten => "note_written",
            AuditAction::CircleExported => "circle_exported",
            AuditAction::CheckChanged => "check_changed",
            AuditAction::PlanChanged => "plan_changed",
            AuditAction::SharingChanged => "sharing_changed",
            AuditAction::LanguageChosen => "language_chosen",
            AuditAction::DurabilityProbe => "durability_probe",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown audit action {0:?}")]
pub struct UnknownAuditAction(pub String);

impl FromStr for AuditAction {
    type Err = UnknownAuditAction;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        AuditAction::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or_else(|| UnknownAuditAction(s.to_owned()))
    }
}

/// Whose log an entry belongs to. Installation-wide events (creating an
/// organisation, a failed sign-in for an unknown name) have no organisation; they
/// are stored under the nil id so every row still has an `org_id` in its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditScope {
    Installation,
    Organisation(OrgId),
}

impl AuditScope {
    pub fn org_key(self) -> OrgId {
        match self {
            AuditScope::Installation => OrgId::from_uuid(uuid::Uuid::nil()),
            AuditScope::Organisation(id) => id,
        }
    }
    pub fn from_org_key(id: OrgId) -> Self {
        if id.as_uuid().is_nil() {
            AuditScope::Installation
        } else {
            AuditScope::Organisation(id)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip() {
        for a in AuditAction::ALL {
            assert_eq!(a.as_str().parse::<AuditAction>().unwrap(), a);
        }
    }

    #[test]
    fn installation_scope_is_the_nil_key() {
        let s = AuditScope::Installation;
        assert_eq!(AuditScope::from_org_key(s.org_key()), s);
        let o = AuditScope::Organisation(OrgId::new());
        assert_eq!(AuditScope::from_org_key(o.org_key()), o);
    }
}
