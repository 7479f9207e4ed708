//! The wording a check reads with: the organisation's framework as it was at
//! the check's version (never today's), and for the young person the wording
//! for young people when that is the one the organisation accepted. Others
//! then read the same moves in the wording underneath it.

use crate::framework::adaptation::{
    AdaptedFramework, FrameworkVersion, InForceError, adaptation_in_force,
};
use crate::framework::{Audience as WordingAudience, Catalogue};
use crate::ids::OrgId;
use crate::store::AdaptationStore;

/// Who is reading: the young person (the circle's focus), or anyone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    YoungPerson,
    Other,
}

/// The framework `version` of `org` as `reader` reads it.
pub async fn check_wording(
    store: &dyn AdaptationStore,
    catalogue: &Catalogue,
    org: OrgId,
    version: &FrameworkVersion,
    reader: Reader,
) -> Result<AdaptedFramework, InForceError> {
    let mut adaptation = adaptation_in_force(store, org, version).await?;
    let for_young_people = adaptation
        .overlay
        .as_ref()
        .and_then(|id| catalogue.overlay(id.as_str()))
        .is_some_and(|o| o.audience == Some(WordingAudience::YoungPeople));
    if for_young_people && reader == Reader::Other {
        adaptation.overlay = None;
    }
    catalogue.adapted(&adaptation)
}
