//! The sharing agreements in a circle's export: everyone in the circle reads
//! them, ended ones too (what was agreed at the time stays known).

use super::{name_of, rfc3339};
use crate::circle::agreement::SharingAgreement;
use crate::circle::open::OpenCircle;
use crate::ids::AgreementId;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedAgreement {
    pub id: AgreementId,
    /// Who decided: the person who decided about sharing then.
    pub decided_by: String,
    pub what: String,
    pub with_whom: String,
    /// Who recorded it: the person who decided, or a practitioner with them.
    pub recorded_by: String,
    pub recorded_at: String,
    pub ended_by: Option<String>,
    pub ended_at: Option<String>,
}

/// The agreements of `open`'s circle (of no other), in the order given.
pub(super) fn exported(
    open: &OpenCircle,
    agreements: &[SharingAgreement],
) -> Vec<ExportedAgreement> {
    let members = &open.members;
    agreements
        .iter()
        .filter(|a| a.org_id == open.circle.org_id && a.circle_id == open.circle.id)
        .map(|a| ExportedAgreement {
            id: a.id,
            decided_by: name_of(members, a.decided_by),
            what: a.what.clone(),
            with_whom: a.with_whom.clone(),
            recorded_by: name_of(members, a.recorded_by),
            recorded_at: rfc3339(a.recorded_at),
            ended_by: a.ended.map(|(by, _)| name_of(members, by)),
            ended_at: a.ended.map(|(_, at)| rfc3339(at)),
        })
        .collect()
}
