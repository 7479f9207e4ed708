//! Invitations: whoever already holds the login being invited, and what the
//! audit log records (who invited whom with which role, who accepted, whose
//! role was taken away; ids only).

use moves_domain::audit::{AuditAction, AuditScope};
pub use moves_domain::auth::invite::*;
use moves_domain::auth::one_time::OneTimeToken;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};
use moves_domain::membership::Membership;
use moves_domain::user::login_key;
use moves_store::AuditEntry;

use crate::{Ctx, Error};

/// Whoever holds `login` already, sorted for an invitation into `org`
/// ([`Existing::sort`]), and the roles they hold in `org` now (a role is
/// never given twice).
pub(crate) async fn existing_for(
    ctx: &Ctx,
    login: &Login,
    org: OrgId,
) -> Result<(Option<Existing>, Vec<Membership>), Error> {
    let store = ctx.store();
    let Some(user) = store.user_by_login(&login_key(login.as_str())).await? else {
        return Ok((None, Vec::new()));
    };
    let roles = store.memberships_of_user(user.id).await?;
    let links = store.live_one_time_tokens(user.id, ctx.now()).await?;
    let elsewhere = store.account_made_by(user.id).await? != Some(org);
    let anywhere = roles.len();
    let held_here = roles.into_iter().filter(|m| m.org_id == org).collect();
    Ok((
        Some(Existing::sort(user, anywhere, links, elsewhere)),
        held_here,
    ))
}

/// Who invited whom, with which role.
pub(crate) fn invite_audit(
    plan: &InvitePlan,
    org: OrgId,
    by: UserId,
    person: UserId,
    at: Timestamp,
) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        at,
        Some(by),
        AuditAction::InviteCreated,
    )
    .subject(person.to_string())
    .detail(plan.role.as_str())
}

/// An invitation accepted (`invite_used`, `role_changed`), naming the
/// membership as stored: a new one, or one given back.
pub(crate) fn acceptance_audit(
    used: &OneTimeToken,
    membership: &Membership,
    now: Timestamp,
) -> Vec<AuditEntry> {
    let scope = AuditScope::Organisation(membership.org_id);
    let role = membership.role.as_str();
    vec![
        AuditEntry::new(scope, now, Some(used.user_id), AuditAction::InviteUsed)
            .subject(used.user_id.to_string())
            .detail(role),
        AuditEntry::new(scope, now, Some(used.user_id), AuditAction::RoleChanged)
            .subject(membership.id.to_string())
            .detail(role),
    ]
}

/// A membership taken away.
pub(crate) fn revoke_audit(target: &Membership, by: UserId, at: Timestamp) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(target.org_id),
        at,
        Some(by),
        AuditAction::RoleChanged,
    )
    .subject(target.id.to_string())
    .detail("revoked")
}

#[cfg(test)]
mod tests {
    use super::*;
    use moves_domain::membership::Role;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    #[test]
    fn invitations_are_audited_by_ids_only() {
        let org = OrgId::new();
        let request = InviteRequest {
            name: "A".into(),
            email: "a@b.org".into(),
            username: String::new(),
            role: "manager".into(),
        };
        let plan = request.parse().unwrap();
        let invitee = plan.person(None, T0).unwrap();
        let person = invitee.user.id;
        let (_, link) = plan.link(&invitee, org, T0).unwrap();
        let m = acceptance(&link, T0).unwrap();
        let actions: Vec<_> = acceptance_audit(&link, &m, T0)
            .iter()
            .map(|e| e.action)
            .collect();
        assert_eq!(
            actions,
            vec![AuditAction::InviteUsed, AuditAction::RoleChanged]
        );
        let entry = invite_audit(&plan, org, UserId::new(), person, T0);
        assert_eq!(entry.subject.as_deref(), Some(person.to_string().as_str()));
        assert!(!format!("{entry:?}").contains("a@b.org"));
        let own = Membership::new(org, UserId::new(), Role::OrgAdmin, T0);
        assert_eq!(
            revoke_audit(&own, UserId::new(), T0).detail.as_deref(),
            Some("revoked")
        );
    }
}
