//! The organisation's security settings, for its administrators: whether
//! staff must give a second factor (off only with a recorded reason), and
//! which staff have set one up, a page of the organisation's members at a
//! time (the names shown are audited as read). A change of the setting and
//! its `mfa_changed` entry are one transaction.

use super::members::{MEMBERS_PAGE, MemberCursor, page_of};
use super::{admin_of, audit_people_shown, entry, names_of};
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::auth::mfa::OrgMfaSetting;
use moves_domain::clock::Timestamp;
use moves_domain::ids::UserId;
use moves_domain::permission::{Actor, Capability};
use moves_domain::text::TextError;
use std::collections::HashMap;

/// One member of staff and whether they have set up a second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub id: UserId,
    pub name: String,
    /// When they set it up, if they have.
    pub enrolled: Option<Timestamp>,
}

/// What the security page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityView {
    pub setting: OrgMfaSetting,
    /// Who last changed the setting, by name.
    pub changed_by: Option<String>,
    /// The staff among one page of the organisation's members.
    pub staff: Vec<StaffMember>,
    /// Where the next page of members starts, when there is one.
    pub next: Option<MemberCursor>,
}

/// The security settings of `actor`'s organisation, with the staff among
/// the page of members after `after`.
pub async fn security(
    ctx: &Ctx,
    actor: &Actor,
    after: Option<MemberCursor>,
) -> Result<SecurityView, Error> {
    let (org, admin) = admin_of(actor, Capability::ManageSettings)?;
    let setting = ctx.store().org_mfa_setting(org).await?;
    let (memberships, next) = page_of(ctx, org, after, MEMBERS_PAGE).await?;
    let mut staff_ids: Vec<UserId> = memberships
        .into_iter()
        .filter(|m| m.is_active() && m.role.is_staff())
        .map(|m| m.user_id)
        .collect();
    staff_ids.sort_unstable();
    staff_ids.dedup();
    let enrolled: HashMap<UserId, Timestamp> = if staff_ids.is_empty() {
        HashMap::new()
    } else {
        ctx.store()
            .totp_enrolments(&staff_ids)
            .await?
            .into_iter()
            .collect()
    };
    let names = names_of(ctx, staff_ids.iter().copied().chain(setting.changed_by)).await?;
    audit_people_shown(
        ctx,
        org,
        admin,
        staff_ids.iter().copied().chain(setting.changed_by),
        "security",
    )
    .await?;
    let mut staff: Vec<StaffMember> = staff_ids
        .iter()
        .filter_map(|id| {
            names.get(id).map(|name| StaffMember {
                id: *id,
                name: name.clone(),
                enrolled: enrolled.get(id).copied(),
            })
        })
        .collect();
    staff.sort_by_key(|s| s.name.to_lowercase());
    Ok(SecurityView {
        changed_by: setting.changed_by.and_then(|id| names.get(&id).cloned()),
        setting,
        staff,
        next,
    })
}

/// Whether staff must give a second factor in `actor`'s organisation; off
/// only with a reason (refused as typed otherwise). Turning on what is on
/// already changes and logs nothing.
pub async fn set_second_factor(
    ctx: &Ctx,
    actor: &Actor,
    required: bool,
    reason: &str,
) -> Result<Result<(), TextError>, Error> {
    let (org, admin) = admin_of(actor, Capability::ManageSettings)?;
    let now = ctx.now();
    let setting = if required {
        OrgMfaSetting::turn_on(admin, now)
    } else {
        match OrgMfaSetting::turn_off(reason, admin, now) {
            Ok(s) => s,
            Err(e) => return Ok(Err(e)),
        }
    };
    let current = ctx.store().org_mfa_setting(org).await?;
    if current.required && setting.required {
        return Ok(Ok(()));
    }
    let audit = entry(ctx, org, admin, AuditAction::MfaChanged)
        .subject(org.to_string())
        .detail(setting.audit_detail());
    ctx.store()
        .set_org_mfa_setting(org, &setting, &audit)
        .await?;
    Ok(Ok(()))
}
