//! New-device notices for people without a second factor (parents, carers and
//! young people). Their browser keeps a long-lived random device id; the
//! database keeps its SHA-256 per person. A sign-in from a device not seen
//! before, when another was, is audited (with the device remembered, in one
//! transaction) and told to them.

use super::second_factor::scope_of;
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::auth::mfa::{self, DeviceSeen};
use moves_domain::auth::token::new_token;
use moves_domain::clock::Timestamp;
use moves_domain::membership::Membership;
use moves_domain::permission::Actor;
use moves_domain::session::hash_token;
use moves_domain::user::{Email, User};
use moves_store::AuditEntry;

/// What a sign-in noted of the device.
#[derive(Debug, Clone)]
pub struct DeviceNoted {
    /// The device id the browser keeps (sent again at every sign-in, so it
    /// lives as long as it is used).
    pub id: String,
    /// Set when the device was new, and the person has an address to be told
    /// at.
    pub tell: Option<Email>,
}

/// At a sign-in with a password only: for someone without a second factor,
/// remembers the device (`device`, the browser's id, or a new one) and, if it
/// is new, audits it in the same transaction.
pub(crate) async fn note(
    ctx: &Ctx,
    user: &User,
    memberships: &[Membership],
    device: Option<&str>,
    now: Timestamp,
) -> Result<Option<DeviceNoted>, Error> {
    if !mfa::watches_devices(memberships) {
        return Ok(None);
    }
    let id = match device.filter(|d| d.len() >= 32) {
        Some(d) => d.to_owned(),
        None => new_token()?,
    };
    let org = memberships.first().map(|m| m.org_id);
    let audit = AuditEntry::new(
        scope_of(org),
        now,
        Some(user.id),
        AuditAction::NewDeviceSignIn,
    );
    let seen = ctx
        .store()
        .remember_device(user.id, &hash_token(&id), now, &[audit])
        .await?;
    let tell = (seen == DeviceSeen::New)
        .then(|| user.email.clone())
        .flatten();
    Ok(Some(DeviceNoted { id, tell }))
}

/// When the signed-in person (one without a second factor: `memberships`
/// are theirs) last signed in from a new device, within the past week.
pub async fn recent_new_device(
    ctx: &Ctx,
    actor: &Actor,
    memberships: &[Membership],
) -> Result<Option<Timestamp>, Error> {
    let Some(user) = actor.user else {
        return Ok(None);
    };
    if !mfa::watches_devices(memberships) {
        return Ok(None);
    }
    Ok(ctx
        .store()
        .latest_new_device(user, mfa::new_device_notice_since(ctx.now()))
        .await?)
}
