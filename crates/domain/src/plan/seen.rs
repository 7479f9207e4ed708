//! What of a circle's plans a person may see, for every page and export that
//! shows plans: only through the plan's audience and byline.

use crate::circle::OpenCircle;
use crate::plan::record::Plan;

/// The plans of an opened circle its reader may see, in the order given. Use
/// it for the plans pages and the subject access export alike.
pub fn plans_seen(open: &OpenCircle, plans: Vec<Plan>) -> Vec<Plan> {
    plans
        .into_iter()
        .filter(|p| p.org_id == open.circle.org_id && p.circle_id == open.circle.id)
        .filter(|p| p.seen_by(&open.access))
        .collect()
}
