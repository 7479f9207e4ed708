//! The organisation's privacy notice, for its administrators: each save is
//! a new version made from the version the form showed, stored with its
//! `privacy_notice_changed` entry in one transaction. If someone saved in
//! between, nothing is overwritten.

use super::{admin_of, entry};
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::permission::{Actor, Capability};
use moves_domain::privacy::{NoticeError, PrivacyNotice};

/// The notice `actor`'s organisation saved last, if it saved one (otherwise
/// the platform's own is in force).
pub async fn saved_notice(ctx: &Ctx, actor: &Actor) -> Result<Option<PrivacyNotice>, Error> {
    let (org, _) = admin_of(actor, Capability::ManageSettings)?;
    Ok(ctx.store().privacy_notice(org).await?)
}

/// A notice as typed in the form.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoticeDraft<'a> {
    /// The version the form was made from, as sent.
    pub from: &'a str,
    pub standard: &'a str,
    pub young_person: &'a str,
}

#[derive(Debug)]
pub enum SaveError {
    /// What was typed, refused: every problem at once.
    Refused(Vec<NoticeError>),
    /// The form was made from an older version (or none readable): nothing
    /// was saved.
    Stale,
    Core(Error),
}

impl From<Error> for SaveError {
    fn from(e: Error) -> Self {
        SaveError::Core(e)
    }
}

/// Saves `draft` as the version after the one the form showed; the new
/// version's number.
pub async fn save_notice(
    ctx: &Ctx,
    actor: &Actor,
    draft: NoticeDraft<'_>,
) -> Result<u32, SaveError> {
    let (org, admin) = admin_of(actor, Capability::ManageSettings)?;
    // An unreadable version is as good as a stale one: nothing is overwritten.
    let Ok(from) = draft.from.trim().parse::<u32>() else {
        return Err(SaveError::Stale);
    };
    let next = PrivacyNotice::next(
        org,
        from,
        draft.standard,
        draft.young_person,
        admin,
        ctx.now(),
    )
    .map_err(SaveError::Refused)?;
    let audit =
        entry(ctx, org, admin, AuditAction::PrivacyNoticeChanged).subject(next.version.to_string());
    if ctx
        .store()
        .save_privacy_notice(&next, &audit)
        .await
        .map_err(Error::from)?
    {
        Ok(next.version)
    } else {
        Err(SaveError::Stale)
    }
}
