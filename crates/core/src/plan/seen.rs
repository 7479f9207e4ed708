//! The plans of an opened circle its reader may see, read from the store.

use moves_domain::circle::OpenCircle;
use moves_domain::plan::{Plan, plans_seen};
use moves_store::{PlanStore, StoreResult};

/// Every plan of an opened circle its reader may see, newest first. The
/// circle was opened (and the read audited) by [`crate::circle::open_circle`].
pub async fn plans_for_reader<S>(store: &S, open: &OpenCircle) -> StoreResult<Vec<Plan>>
where
    S: PlanStore + ?Sized,
{
    let plans = store
        .plans_of_circle(open.circle.org_id, open.circle.id)
        .await?;
    Ok(plans_seen(open, plans))
}
