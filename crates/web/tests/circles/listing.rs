//! The circles list: every circle it names is audited as read (hole 9), it
//! is read a page at a time, newest first, so a manager of thousands of team
//! circles is never sent them all (hole 12), and a circle whose part one no
//! longer plays (a practitioner made a parent) is not named (hole 3).

use super::{Person, signed_in, started, text};
use crate::support::{App, T0};
use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{CIRCLES_PAGE, Circle, CircleMember, CircleRole, NewCircle};
use moves_core::ids::{CircleId, OrgId, UserId};
use moves_core::membership::{Membership, Role};
use moves_core::team::Team;
use moves_store::{AuditEntry, AuditQuery};

/// The list reads of `org`'s log, oldest first.
async fn list_reads(app: &App, org: OrgId) -> Vec<AuditEntry> {
    let mut reads = app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::RecordRead),
            limit: 10_000,
            ..AuditQuery::new(AuditScope::Organisation(org))
        })
        .await
        .unwrap();
    reads.retain(|e| e.detail.as_deref() == Some("list"));
    reads.reverse();
    reads
}

/// The circles a list page links to, in its order.
fn listed(body: &str) -> Vec<String> {
    body.split("<li><a href=\"/circles/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// The link to the next page of a part (`mine` or `teams`), if any.
fn more(body: &str, part: &str) -> Option<String> {
    let at = body.find(&format!("href=\"/circles?{part}="))?;
    let rest = &body[at + "href=\"".len()..];
    rest.split('"').next().map(str::to_owned)
}

async fn user_id(app: &App, email: &str) -> UserId {
    app.store.user_by_login(email).await.unwrap().unwrap().id
}

#[tokio::test]
async fn every_circle_the_list_names_is_audited_as_read_by_its_id() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let jo = signed_in(&app, "Jo", "jo@a.example", &a, Role::Practitioner).await;
    let zoe = started(&app, &sam, &[("focus_name", "Zoë")]).await;
    let kai = started(&app, &sam, &[("focus_name", "Kai")]).await;
    let jos = started(&app, &jo, &[("focus_name", "Bo")]).await;
    assert!(list_reads(&app, a.id).await.is_empty());

    let list = app.get("/circles", &sam.cookie).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(text(&list).contains("Zoë") && text(&list).contains("Kai"));
    let reads = list_reads(&app, a.id).await;
    let mut subjects: Vec<String> = reads.iter().filter_map(|e| e.subject.clone()).collect();
    subjects.sort();
    let mut expected = vec![zoe.to_string(), kai.to_string()];
    expected.sort();
    assert_eq!(subjects, expected, "one read for each circle named");
    let sam_user = user_id(&app, "sam@a.example").await;
    assert!(reads.iter().all(|e| e.actor == Some(sam_user)));
    assert!(
        !reads.iter().any(|e| format!("{e:?}").contains("Zoë")),
        "ids only, never names"
    );
    assert!(!subjects.contains(&jos.to_string()));

    // Nobody named: nothing read.
    let pat = signed_in(&app, "Pat", "pat@a.example", &a, Role::ParentCarer).await;
    assert_eq!(
        app.get("/circles", &pat.cookie).await.status,
        StatusCode::OK
    );
    assert_eq!(list_reads(&app, a.id).await.len(), 2);
}

/// `count` circles of `team`, started by `by` (their practitioner), one a
/// second apart; their ids, oldest first.
async fn circles_of_team(
    app: &App,
    org: OrgId,
    team: &Team,
    by: UserId,
    count: i64,
) -> Vec<CircleId> {
    let mut made = Vec::new();
    for i in 0..count {
        let at = T0.plus_seconds(i);
        let name = format!("Child {i}");
        let circle = Circle::new(
            CircleId::new(),
            org,
            &NewCircle {
                focus_name: &name,
                team_id: Some(team.id),
                ..NewCircle::default()
            },
            by,
            at,
        )
        .unwrap();
        let me = CircleMember::new(
            org,
            circle.id,
            Some(by),
            "Sam",
            "",
            CircleRole::Practitioner,
            at,
        )
        .unwrap();
        let audit = AuditEntry::new(
            AuditScope::Organisation(org),
            at,
            Some(by),
            AuditAction::CircleChanged,
        );
        app.store
            .create_circle(&circle, &[me], &audit)
            .await
            .unwrap();
        made.push(circle.id);
    }
    made
}

/// Follows the `part` pages of the list from the first, giving every
/// circle named in that part and how many pages there were.
async fn every_page(app: &App, who: &Person, part: &str) -> (Vec<String>, usize) {
    let mut named = Vec::new();
    let mut pages = 0;
    let mut path = "/circles".to_owned();
    loop {
        let page = app.get(&path, &who.cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        pages += 1;
        let rows = listed(&page.body);
        assert!(
            rows.len() <= CIRCLES_PAGE as usize,
            "{path}: {}",
            rows.len()
        );
        if pages > 1 {
            assert!(page.body.contains("href=\"/circles\""), "back to the first");
        }
        named.extend(rows);
        match more(&page.body, part) {
            Some(next) => path = next.replace("&#38;", "&"),
            None => return (named, pages),
        }
    }
}

#[tokio::test]
async fn the_list_is_read_a_page_at_a_time_newest_first() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let north = Team::new(a.id, "North", T0).unwrap();
    app.store
        .create_team(
            &north,
            &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let boss = signed_in(&app, "Boss", "boss@a.example", &a, Role::Manager).await;
    let boss_user = user_id(&app, "boss@a.example").await;
    app.store
        .add_team_member(
            a.id,
            north.id,
            boss_user,
            T0,
            &crate::support::set_up(moves_core::audit::AuditAction::TeamChanged),
        )
        .await
        .unwrap();
    let sam_user = user_id(&app, "sam@a.example").await;
    let count = i64::from(CIRCLES_PAGE) + 7;
    let made = circles_of_team(&app, a.id, &north, sam_user, count).await;
    let newest_first: Vec<String> = made.iter().rev().map(ToString::to_string).collect();

    // The manager: their teams' circles, two pages.
    let first = app.get("/circles", &boss.cookie).await;
    assert_eq!(listed(&first.body).len(), CIRCLES_PAGE as usize);
    assert!(more(&first.body, "teams").is_some());
    assert!(more(&first.body, "mine").is_none(), "in none themself");
    let (named, pages) = every_page(&app, &boss, "teams").await;
    assert_eq!(pages, 2);
    assert_eq!(named, newest_first, "each once, newest first");
    // Each page's circles were audited as read when shown, and no more.
    let reads = list_reads(&app, a.id).await;
    assert_eq!(reads.len(), CIRCLES_PAGE as usize * 2 + 7);

    // The practitioner in all of them: their own, two pages likewise.
    let (named, pages) = every_page(&app, &sam, "mine").await;
    assert_eq!(pages, 2);
    assert_eq!(named, newest_first);

    // A link that is not one of ours finds nothing.
    for bad in [
        "/circles?teams=nonsense",
        "/circles?mine=1.not-an-id",
        "/circles?mine=1&teams=2",
    ] {
        assert_eq!(
            app.get(bad, &boss.cookie).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
}

#[tokio::test]
async fn a_circle_whose_part_one_no_longer_plays_is_not_listed() {
    let app = App::empty().await;
    let a = app.organisation("A").await;
    let sam = signed_in(&app, "Sam", "sam@a.example", &a, Role::Practitioner).await;
    let id = started(&app, &sam, &[("focus_name", "Zoë")]).await;
    let sam_user = user_id(&app, "sam@a.example").await;
    // Made a parent or carer: a practitioner's place is not theirs now.
    app.store
        .add_membership(&Membership::new(a.id, sam_user, Role::ParentCarer, T0))
        .await
        .unwrap();
    let practitioner = app
        .store
        .memberships_of_user(sam_user)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.role == Role::Practitioner)
        .unwrap();
    assert!(
        app.store
            .revoke_membership(
                a.id,
                practitioner.id,
                T0,
                &crate::support::set_up(moves_core::audit::AuditAction::RoleChanged)
            )
            .await
            .unwrap()
    );
    let list = app.get("/circles", &sam.cookie).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(!list.body.contains(&id.to_string()));
    assert!(!text(&list).contains("Zoë"));
    assert!(list_reads(&app, a.id).await.is_empty());
}
