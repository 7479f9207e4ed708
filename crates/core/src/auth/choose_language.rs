//! A signed-in person saves the language of their interface (or goes back to
//! their browser's). It is theirs alone, but it is a change to the account, so
//! like the other account changes it is written to the log of every
//! organisation they belong to, in the same transaction as the change.

use super::account_wide::{account_entry, audit_in_every_organisation};
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::language::Language;
use moves_domain::permission::Actor;

/// Saves `language` for `actor` (`None`: as their browser asks). `Forbidden`
/// for anyone not signed in.
pub async fn choose_language(
    ctx: &Ctx,
    actor: &Actor,
    language: Option<Language>,
) -> Result<(), Error> {
    let id = actor.user.ok_or(Error::Forbidden)?;
    let memberships = ctx.store().memberships_of_user(id).await?;
    let detail = language.map_or("browser", Language::tag);
    let entry = account_entry(id, Some(id), AuditAction::LanguageChosen, detail, ctx.now());
    let audit = audit_in_every_organisation(&memberships, &entry);
    if ctx.store().choose_language(id, language, &audit).await? {
        Ok(())
    } else {
        Err(Error::NotFound)
    }
}
