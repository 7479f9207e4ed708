//! Opening a circle to read it: the one way a circle's data leaves the store
//! for a person. Access is checked (see [`CircleAccess`]) and the read is
//! audited before anything is returned: if the audit entry cannot be written,
//! nothing is.

use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::circle::access::CircleAccess;
pub use moves_domain::circle::open::OpenCircle;
use moves_domain::clock::Clock;
use moves_domain::ids::CircleId;
use moves_domain::permission::{Actor, Capability};
use moves_store::{AuditEntry, AuditStore, CircleStore, StoreResult, TeamStore};

/// The circle `id` of the organisation `actor` works in, opened for them:
/// access decided from their roles now, and the read audited before anything
/// is returned. `NotFound` when there is no such circle there or they may not
/// open it (answered alike, so ids cannot be probed); such a refused read is
/// recorded too, by the id. `page` says what was read (a short code kept as
/// the audit entry's detail).
pub async fn open_circle(
    ctx: &Ctx,
    actor: &Actor,
    id: CircleId,
    page: &str,
) -> Result<OpenCircle, Error> {
    match open_with(ctx.store(), ctx.clock(), actor, id, page).await? {
        Some(open) => Ok(open),
        None => {
            refused_read(ctx, actor, &id.to_string(), page).await?;
            Err(Error::NotFound)
        }
    }
}

/// Records that `actor` asked for `subject` (a parsed id, never the text they
/// sent) and was refused: in the log of the organisation they work in, so an
/// administrator sees ids being probed.
pub(crate) async fn refused_read(
    ctx: &Ctx,
    actor: &Actor,
    subject: &str,
    what: &str,
) -> Result<(), Error> {
    let Some(user) = actor.user else {
        return Ok(());
    };
    let scope = actor
        .org
        .map_or(AuditScope::Installation, AuditScope::Organisation);
    let entry = AuditEntry::new(scope, ctx.now(), Some(user), AuditAction::ReadRefused)
        .subject(subject)
        .detail(what);
    ctx.store().append_audit(&entry).await?;
    Ok(())
}

