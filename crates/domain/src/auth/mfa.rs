//! Who must give a second factor, and what stands in for one for everyone else.
//!
//! - **Staff** (roles where [`Role::is_staff`]) give a TOTP code (see
//!   [`super::totp`]) after their password, in every organisation that requires
//!   it. New organisations require it: a missing setting means required. An
//!   organisation's administrator may turn it off only with a recorded reason
//!   ([`OrgMfaSetting::turn_off`]).
//! - A person who is staff in **any** organisation requiring it gives the factor
//!   at sign-in, not only in the organisation they land in: otherwise they
//!   could sign in where it is not required and then switch organisation.
//! - After a right password, such a person is not signed in yet. Their session
//!   is "second factor pending" ([`crate::session::SessionStage`]): it reaches
//!   nothing but the code and enrolment pages, and lives at most
//!   [`PENDING_SECS`]. A right code (or a recovery code) replaces it with a full
//!   session under a new id.
//! - Codes are throttled like passwords: each is counted under
//!   [`throttle_key`] before it is checked ([`super::attempt`]), at most
//!   [`CODE_LIMIT`] (the default of `ThrottlePolicy::code`), in the database.
//! - **Parents and young people** get no TOTP. Their browser keeps a long-lived
//!   random device id; the database keeps its hash per person. A sign-in from a
//!   device not seen before (when one was seen before) is audited and shown on
//!   their home page for [`NEW_DEVICE_NOTICE_SECS`].

use crate::clock::Timestamp;
use crate::ids::{OrgId, UserId};
use crate::membership::{Membership, Role};
use crate::session::Session;
use crate::text::{TextError, clean_block};
use serde::{Deserialize, Serialize};

use super::throttle::Limit;

/// Whether someone with these roles in one organisation must give a second
/// factor there: staff, where the organisation requires it.
pub fn mfa_required(roles: &[Role], org_requires: bool) -> bool {
    org_requires && roles.iter().any(|r| r.is_staff())
}

/// Whether a person must give a second factor at sign-in: staff in at least one
/// organisation (of their active memberships) that requires it.
/// `requires` answers for each organisation (a missing setting means yes).
pub fn second_factor_required(
    memberships: &[Membership],
    requires: impl Fn(OrgId) -> bool,
) -> bool {
    let mut orgs: Vec<OrgId> = memberships
        .iter()
        .filter(|m| m.is_active())
        .map(|m| m.org_id)
        .collect();
    orgs.sort_unstable();
    orgs.dedup();
    orgs.into_iter().any(|org| {
        let roles: Vec<Role> = memberships
            .iter()
            .filter(|m| m.is_active() && m.org_id == org)
            .map(|m| m.role)
            .collect();
        mfa_required(&roles, requires(org))
    })
}

/// Whether a person is staff anywhere (then they never get new-device notices:
/// they have, or may be asked for, a real second factor).
pub fn is_staff_anywhere(memberships: &[Membership]) -> bool {
    memberships
        .iter()
        .any(|m| m.is_active() && m.role.is_staff())
}

/// Whether a person's sign-ins are watched for new devices: parents, carers and
/// young people, who have no second factor.
pub fn watches_devices(memberships: &[Membership]) -> bool {
    !memberships.is_empty() && !is_staff_anywhere(memberships)
}

/// What a right password leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterPassword {
    /// Signed in at once.
    SignedIn,
    /// A pending session; the code page next.
    GiveCode,
    /// A pending session; setting up the factor next (it has never been set up,
    /// or an administrator reset it).
    Enrol,
}

pub fn after_password(required: bool, enrolled: bool) -> AfterPassword {
    match (required, enrolled) {
        (false, _) => AfterPassword::SignedIn,
        (true, true) => AfterPassword::GiveCode,
        (true, false) => AfterPassword::Enrol,
    }
}

/// How long a pending session may wait for its second factor: time to find the
/// phone, or to install an app and scan the code.
pub const PENDING_SECS: i64 = 15 * 60;

/// Whether a pending session may still be completed at `now`.
pub fn pending_is_live(session: &Session, now: Timestamp) -> bool {
    now < session.created_at.plus_seconds(PENDING_SECS)
}

