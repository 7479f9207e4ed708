//! The wording a check reads with: the organisation's framework as it was at
//! the check's version (never today's), and for the young person the wording
//! for young people when that is the one the organisation accepted. Others
//! then read the same moves in the wording underneath it.

use crate::framework::adaptation::{AdaptedFramework, FrameworkVersion, adaptation_in_force};
use crate::{Ctx, Error};
use moves_domain::check::Check;
pub use moves_domain::check::wording::*;
use moves_domain::circle::{CircleRole, OpenCircle};
use moves_domain::framework::{Audience as WordingAudience, Catalogue};
use moves_domain::ids::OrgId;

/// The framework `version` of `org` as `reader` reads it.
pub async fn check_wording(
    ctx: &Ctx,
    catalogue: &Catalogue,
    org: OrgId,
    version: &FrameworkVersion,
    reader: Reader,
) -> Result<AdaptedFramework, Error> {
    let mut adaptation = adaptation_in_force(ctx.store(), org, version).await?;
    let for_young_people = adaptation
        .overlay
        .as_ref()
        .and_then(|id| catalogue.overlay(id.as_str()))
        .is_some_and(|o| o.audience == Some(WordingAudience::YoungPeople));
    if for_young_people && reader == Reader::Other {
        adaptation.overlay = None;
    }
    Ok(catalogue.adapted(&adaptation)?)
}

/// The wording `check` reads with for whoever opened `open`: the young
/// people's wording for the young person when it is the accepted one.
pub async fn wording_for(
    ctx: &Ctx,
    catalogue: &Catalogue,
    open: &OpenCircle,
    check: &Check,
) -> Result<AdaptedFramework, Error> {
    let reader = if open.access.role() == Some(CircleRole::FocusPerson) {
        Reader::YoungPerson
    } else {
        Reader::Other
    };
    check_wording(ctx, catalogue, open.circle.org_id, &check.framework, reader).await
}
