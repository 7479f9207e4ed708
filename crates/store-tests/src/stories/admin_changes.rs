//! Stories of what an organisation's administrators change: each change is
//! written with its audit entry in one transaction (both or neither, and no
//! entry when nothing changed), and the lists they read come a page at a
//! time.

use super::{
    AuditAction, AuditEntry, AuditQuery, AuditScope, OneTimeToken, Organisation, Purpose, Role,
    Store, StoreError, T0, member, org, person,
};
use moves_domain::ids::TeamId;
use moves_domain::team::Team;

fn entry(org: &Organisation, action: AuditAction) -> AuditEntry {
    AuditEntry::new(AuditScope::Organisation(org.id), T0, None, action)
}

async fn logged(store: &dyn Store, org: &Organisation) -> Vec<AuditEntry> {
    store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(org.id)))
        .await
        .unwrap()
}

pub async fn team_changes_and_revoking_are_written_with_their_audit_entry(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let stranger = person(store, "Stranger", "stranger@example.org").await;
    let sam_m = member(store, &a, &sam, Role::Practitioner).await;
    let north = Team::new(a.id, "North", T0).unwrap();
    let made = entry(&a, AuditAction::TeamChanged).detail("created");
    store.create_team(&north, &made).await.unwrap();
    // A name taken: refused, and its entry is not written either.
    let dup = Team::new(a.id, "NORTH", T0).unwrap();
    assert!(matches!(
        store
            .create_team(&dup, &entry(&a, AuditAction::TeamChanged))
            .await,
        Err(StoreError::Conflict(_))
    ));
    let added = entry(&a, AuditAction::TeamChanged).detail("member_added");
    assert!(
        store
            .add_team_member(a.id, north.id, sam.id, T0, &added)
            .await
            .unwrap()
    );
    // Nothing added (in already; not a member): no entry.
    for who in [sam.id, stranger.id] {
        assert!(
            !store
                .add_team_member(
                    a.id,
                    north.id,
                    who,
                    T0,
                    &entry(&a, AuditAction::TeamChanged)
                )
                .await
                .unwrap()
        );
    }
    let removed = entry(&a, AuditAction::TeamChanged).detail("member_removed");
    assert!(
        store
            .remove_team_member(a.id, north.id, sam.id, &removed)
            .await
            .unwrap()
    );
    assert!(
        !store
            .remove_team_member(a.id, north.id, sam.id, &entry(&a, AuditAction::TeamChanged))
            .await
            .unwrap()
    );
    let revoked = entry(&a, AuditAction::RoleChanged).detail("revoked");
    assert!(
        store
            .revoke_membership(a.id, sam_m.id, T0, &revoked)
            .await
            .unwrap()
    );
    assert!(
        !store
            .revoke_membership(a.id, sam_m.id, T0, &entry(&a, AuditAction::RoleChanged))
            .await
            .unwrap()
    );
    let mut log = logged(store, &a).await;
    log.sort_by_key(|e| e.detail.clone());
    let mut expected = vec![made, added, removed, revoked];
    expected.sort_by_key(|e| e.detail.clone());
    assert_eq!(log, expected);
}

pub async fn a_change_whose_audit_entry_fails_is_not_written(store: &dyn Store) {
    let a = org(store, "A").await;
    let sam = person(store, "Sam", "sam@example.org").await;
    let sam_m = member(store, &a, &sam, Role::Practitioner).await;
    // An entry already in the log: writing it again fails, and so must the
    // change it goes with.
    let taken = entry(&a, AuditAction::TeamChanged);
    store.append_audit(&taken).await.unwrap();
    let north = Team::new(a.id, "North", T0).unwrap();
    assert!(store.create_team(&north, &taken).await.is_err());
    assert_eq!(store.team(a.id, north.id).await.unwrap(), None);
    assert!(
        store
            .revoke_membership(a.id, sam_m.id, T0, &taken)
            .await
            .is_err()
    );
    assert!(
        store
            .membership(a.id, sam_m.id)
            .await
            .unwrap()
            .unwrap()
            .is_active()
    );
    let (_, link) = OneTimeToken::issue(sam.id, Some(a.id), Purpose::SetPassword, T0, 24).unwrap();
    assert!(store.issue_one_time_token(&link, &taken).await.is_err());
    assert_eq!(store.live_one_time_tokens(sam.id, T0).await.unwrap(), 0);
    let issued = entry(&a, AuditAction::PasswordResetIssued);
    store.issue_one_time_token(&link, &issued).await.unwrap();
    assert_eq!(store.live_one_time_tokens(sam.id, T0).await.unwrap(), 1);
    assert_eq!(logged(store, &a).await.len(), 2);
}