/// Wrong codes allowed before the prompt is throttled: as strict as passwords.
pub const CODE_LIMIT: Limit = Limit {
    attempts: 5,
    window_secs: 900,
};

/// The throttle key for one person's second-factor attempts.
pub fn throttle_key(user: UserId) -> String {
    format!("mfa:{user}")
}

/// The recorded reason of a demo organisation's setting.
pub const DEMO_REASON: &str = "Demo data: anyone may try the demo accounts with a password.";

/// Longest reason for turning the requirement off.
pub const REASON_MAX: usize = 500;

/// An organisation's second-factor setting. A missing row means
/// [`OrgMfaSetting::default`]: required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgMfaSetting {
    pub required: bool,
    /// Why it was turned off (kept while it is off).
    pub off_reason: Option<String>,
    pub changed_by: Option<UserId>,
    pub changed_at: Option<Timestamp>,
}

impl Default for OrgMfaSetting {
    fn default() -> Self {
        Self {
            required: true,
            off_reason: None,
            changed_by: None,
            changed_at: None,
        }
    }
}

impl OrgMfaSetting {
    /// Turns the requirement off. Only with a reason: a few words a later
    /// reviewer can read (trimmed, at most [`REASON_MAX`] characters, no hidden
    /// characters).
    pub fn turn_off(reason: &str, by: UserId, at: Timestamp) -> Result<Self, TextError> {
        let reason = clean_block(reason, REASON_MAX)?;
        Ok(Self {
            required: false,
            off_reason: Some(reason),
            changed_by: Some(by),
            changed_at: Some(at),
        })
    }

    /// The setting of a demo organisation (`moves seed-demo`): off, so anyone can
    /// try the demo accounts with a password alone. Nobody changed it by hand.
    pub fn off_for_demo(at: Timestamp) -> Self {
        Self {
            required: false,
            off_reason: Some(DEMO_REASON.to_owned()),
            changed_by: None,
            changed_at: Some(at),
        }
    }

    /// Turns the requirement (back) on.
    pub fn turn_on(by: UserId, at: Timestamp) -> Self {
        Self {
            required: true,
            off_reason: None,
            changed_by: Some(by),
            changed_at: Some(at),
        }
    }

    /// The audit detail of a change to this setting.
    pub fn audit_detail(&self) -> &'static str {
        if self.required {
            "required_on"
        } else {
            "required_off"
        }
    }
}

/// A person's TOTP factor as stored. Before `enrolled_at` it is only being set
/// up: it was shown to the person but no code from it was given yet, and it
/// counts for nothing.
///
/// The secret is stored as given (base32). Encrypting it at rest is a later
/// issue; until then, a copy of the database lets its holder make codes (but
/// not sign in: they would still need the password).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotpFactor {
    pub user_id: UserId,
    pub secret: String,
    pub created_at: Timestamp,
    pub enrolled_at: Option<Timestamp>,
    /// The step of the last code accepted; a code must be from a later step.
    pub last_used_step: Option<u64>,
}

impl TotpFactor {
    /// A factor being set up, not yet confirmed.
    pub fn begin(user_id: UserId, secret: String, now: Timestamp) -> Self {
        Self {
            user_id,
            secret,
            created_at: now,
            enrolled_at: None,
            last_used_step: None,
        }
    }

    pub fn is_enrolled(&self) -> bool {
        self.enrolled_at.is_some()
    }
}

/// What the store found when a person signed in from a device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceSeen {
    /// The person's first device ever: remembered, nothing to tell.
    First,
    /// A device seen before.
    Known,
    /// A device not seen before, when others were: audited, and noticed on the
    /// person's home page.
    New,
}

/// How long the home page tells of a sign-in from a new device: a week.
pub const NEW_DEVICE_NOTICE_SECS: i64 = 7 * 24 * 3600;

/// The earliest sign-in from a new device that the home page still tells of.
pub fn new_device_notice_since(now: Timestamp) -> Timestamp {
    now.plus_seconds(-NEW_DEVICE_NOTICE_SECS)
}

