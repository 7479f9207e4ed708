//! The administrators' use cases in `moves_core::admin`, called as the web
//! layer calls them: each acts only inside the administrator's own
//! organisation (an administrator of another gets `NotFound`, or changes only
//! their own, and nothing of the first changes), stores each change with its
//! audit entry, and audits the reading of every list that names people.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod lists;
mod other_organisation;
mod writes;

use moves_core::Ctx;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::ids::{MembershipId, OrgId};
use moves_core::membership::Role;
use moves_core::organisation::Organisation;
use moves_core::permission::Actor;
use moves_core::team::Team;
use moves_core::user::User;
use moves_store::{AuditEntry, AuditQuery};
use support::App;

/// Two organisations, each with an administrator; A has a practitioner in a
/// team.
pub struct Scene {
    pub app: App,
    pub ctx: Ctx,
    pub a: Organisation,
    pub b: Organisation,
    pub a_admin: Actor,
    pub b_admin: Actor,
    pub sam: User,
    pub sam_membership: MembershipId,
    pub team: Team,
}

fn admin_actor(user: &User, org: &Organisation) -> Actor {
    Actor {
        user: Some(user.id),
        installation_admin: false,
        org: Some(org.id),
        roles: vec![Role::OrgAdmin],
    }
}

pub async fn scene() -> Scene {
    let app = App::empty().await;
    let ctx = Ctx::new(app.store.clone(), app.clock.clone());
    let a = app.organisation("Organisation A").await;
    let b = app.organisation("Organisation B").await;
    let ada = app
        .person("Ada Admin", "ada@a.example", &a, Role::OrgAdmin)
        .await;
    let bea = app
        .person("Bea Admin", "bea@b.example", &b, Role::OrgAdmin)
        .await;
    let sam = app
        .person("Sam Practitioner", "sam@a.example", &a, Role::Practitioner)
        .await;
    let sam_membership = app
        .store
        .memberships_of_user(sam.id)
        .await
        .unwrap()
        .first()
        .unwrap()
        .id;
    let team = Team::new(a.id, "North", support::T0).unwrap();
    app.store
        .create_team(&team, &support::set_up(AuditAction::TeamChanged))
        .await
        .unwrap();
    assert!(
        app.store
            .add_team_member(
                a.id,
                team.id,
                sam.id,
                support::T0,
                &support::set_up(AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    Scene {
        a_admin: admin_actor(&ada, &a),
        b_admin: admin_actor(&bea, &b),
        app,
        ctx,
        a,
        b,
        sam,
        sam_membership,
        team,
    }
}

/// Everything in `org`'s log, newest first.
pub async fn log(app: &App, org: OrgId) -> Vec<AuditEntry> {
    app.store
        .list_audit(&AuditQuery {
            limit: 10_000,
            ..AuditQuery::new(AuditScope::Organisation(org))
        })
        .await
        .unwrap()
}
