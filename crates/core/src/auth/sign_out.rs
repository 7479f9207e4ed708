//! Signing out: the session is gone, and the log says so, together.

use super::second_factor::scope_of;
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::permission::Actor;
use moves_store::AuditEntry;

/// Ends `actor`'s session (its token's hash), audited in the organisation
/// they work in.
pub async fn sign_out(ctx: &Ctx, actor: &Actor, session: &str) -> Result<(), Error> {
    let audit = AuditEntry::new(
        scope_of(actor.org),
        ctx.now(),
        actor.user,
        AuditAction::SignOut,
    );
    ctx.store().end_session_audited(session, &[audit]).await?;
    Ok(())
}
