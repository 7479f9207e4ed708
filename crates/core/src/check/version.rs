//! The framework version new checks are started on: the organisation's
//! latest adaptation, or the public edition as published.

use crate::framework::adaptation::FrameworkVersion;
use crate::{Ctx, Error};
use moves_domain::framework::FrameworkId;
use moves_domain::ids::OrgId;

pub(crate) async fn version_in_force(
    ctx: &Ctx,
    org: OrgId,
    public: &FrameworkId,
) -> Result<FrameworkVersion, Error> {
    Ok(match ctx.store().latest_adaptation(org).await? {
        Some(saved) => FrameworkVersion {
            edition: saved.adaptation.base.clone(),
            adaptation_version: saved.adaptation.version,
        },
        None => FrameworkVersion {
            edition: public.clone(),
            adaptation_version: 0,
        },
    })
}
