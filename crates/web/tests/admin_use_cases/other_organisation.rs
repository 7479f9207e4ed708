//! An administrator of organisation B, given the ids of organisation A's
//! team, membership or person, gets `NotFound` from every use case, and
//! nothing of A changes (its data, and its log). Settings without an id act
//! on B's own.

use crate::{Scene, log, scene};
use moves_core::Error;
use moves_core::admin::framework as adaptations;
use moves_core::admin::framework::{Edit, Outcome};
use moves_core::admin::members::cursor_after;
use moves_core::admin::privacy::{NoticeDraft, save_notice};
use moves_core::admin::reset::{ResetError, reset_password};
use moves_core::admin::revoke::{RevokeError, revoke};
use moves_core::admin::second_factor::{FactorResetError, reset_second_factor};
use moves_core::admin::{audit_log, goals, members, security, team, teams};
use moves_core::framework::FrameworkId;
use moves_core::framework::adaptation::{Change, ChangeKind};

/// A's log, to compare before and after.
async fn a_log(s: &Scene) -> usize {
    log(&s.app, s.a.id).await.len()
}

#[tokio::test]
async fn teams_list_starts_only_after_a_team_of_ones_own() {
    let s = scene().await;
    let before = a_log(&s).await;
    let got = teams::list(&s.ctx, &s.b_admin, Some(s.team.id)).await;
    assert!(matches!(got, Err(Error::NotFound)), "{got:?}");
    let own = teams::list(&s.ctx, &s.b_admin, None).await.unwrap();
    assert!(own.teams.is_empty(), "A's team is not listed for B");
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn a_team_is_made_in_ones_own_organisation_only() {
    let s = scene().await;
    let before = a_log(&s).await;
    let id = teams::create(&s.ctx, &s.b_admin, "North").await.unwrap();
    assert_eq!(s.app.store.team(s.a.id, id).await.unwrap(), None);
    assert!(s.app.store.team(s.b.id, id).await.unwrap().is_some());
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn another_organisations_team_is_not_shown() {
    let s = scene().await;
    let before = a_log(&s).await;
    let got = team::show(&s.ctx, &s.b_admin, s.team.id, None, None).await;
    assert!(matches!(got, Err(Error::NotFound)), "{got:?}");
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn no_one_is_added_to_another_organisations_team() {
    let s = scene().await;
    let before = a_log(&s).await;
    let ada = s.a_admin.user.unwrap();
    let got = team::add_member(&s.ctx, &s.b_admin, s.team.id, ada).await;
    assert!(matches!(got, Err(Error::NotFound)), "{got:?}");
    let bea = s.b_admin.user.unwrap();
    let got = team::add_member(&s.ctx, &s.b_admin, s.team.id, bea).await;
    assert!(matches!(got, Err(Error::NotFound)), "{got:?}");
    assert_eq!(
        s.app.store.team_members(s.a.id, s.team.id).await.unwrap(),
        vec![s.sam.id]
    );
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn no_one_is_removed_from_another_organisations_team() {
    let s = scene().await;
    let before = a_log(&s).await;
    let got = team::remove_member(&s.ctx, &s.b_admin, s.team.id, Some(s.sam.id)).await;
    assert!(matches!(got, Err(Error::NotFound)), "{got:?}");
    let got = team::remove_member(&s.ctx, &s.b_admin, s.team.id, None).await;
    assert!(matches!(got, Err(Error::NotFound)), "{got:?}");
    assert_eq!(
        s.app.store.team_members(s.a.id, s.team.id).await.unwrap(),
        vec![s.sam.id]
    );
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn the_members_list_names_ones_own_members_only() {
    let s = scene().await;
    let before = a_log(&s).await;
    let page = members::list(&s.ctx, &s.b_admin, None).await.unwrap();
    let people: Vec<_> = page.rows.iter().map(|r| r.membership.user_id).collect();
    assert_eq!(people, vec![s.b_admin.user.unwrap()]);
    // A cursor made from A's membership reads B's own, never A's.
    let a_first = s.app.store.membership(s.a.id, s.sam_membership).await;
    let cursor = cursor_after(&a_first.unwrap().unwrap());
    let page = members::list(&s.ctx, &s.b_admin, Some(cursor))
        .await
        .unwrap();
    assert!(page.rows.iter().all(|r| r.membership.org_id == s.b.id));
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn another_organisations_membership_is_not_revoked() {
    let s = scene().await;
    let before = a_log(&s).await;
    let got = revoke(&s.ctx, &s.b_admin, s.sam_membership).await;
    assert!(
        matches!(got, Err(RevokeError::Core(Error::NotFound))),
        "{got:?}"
    );
    let m = s.app.store.membership(s.a.id, s.sam_membership).await;
    assert!(m.unwrap().unwrap().is_active());
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn no_reset_link_is_made_for_another_organisations_member() {
    let s = scene().await;
    let before = a_log(&s).await;
    let got = reset_password(&s.ctx, &s.b_admin, s.sam_membership).await;
    assert!(
        matches!(got, Err(ResetError::Core(Error::NotFound))),
        "{got:?}"
    );
    let live = s
        .app
        .store
        .live_one_time_tokens(s.sam.id, crate::support::T0)
        .await
        .unwrap();
    assert_eq!(live, 0);
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn another_organisations_member_keeps_their_second_factor() {
    let s = scene().await;
    crate::writes::enrol(&s.app, &s.sam).await;
    let before = a_log(&s).await;
    let got = reset_second_factor(&s.ctx, &s.b_admin, s.sam.id).await;
    assert!(
        matches!(got, Err(FactorResetError::Core(Error::NotFound))),
        "{got:?}"
    );
    assert!(s.app.store.totp_factor(s.sam.id).await.unwrap().is_some());
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn goals_are_switched_in_ones_own_organisation_only() {
    let s = scene().await;
    let before = a_log(&s).await;
    goals::set_goals(&s.ctx, &s.b_admin, true).await.unwrap();
    assert!(goals::goals_setting(&s.ctx, &s.b_admin).await.unwrap());
    assert!(!s.app.store.goals_enabled(s.a.id).await.unwrap());
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn a_privacy_notice_is_saved_for_ones_own_organisation_only() {
    let s = scene().await;
    let before = a_log(&s).await;
    let draft = NoticeDraft {
        from: "0",
        standard: "B's notice",
        young_person: "B's notice for young people",
    };
    assert_eq!(save_notice(&s.ctx, &s.b_admin, draft).await.unwrap(), 1);
    assert_eq!(s.app.store.privacy_notice(s.a.id).await.unwrap(), None);
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn the_second_factor_setting_changes_in_ones_own_organisation_only() {
    let s = scene().await;
    let before = a_log(&s).await;
    let a_setting = s.app.store.org_mfa_setting(s.a.id).await.unwrap();
    security::set_second_factor(&s.ctx, &s.b_admin, true, "")
        .await
        .unwrap()
        .unwrap();
    assert!(s.app.store.org_mfa_setting(s.b.id).await.unwrap().required);
    assert_eq!(
        s.app.store.org_mfa_setting(s.a.id).await.unwrap(),
        a_setting
    );
    let view = security::security(&s.ctx, &s.b_admin, None).await.unwrap();
    assert!(
        view.staff.iter().all(|p| p.id != s.sam.id),
        "A's staff unseen"
    );
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn the_framework_is_adapted_for_ones_own_organisation_only() {
    let s = scene().await;
    let before = a_log(&s).await;
    let public = FrameworkId::parse("resilience-framework-cyp").unwrap();
    let catalogue = moves_web::catalogue::catalogue().unwrap();
    let edit = Edit::Credit {
        text: "Young advisers of B".into(),
    };
    let saved = adaptations::change(&s.ctx, &s.b_admin, catalogue, public, "0", edit)
        .await
        .unwrap();
    assert_eq!(
        saved,
        Outcome::Saved(Change::new(ChangeKind::Credited, None))
    );
    assert_eq!(s.app.store.latest_adaptation(s.a.id).await.unwrap(), None);
    assert!(
        adaptations::history(&s.ctx, &s.a_admin, None)
            .await
            .unwrap()
            .entries
            .is_empty()
    );
    assert_eq!(a_log(&s).await, before);
}

#[tokio::test]
async fn the_audit_log_read_is_ones_own() {
    let s = scene().await;
    let before = a_log(&s).await;
    let page = audit_log::read(&s.ctx, &s.b_admin, audit_log::AuditFilter::default())
        .await
        .unwrap();
    assert!(
        page.entries
            .iter()
            .all(|e| e.subject.as_deref() != Some(s.team.id.to_string().as_str())),
        "nothing of A's"
    );
    assert_eq!(a_log(&s).await, before);
}
