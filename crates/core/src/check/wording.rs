//! The wording a check reads with: the organisation's framework as it was at
//! the check's version (never today's), and for the young person the wording
//! for young people when that is the one the organisation accepted. Others
//! then read the same moves in the wording underneath it.

use crate::Error;
use crate::framework::adaptation::{AdaptedFramework, FrameworkVersion, adaptation_in_force};
pub use moves_domain::check::wording::*;
use moves_domain::framework::{Audience as WordingAudience, Catalogue};
use moves_domain::ids::OrgId;
use moves_store::AdaptationStore;

/// The framework `version` of `org` as `reader` reads it.
pub async fn check_wording(
    store: &dyn AdaptationStore,
    catalogue: &Catalogue,
    org: OrgId,
    version: &FrameworkVersion,
    reader: Reader,
) -> Result<AdaptedFramework, Error> {
    let mut adaptation = adaptation_in_force(store, org, version).await?;
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