pub async fn teams_and_memberships_are_read_a_page_at_a_time(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let mut teams = Vec::new();
    for name in ["delta", "Alpha", "charlie", "Bravo"] {
        let t = Team::new(a.id, name, T0).unwrap();
        store
            .create_team(&t, &entry(&a, AuditAction::TeamChanged))
            .await
            .unwrap();
        teams.push(t);
    }
    let b_team = Team::new(b.id, "Aardvark", T0).unwrap();
    store
        .create_team(&b_team, &entry(&b, AuditAction::TeamChanged))
        .await
        .unwrap();
    let names = |page: Vec<Team>| page.into_iter().map(|t| t.name).collect::<Vec<_>>();
    let first = store.teams_page(a.id, None, 2).await.unwrap();
    assert_eq!(
        names(first.clone()),
        vec!["Alpha", "Bravo"],
        "by name, A's only"
    );
    let last = first.last().unwrap();
    let second = store
        .teams_page(a.id, Some((last.name_key(), last.id)), 2)
        .await
        .unwrap();
    assert_eq!(names(second), vec!["charlie", "delta"]);
    assert!(store.teams_page(b.id, None, 10).await.unwrap().len() == 1);

    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    let sam_m = member(store, &a, &sam, Role::Practitioner).await;
    let jo_m = member(store, &a, &jo, Role::Manager).await;
    let bravo: TeamId = teams[3].id;
    for who in [sam.id, jo.id] {
        store
            .add_team_member(a.id, bravo, who, T0, &entry(&a, AuditAction::TeamChanged))
            .await
            .unwrap();
    }
    let in_teams = store
        .team_memberships_of_teams(a.id, &[bravo, teams[0].id])
        .await
        .unwrap();
    assert_eq!(in_teams.len(), 2);
    assert!(in_teams.iter().all(|m| m.team_id == bravo));
    assert!(
        store
            .team_memberships_of_teams(b.id, &[bravo])
            .await
            .unwrap()
            .is_empty(),
        "another organisation's team has no one"
    );
    assert!(
        store
            .team_memberships_of_teams(a.id, &[])
            .await
            .unwrap()
            .is_empty()
    );

    // Memberships in the order they were made (the same moment: by id).
    let mut made = [sam_m, jo_m];
    made.sort_by_key(|m| (m.created_at, m.id));
    let first = store.members_page(a.id, None, 1).await.unwrap();
    assert_eq!(first, vec![made[0].clone()]);
    let rest = store
        .members_page(a.id, Some((made[0].created_at, made[0].id)), 10)
        .await
        .unwrap();
    assert_eq!(rest, vec![made[1].clone()]);
    assert!(store.members_page(b.id, None, 10).await.unwrap().is_empty());
}

pub async fn the_log_pages_through_entries_of_one_moment(store: &dyn Store) {
    let a = org(store, "A").await;
    // A list read writes one entry per person shown, all at one moment.
    let entries: Vec<AuditEntry> = (0..5)
        .map(|i| entry(&a, AuditAction::RecordRead).subject(format!("person-{i}")))
        .collect();
    store.append_audit_batch(&entries).await.unwrap();
    let mut seen = Vec::new();
    let mut query = AuditQuery {
        limit: 2,
        ..AuditQuery::new(AuditScope::Organisation(a.id))
    };
    loop {
        let page = store.list_audit(&query).await.unwrap();
        let Some(last) = page.last() else { break };
        query.before = Some(last.at);
        query.before_entry = Some(last.id);
        seen.extend(page.into_iter().map(|e| e.id));
    }
    let mut expected: Vec<_> = entries.iter().map(|e| e.id).collect();
    expected.sort();
    let mut got = seen.clone();
    got.sort();
    got.dedup();
    assert_eq!(got.len(), seen.len(), "none twice");
    assert_eq!(got, expected, "none skipped");
}