/// How long the browser keeps the device id: 400 days, the most browsers allow.
pub const DEVICE_COOKIE_SECS: i64 = 400 * 24 * 3600;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::SessionStage;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn staff_where_required_and_nobody_else() {
        for role in Role::ALL {
            assert_eq!(mfa_required(&[role], true), role.is_staff(), "{role}");
            assert!(!mfa_required(&[role], false), "{role}");
        }
        assert!(mfa_required(&[Role::ParentCarer, Role::Practitioner], true));
        assert!(!mfa_required(&[], true));
    }

    #[test]
    fn any_organisation_requiring_it_counts() {
        let user = UserId::new();
        let strict = OrgId::new();
        let relaxed = OrgId::new();
        let parent_in_relaxed = Membership::new(relaxed, user, Role::ParentCarer, T0);
        let staff_in_strict = Membership::new(strict, user, Role::Practitioner, T0);
        let parent_in_strict = Membership::new(strict, user, Role::YoungPerson, T0);
        let requires = |o: OrgId| o == strict;
        assert!(second_factor_required(
            &[parent_in_relaxed.clone(), staff_in_strict.clone()],
            requires
        ));
        assert!(!second_factor_required(
            &[parent_in_relaxed.clone(), parent_in_strict.clone()],
            requires
        ));
        assert!(!second_factor_required(&[], requires));
        let mut revoked = staff_in_strict;
        revoked.revoked_at = Some(T0);
        assert!(!second_factor_required(&[revoked], requires));
        assert!(watches_devices(&[
            parent_in_relaxed.clone(),
            parent_in_strict
        ]));
        assert!(!watches_devices(&[]));
        let staff_too = Membership::new(relaxed, user, Role::Viewer, T0);
        assert!(!watches_devices(&[parent_in_relaxed, staff_too]));
    }

    #[test]
    fn the_path_after_a_right_password() {
        assert_eq!(after_password(false, false), AfterPassword::SignedIn);
        assert_eq!(after_password(false, true), AfterPassword::SignedIn);
        assert_eq!(after_password(true, true), AfterPassword::GiveCode);
        assert_eq!(after_password(true, false), AfterPassword::Enrol);
    }

    #[test]
    fn pending_sessions_are_short_lived() {
        let s = Session {
            token_hash: "h".into(),
            user_id: UserId::new(),
            org_id: None,
            created_at: T0,
            last_seen_at: T0,
            stage: SessionStage::SecondFactorPending,
        };
        assert!(pending_is_live(&s, T0.plus_seconds(PENDING_SECS - 1)));
        assert!(!pending_is_live(&s, T0.plus_seconds(PENDING_SECS)));
    }

    #[test]
    fn turning_it_off_needs_a_reason() {
        let admin = UserId::new();
        assert_eq!(
            OrgMfaSetting::turn_off("   ", admin, T0),
            Err(TextError::Empty)
        );
        assert!(OrgMfaSetting::turn_off(&"x".repeat(REASON_MAX + 1), admin, T0).is_err());
        assert!(OrgMfaSetting::turn_off("shared\u{202E}tablet", admin, T0).is_err());
        let off =
            OrgMfaSetting::turn_off(" Staff use shared tablets\n until March ", admin, T0).unwrap();
        assert!(!off.required);
        assert_eq!(
            off.off_reason.as_deref(),
            Some("Staff use shared tablets\n until March")
        );
        assert_eq!(off.audit_detail(), "required_off");
        let on = OrgMfaSetting::turn_on(admin, T0);
        assert!(on.required && on.off_reason.is_none());
        assert_eq!(on.audit_detail(), "required_on");
        assert!(
            OrgMfaSetting::default().required,
            "required unless turned off"
        );
        let demo = OrgMfaSetting::off_for_demo(T0);
        assert!(!demo.required && demo.off_reason.is_some() && demo.changed_by.is_none());
    }

    #[test]
    fn throttle_keys_are_per_person() {
        let a = UserId::new();
        assert!(throttle_key(a).starts_with("mfa:"));
        assert_ne!(throttle_key(a), throttle_key(UserId::new()));
        assert_eq!(
            new_device_notice_since(T0),
            T0.plus_seconds(-NEW_DEVICE_NOTICE_SECS)
        );
    }
}