/// [`open_circle`] on any store that has circles, teams and an audit log:
/// `None` when the circle cannot be opened by `actor`.
async fn open_with<S>(
    store: &S,
    clock: &dyn Clock,
    actor: &Actor,
    id: CircleId,
    page: &str,
) -> StoreResult<Option<OpenCircle>>
where
    S: CircleStore + AuditStore + TeamStore + ?Sized,
{
    let (Some(user), Some(org)) = (actor.user, actor.org) else {
        return Ok(None);
    };
    let Some(circle) = store.circle(org, id).await? else {
        return Ok(None);
    };
    let members = store.circle_members(org, id).await?;
    // Teams matter only to managers; others are spared the query.
    let teams = if actor.may(Capability::SeeTeamCircles) && circle.team_id.is_some() {
        store
            .teams_of_user(org, user)
            .await?
            .into_iter()
            .map(|t| t.id)
            .collect()
    } else {
        Vec::new()
    };
    let Some(access) = CircleAccess::for_actor(actor, &circle, &members, &teams) else {
        return Ok(None);
    };
    let entry = AuditEntry::new(
        AuditScope::Organisation(org),
        clock.now(),
        Some(user),
        AuditAction::RecordRead,
    )
    .subject(circle.id.to_string())
    .detail(page);
    store.append_audit(&entry).await?;
    Ok(Some(OpenCircle {
        circle,
        members,
        access,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use async_trait::async_trait;
    use moves_domain::circle::member::{CircleMember, CircleRole};
    use moves_domain::circle::space::{Circle, NewCircle};
    use moves_domain::clock::{FixedClock, Timestamp};
    use moves_domain::ids::{OrgId, TeamId, UserId};
    use moves_domain::membership::Role;
    use moves_domain::team::{Team, TeamMember};
    use moves_store::AuditQuery;
    use moves_store::{CircleSummary, StoreError, VersionedWrite};
    use std::sync::Mutex;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    /// One circle, its members, one team membership, and an audit log that
    /// can be made to fail.
    struct Fake {
        circle: Circle,
        members: Vec<CircleMember>,
        team_of: Option<(UserId, TeamId)>,
        audit: Mutex<Vec<AuditEntry>>,
        audit_fails: bool,
    }

    #[async_trait]
    impl AuditStore for Fake {
        async fn append_audit(&self, entry: &AuditEntry) -> StoreResult<()> {
            if self.audit_fails {
                return Err(StoreError::Unavailable("audit log is down".into()));
            }
            self.audit.lock().unwrap().push(entry.clone());
            Ok(())
        }
        async fn append_audit_batch(&self, entries: &[AuditEntry]) -> StoreResult<()> {
            for e in entries {
                self.append_audit(e).await?;
            }
            Ok(())
        }
        async fn list_audit(&self, _: &AuditQuery) -> StoreResult<Vec<AuditEntry>> {
            Ok(self.audit.lock().unwrap().clone())
        }
        // A fake keeps no chains: nothing to link or check.
        async fn link_unlinked_audit(&self) -> StoreResult<u64> {
            Ok(0)
        }
        async fn verify_audit_chains(
            &self,
        ) -> StoreResult<Vec<moves_domain::audit_chain::ChainReport>> {
            Ok(Vec::new())
        }
    }

    #[async_trait]
    impl CircleStore for Fake {
        async fn create_circle(
            &self,
            _: &Circle,
            _: &[CircleMember],
            _: &AuditEntry,
        ) -> StoreResult<bool> {
            Err(StoreError::Unavailable("read-only fake".into()))
        }
        async fn circle(&self, org: OrgId, id: CircleId) -> StoreResult<Option<Circle>> {
            Ok((self.circle.org_id == org && self.circle.id == id).then(|| self.circle.clone()))
        }
        async fn circle_members(&self, org: OrgId, id: CircleId) -> StoreResult<Vec<CircleMember>> {
            Ok(self
                .members
                .iter()
                .filter(|m| m.org_id == org && m.circle_id == id)
                .cloned()
                .collect())
        }
        async fn add_circle_member(
            &self,
            _: &CircleMember,
            _: i64,
            _: bool,
            _: &AuditEntry,
        ) -> StoreResult<VersionedWrite> {
            Err(StoreError::Unavailable("read-only fake".into()))
        }
        async fn close_circle(
            &self,
            _: OrgId,
            _: CircleId,
            _: i64,
            _: &moves_domain::circle::Closing,
            _: &AuditEntry,
        ) -> StoreResult<VersionedWrite> {
            Err(StoreError::Unavailable("read-only fake".into()))
        }
        async fn reopen_circle(
            &self,
            _: OrgId,
            _: CircleId,
            _: i64,
            _: &AuditEntry,
        ) -> StoreResult<VersionedWrite> {
            Err(StoreError::Unavailable("read-only fake".into()))
        }
        async fn circles_of_user(&self, _: OrgId, _: UserId) -> StoreResult<Vec<CircleSummary>> {
            Ok(Vec::new())
        }
        async fn circles_of_teams_of_user(
            &self,
            _: OrgId,
            _: UserId,
        ) -> StoreResult<Vec<CircleSummary>> {
            Ok(Vec::new())
        }
    }

    #[async_trait]
    impl TeamStore for Fake {
        async fn create_team(&self, _: &Team, _: &AuditEntry) -> StoreResult<()> {
            Err(StoreError::Unavailable("read-only fake".into()))
        }
        async fn teams_of_organisation(&self, _: OrgId) -> StoreResult<Vec<Team>> {
            Ok(Vec::new())
        }
        async fn teams_page(
            &self,
            _: OrgId,
            _: Option<(String, TeamId)>,
            _: u32,
        ) -> StoreResult<Vec<Team>> {
            Ok(Vec::new())
        }
        async fn team_memberships_of_teams(
            &self,
            _: OrgId,
            _: &[TeamId],
        ) -> StoreResult<Vec<TeamMember>> {
            Ok(Vec::new())
        }
        async fn team(&self, _: OrgId, _: TeamId) -> StoreResult<Option<Team>> {
            Ok(None)
        }
        async fn add_team_member(
            &self,
            _: OrgId,
            _: TeamId,
            _: UserId,
            _: Timestamp,
            _: &AuditEntry,
        ) -> StoreResult<bool> {
            Ok(false)
        }
        async fn remove_team_member(
            &self,
            _: OrgId,
            _: TeamId,
            _: UserId,
            _: &AuditEntry,
        ) -> StoreResult<bool> {
            Ok(false)
        }
        async fn team_members(&self, _: OrgId, _: TeamId) -> StoreResult<Vec<UserId>> {
            Ok(Vec::new())
        }
        async fn team_members_page(
            &self,
            _: OrgId,
            _: TeamId,
            _: Option<(Timestamp, UserId)>,
            _: u32,
        ) -> StoreResult<Vec<TeamMember>> {
            Ok(Vec::new())
        }
        async fn team_members_among(
            &self,
            _: OrgId,
            _: TeamId,
            _: &[UserId],
        ) -> StoreResult<Vec<UserId>> {
            Ok(Vec::new())
        }
        async fn team_memberships_of_organisation(&self, _: OrgId) -> StoreResult<Vec<TeamMember>> {
            Ok(Vec::new())
        }
        async fn teams_of_user(&self, org: OrgId, user: UserId) -> StoreResult<Vec<Team>> {
            Ok(match self.team_of {
                Some((u, t)) if u == user => vec![Team {
                    id: t,
                    org_id: org,
                    name: "North".into(),
                    created_at: T0,
                }],
                _ => Vec::new(),
            })
        }
    }

    fn actor(org: OrgId, role: Role) -> Actor {
        Actor {
            user: Some(UserId::new()),
            org: Some(org),
            roles: vec![role],
            ..Actor::default()
        }
    }

    fn fake(org: OrgId, practitioner: &Actor, team: TeamId, manager: &Actor) -> Fake {
        let circle = Circle::new(
            CircleId::new(),
            org,
            &NewCircle {
                focus_name: "Zoë",
                team_id: Some(team),
                ..NewCircle::default()
            },
            UserId::new(),
            T0,
        )
        .unwrap();
        let member = CircleMember::new(
            org,
            circle.id,
            practitioner.user,
            "Sam",
            "",
            CircleRole::Practitioner,
            T0,
        )
        .unwrap();
        Fake {
            circle,
            members: vec![member],
            team_of: manager.user.map(|u| (u, team)),
            audit: Mutex::new(Vec::new()),
            audit_fails: false,
        }
    }

    #[tokio::test]
    async fn a_member_opens_it_and_the_read_is_audited_first() {
        let org = OrgId::new();
        let practitioner = actor(org, Role::Practitioner);
        let manager = actor(org, Role::Manager);
        let store = fake(org, &practitioner, TeamId::new(), &manager);
        let clock = FixedClock::at(T0);
        let id = store.circle.id;

        let open = open_with(&store, &clock, &practitioner, id, "overview")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(open.circle.id, id);
        assert_eq!(open.access.role(), Some(CircleRole::Practitioner));
        let log = store.audit.lock().unwrap().clone();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].action, AuditAction::RecordRead);
        assert_eq!(log[0].actor, practitioner.user);
        assert_eq!(log[0].subject.as_deref(), Some(id.to_string().as_str()));
        assert_eq!(log[0].detail.as_deref(), Some("overview"));
        assert_eq!(log[0].scope, AuditScope::Organisation(org));

        let by_manager = open_with(&store, &clock, &manager, id, "people")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(by_manager.access, CircleAccess::TeamManager);
        assert_eq!(store.audit.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn no_audit_no_data() {
        let org = OrgId::new();
        let practitioner = actor(org, Role::Practitioner);
        let mut store = fake(
            org,
            &practitioner,
            TeamId::new(),
            &actor(org, Role::Manager),
        );
        store.audit_fails = true;
        let clock = FixedClock::at(T0);
        let result = open_with(&store, &clock, &practitioner, store.circle.id, "overview").await;
        assert!(
            matches!(result, Err(StoreError::Unavailable(_))),
            "{result:?}"
        );
    }

    #[tokio::test]
    async fn nobody_else_opens_it_and_nothing_is_logged_for_them() {
        let org = OrgId::new();
        let practitioner = actor(org, Role::Practitioner);
        let store = fake(
            org,
            &practitioner,
            TeamId::new(),
            &actor(org, Role::Manager),
        );
        let clock = FixedClock::at(T0);
        let id = store.circle.id;
        let mut outsiders: Vec<Actor> = Role::ALL.into_iter().map(|r| actor(org, r)).collect();
        // The member, working in another organisation, or naming another.
        outsiders.push(Actor {
            org: Some(OrgId::new()),
            ..practitioner.clone()
        });
        outsiders.push(Actor::anonymous());
        for a in &outsiders {
            assert_eq!(
                open_with(&store, &clock, a, id, "overview").await.unwrap(),
                None,
                "{a:?}"
            );
        }
        assert_eq!(
            open_with(&store, &clock, &practitioner, CircleId::new(), "overview")
                .await
                .unwrap(),
            None
        );
        assert!(store.audit.lock().unwrap().is_empty());
    }
}
