//! Stories of the team store: teams inside one organisation and who is in them.

use super::{T0, member, org, person};
use moves_domain::ids::{TeamId, UserId};
use moves_domain::membership::Role;
use moves_domain::organisation::Organisation;
use moves_domain::team::{Team, TeamMember};
use moves_store::{Store, StoreError};

async fn team(store: &dyn Store, org: &Organisation, name: &str) -> Team {
    let team = Team::new(org.id, name, T0).unwrap();
    store
        .create_team(
            &team,
            &super::logged(team.org_id, super::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    team
}

pub async fn teams_are_created_and_listed_by_name(store: &dyn Store) {
    let a = org(store, "A").await;
    assert!(store.teams_of_organisation(a.id).await.unwrap().is_empty());
    let south = team(store, &a, "South").await;
    let north = team(store, &a, "north").await;
    let odd = team(store, &a, "Équipe Nord 🌱").await;
    assert_eq!(
        store.team(a.id, north.id).await.unwrap(),
        Some(north.clone())
    );
    assert_eq!(store.team(a.id, TeamId::new()).await.unwrap(), None);
    assert_eq!(
        store.teams_of_organisation(a.id).await.unwrap(),
        vec![north, south, odd],
        "listed by name without regard to case"
    );
}

pub async fn team_names_are_unique_without_case(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    team(store, &a, "North Team").await;
    for again in ["North Team", "NORTH TEAM", "north team", "  North Team  "] {
        let dup = Team::new(a.id, again, T0).unwrap();
        assert!(
            matches!(
                store
                    .create_team(
                        &dup,
                        &super::logged(dup.org_id, super::AuditAction::TeamChanged)
                    )
                    .await,
                Err(StoreError::Conflict(_))
            ),
            "{again:?}"
        );
    }
    team(store, &a, "Straße").await;
    let folded = Team::new(a.id, "STRASSE", T0).unwrap();
    assert!(matches!(
        store
            .create_team(
                &folded,
                &super::logged(folded.org_id, super::AuditAction::TeamChanged)
            )
            .await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(store.teams_of_organisation(a.id).await.unwrap().len(), 2);
    // Another organisation may use the same name.
    team(store, &b, "North Team").await;
    assert_eq!(store.teams_of_organisation(b.id).await.unwrap().len(), 1);
}

pub async fn team_members_are_added_and_removed(store: &dyn Store) {
    let a = org(store, "A").await;
    let north = team(store, &a, "North").await;
    let south = team(store, &a, "South").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    let stranger = person(store, "Stranger", "stranger@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    let jo_m = member(store, &a, &jo, Role::Manager).await;

    assert!(store.team_members(a.id, north.id).await.unwrap().is_empty());
    assert!(
        store
            .add_team_member(
                a.id,
                north.id,
                sam.id,
                T0,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    let later = T0.plus_seconds(60);
    assert!(
        store
            .add_team_member(
                a.id,
                north.id,
                jo.id,
                later,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    assert!(
        !store
            .add_team_member(
                a.id,
                north.id,
                sam.id,
                later,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap(),
        "once only"
    );
    assert!(
        store
            .add_team_member(
                a.id,
                south.id,
                sam.id,
                T0,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    assert_eq!(
        store.team_members(a.id, north.id).await.unwrap(),
        vec![sam.id, jo.id],
        "in the order they joined"
    );
    // A page at a time, in the same order, then nothing after the last.
    let first = store
        .team_members_page(a.id, north.id, None, 1)
        .await
        .unwrap();
    assert_eq!(
        first.iter().map(|m| m.user_id).collect::<Vec<_>>(),
        [sam.id]
    );
    let after_sam = Some((first[0].added_at, first[0].user_id));
    let second = store
        .team_members_page(a.id, north.id, after_sam, 5)
        .await
        .unwrap();
    assert_eq!(
        second.iter().map(|m| m.user_id).collect::<Vec<_>>(),
        [jo.id]
    );
    assert!(
        store
            .team_members_page(a.id, north.id, Some((later, jo.id)), 5)
            .await
            .unwrap()
            .is_empty()
    );
    // Which of some people are in a team: only that team, only those asked.
    let mut among = store
        .team_members_among(a.id, north.id, &[jo.id, stranger.id, sam.id])
        .await
        .unwrap();
    among.sort_unstable();
    let mut both = vec![sam.id, jo.id];
    both.sort_unstable();
    assert_eq!(among, both);
    assert_eq!(
        store
            .team_members_among(a.id, south.id, &[jo.id, sam.id])
            .await
            .unwrap(),
        [sam.id]
    );
    assert!(
        store
            .team_members_among(a.id, north.id, &[])
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store.teams_of_user(a.id, sam.id).await.unwrap(),
        vec![north.clone(), south.clone()]
    );
    let all = store.team_memberships_of_organisation(a.id).await.unwrap();
    assert_eq!(all.len(), 3);
    assert!(all.contains(&TeamMember {
        org_id: a.id,
        team_id: north.id,
        user_id: jo.id,
        added_at: later,
    }));

    // Only people with an active membership of the organisation.
    assert!(
        !store
            .add_team_member(
                a.id,
                north.id,
                stranger.id,
                T0,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    assert!(
        !store
            .add_team_member(
                a.id,
                north.id,
                UserId::new(),
                T0,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    assert!(
        store
            .revoke_membership(
                a.id,
                jo_m.id,
                later,
                &super::logged(a.id, super::AuditAction::RoleChanged)
            )
            .await
            .unwrap()
    );
    assert!(
        !store
            .team_members(a.id, north.id)
            .await
            .unwrap()
            .contains(&jo.id),
        "someone with no role left here leaves its teams"
    );
    assert!(
        !store
            .add_team_member(
                a.id,
                south.id,
                jo.id,
                later,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap(),
        "a revoked membership grants nothing"
    );

    assert!(
        store
            .remove_team_member(
                a.id,
                north.id,
                sam.id,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    assert!(
        !store
            .remove_team_member(
                a.id,
                north.id,
                sam.id,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap(),
        "removed once"
    );
    assert!(store.team_members(a.id, north.id).await.unwrap().is_empty());
    assert_eq!(
        store.teams_of_user(a.id, sam.id).await.unwrap(),
        vec![south]
    );
    // Taking away one of two roles leaves the person in their teams.
    let sam_manager = member(store, &a, &sam, Role::Manager).await;
    assert!(
        store
            .add_team_member(
                a.id,
                north.id,
                sam.id,
                later,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    let sam_practitioner = store
        .memberships_of_user(sam.id)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.role == Role::Practitioner)
        .unwrap();
    assert!(
        store
            .revoke_membership(
                a.id,
                sam_practitioner.id,
                later,
                &super::logged(a.id, super::AuditAction::RoleChanged)
            )
            .await
            .unwrap()
    );
    assert_eq!(
        store.team_members(a.id, north.id).await.unwrap(),
        vec![sam.id]
    );
    assert!(
        store
            .revoke_membership(
                a.id,
                sam_manager.id,
                later,
                &super::logged(a.id, super::AuditAction::RoleChanged)
            )
            .await
            .unwrap()
    );
    assert!(store.teams_of_user(a.id, sam.id).await.unwrap().is_empty());
}

pub async fn teams_are_sealed_by_organisation(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let north = team(store, &a, "North").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let bea = person(store, "Bea", "bea@example.org").await;
    member(store, &a, &sam, Role::Practitioner).await;
    member(store, &b, &sam, Role::Practitioner).await;
    member(store, &b, &bea, Role::OrgAdmin).await;
    assert!(
        store
            .add_team_member(
                a.id,
                north.id,
                sam.id,
                T0,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );

    // Organisation B asks about A's team: nothing there.
    assert_eq!(store.team(b.id, north.id).await.unwrap(), None);
    assert!(store.teams_of_organisation(b.id).await.unwrap().is_empty());
    assert!(store.team_members(b.id, north.id).await.unwrap().is_empty());
    assert!(store.teams_of_user(b.id, sam.id).await.unwrap().is_empty());
    assert!(
        store
            .team_memberships_of_organisation(b.id)
            .await
            .unwrap()
            .is_empty()
    );
    // ... and cannot add to it or take from it, even with its own members.
    for user in [sam.id, bea.id] {
        assert!(
            !store
                .add_team_member(
                    b.id,
                    north.id,
                    user,
                    T0,
                    &super::logged(b.id, super::AuditAction::TeamChanged)
                )
                .await
                .unwrap()
        );
    }
    assert!(
        !store
            .add_team_member(
                a.id,
                north.id,
                bea.id,
                T0,
                &super::logged(a.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap(),
        "a member of B only is no member of A"
    );
    assert!(
        !store
            .remove_team_member(
                b.id,
                north.id,
                sam.id,
                &super::logged(b.id, super::AuditAction::TeamChanged)
            )
            .await
            .unwrap()
    );
    assert_eq!(
        store.team_members(a.id, north.id).await.unwrap(),
        vec![sam.id]
    );
    // A team row of B cannot be made to point at A's team either: the key holds
    // the organisation.
    let forged = Team {
        org_id: b.id,
        ..north.clone()
    };
    store
        .create_team(
            &forged,
            &super::logged(forged.org_id, super::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    assert_eq!(store.team(b.id, north.id).await.unwrap(), Some(forged));
    assert_eq!(store.team(a.id, north.id).await.unwrap(), Some(north));
}
