//! An organisation's adaptation of the framework: the domain's rules, and the
//! wording that was in force for a record's version, read from the store.

use crate::Error;
use moves_domain::framework::Catalogue;
pub use moves_domain::framework::adaptation::*;
use moves_domain::ids::OrgId;
use moves_store::AdaptationStore;

/// The wording that was in force for `version` in organisation `org`: what a
/// record made with that version reads with, whatever was adapted since.
pub async fn framework_in_force(
    store: &dyn AdaptationStore,
    catalogue: &Catalogue,
    org: OrgId,
    version: &FrameworkVersion,
) -> Result<AdaptedFramework, Error> {
    let adaptation = adaptation_in_force(store, org, version).await?;
    Ok(catalogue.adapted(&adaptation)?)
}

/// The adaptation as it was at `version` in organisation `org`.
pub async fn adaptation_in_force(
    store: &dyn AdaptationStore,
    org: OrgId,
    version: &FrameworkVersion,
) -> Result<Adaptation, Error> {
    let stored = if version.adaptation_version == 0 {
        None
    } else {
        store
            .adaptation_version(org, version.adaptation_version)
            .await?
            .map(|s| s.adaptation)
    };
    Ok(adaptation_at(version, stored)?)
}
