//! The port for practitioners inviting a family into their circle (see
//! [`moves_domain::circle::family_invite`]): the organisation's setting, and
//! the invitation written with the circle's change in one transaction.

use super::{StoreResult, VersionedWrite};
use crate::audit::AuditEntry;
use async_trait::async_trait;
use moves_domain::auth::one_time::OneTimeToken;
use moves_domain::circle::CircleMember;
use moves_domain::circle::family_invite::FamilyInviteSetting;
use moves_domain::ids::{CircleId, CircleMemberId, OrgId};
use moves_domain::user::User;

// Named only by the links in the doc comments.
#[cfg(doc)]
use super::StoreError;

/// How the invited person joins the circle.
#[derive(Debug, Clone, Copy)]
pub enum CircleJoin<'a> {
    /// Their account is linked to the focus member, who has none yet.
    Focus(CircleMemberId),
    /// Added as this member; `decides` names them the one who decides
    /// about sharing.
    Member {
        member: &'a CircleMember,
        decides: bool,
    },
    /// In the circle already: only the link is new.
    Already,
}

/// An invitation into a circle, to write at once.
#[derive(Debug, Clone, Copy)]
pub struct CircleInvitation<'a> {
    pub org: OrgId,
    pub circle: CircleId,
    /// The circle's version the practitioner's form showed.
    pub version: i64,
    /// The person, when this invitation made them.
    pub new_person: Option<&'a User>,
    /// The invitation link (its person is the one invited).
    pub link: &'a OneTimeToken,
    pub join: CircleJoin<'a>,
    pub audit: &'a [AuditEntry],
}

#[async_trait]
pub trait FamilyInviteStore: Send + Sync {
    /// The organisation's setting; the default (off) when never set.
    async fn family_invite_setting(&self, org: OrgId) -> StoreResult<FamilyInviteSetting>;
    /// Stores the setting with `audit`, in one transaction.
    async fn set_family_invite_setting(
        &self,
        org: OrgId,
        setting: &FamilyInviteSetting,
        audit: &AuditEntry,
    ) -> StoreResult<()>;
    /// In one transaction, if the circle is open and still at `version`
    /// (raising it): the new person, the link, the person's joining and the
    /// audit entries. [`VersionedWrite::Stale`] when the circle changed or
    /// closed, or the focus member has an account by now; fails with
    /// [`StoreError::Conflict`] when the account is in the circle already or
    /// the new person's login is taken meanwhile. Nothing is written unless
    /// all is.
    async fn invite_into_circle(
        &self,
        invitation: &CircleInvitation<'_>,
    ) -> StoreResult<VersionedWrite>;
}
