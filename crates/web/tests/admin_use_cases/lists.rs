//! Lists that name people are bounded (a page at a time) and each person a
//! page names is audited as read before it is returned.

use crate::{log, scene};
use moves_core::admin::members::{self, MEMBERS_PAGE};
use moves_core::admin::{audit_log, security, team, teams};
use moves_core::audit::AuditAction;
use moves_core::ids::UserId;
use moves_core::membership::{Membership, Role};
use moves_core::user::{Email, User};
use moves_store::AuditEntry;

/// The people `page`'s reading was audited for, in `entries`.
fn read_for(entries: &[AuditEntry], page: &str) -> Vec<String> {
    let mut people: Vec<String> = entries
        .iter()
        .filter(|e| e.action == AuditAction::RecordRead && e.detail.as_deref() == Some(page))
        .filter_map(|e| e.subject.clone())
        .collect();
    people.sort();
    people
}

fn ids(people: &[UserId]) -> Vec<String> {
    let mut ids: Vec<String> = people.iter().map(ToString::to_string).collect();
    ids.sort();
    ids
}

#[tokio::test]
async fn the_members_list_is_paged_and_each_name_shown_is_audited() {
    let s = scene().await;
    // More people than a page holds (the two already in A make it more).
    let mut people = Vec::new();
    for i in 0..MEMBERS_PAGE {
        let user = User::new(
            &format!("Person {i}"),
            Some(Email::parse(&format!("p{i}@a.example")).unwrap()),
            crate::support::T0,
        )
        .unwrap();
        s.app.store.create_user(&user).await.unwrap();
        s.app
            .store
            .add_membership(&Membership::new(
                s.a.id,
                user.id,
                Role::ParentCarer,
                crate::support::T0,
            ))
            .await
            .unwrap();
        people.push(user.id);
    }
    let first = members::list(&s.ctx, &s.a_admin, None).await.unwrap();
    assert_eq!(first.rows.len(), MEMBERS_PAGE as usize);
    let next = first.next.expect("a next page");
    let entries = log(&s.app, s.a.id).await;
    let shown: Vec<UserId> = first.rows.iter().map(|r| r.membership.user_id).collect();
    assert_eq!(read_for(&entries, "members"), ids(&shown));
    let second = members::list(&s.ctx, &s.a_admin, Some(next)).await.unwrap();
    assert_eq!(second.rows.len(), 2, "the rest");
    assert_eq!(second.next, None);
    let mut everyone: Vec<UserId> = first
        .rows
        .iter()
        .chain(&second.rows)
        .map(|r| r.membership.user_id)
        .collect();
    everyone.sort();
    everyone.dedup();
    assert_eq!(everyone.len(), MEMBERS_PAGE as usize + 2, "none twice");
}

#[tokio::test]
async fn the_teams_list_and_a_team_audit_the_names_they_show() {
    let s = scene().await;
    let page = teams::list(&s.ctx, &s.a_admin, None).await.unwrap();
    assert_eq!(page.teams.len(), 1);
    assert_eq!(page.teams[0].members, vec!["Sam Practitioner".to_owned()]);
    assert_eq!(page.next, None);
    let entries = log(&s.app, s.a.id).await;
    assert_eq!(read_for(&entries, "teams"), ids(&[s.sam.id]));
    let view = team::show(&s.ctx, &s.a_admin, s.team.id, None, None)
        .await
        .unwrap();
    let ada = s.a_admin.user.unwrap();
    assert_eq!(view.members.len(), 1);
    assert_eq!(view.choices.len(), 1, "Ada could join");
    let entries = log(&s.app, s.a.id).await;
    assert_eq!(read_for(&entries, "team"), ids(&[s.sam.id, ada]));
}

#[tokio::test]
async fn the_audit_log_and_security_page_audit_the_names_they_show() {
    let s = scene().await;
    teams::create(&s.ctx, &s.a_admin, "South").await.unwrap();
    let ada = s.a_admin.user.unwrap();
    let page = audit_log::read(&s.ctx, &s.a_admin, audit_log::AuditFilter::default())
        .await
        .unwrap();
    assert!(
        page.entries
            .iter()
            .any(|e| e.who.as_deref() == Some("Ada Admin"))
    );
    let entries = log(&s.app, s.a.id).await;
    assert_eq!(read_for(&entries, "audit_log"), ids(&[ada]));
    let view = security::security(&s.ctx, &s.a_admin, None).await.unwrap();
    assert!(view.staff.iter().any(|p| p.id == s.sam.id));
    let entries = log(&s.app, s.a.id).await;
    assert!(read_for(&entries, "security").contains(&s.sam.id.to_string()));
}
