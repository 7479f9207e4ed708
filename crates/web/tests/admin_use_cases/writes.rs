//! Each change an administrator makes is stored with its audit entry, and a
//! change that does nothing writes no entry.

use crate::{log, scene};
use moves_core::Error;
use moves_core::admin::reset::reset_password;
use moves_core::admin::revoke::{RevokeError, Revoked, revoke};
use moves_core::admin::second_factor::{FactorReset, reset_second_factor};
use moves_core::admin::team::{self, Added};
use moves_core::admin::teams;
use moves_core::audit::AuditAction;
use moves_core::auth::mfa::TotpFactor;
use moves_core::auth::totp;
use moves_core::session::{Session, SessionStage, hash_token};
use moves_core::user::User;
use moves_store::AuditEntry;

/// Gives `user` a working second factor, set up a while ago.
pub async fn enrol(app: &crate::support::App, user: &User) {
    let secret = totp::new_secret().unwrap();
    let hashes: Vec<String> = totp::new_recovery_codes()
        .unwrap()
        .iter()
        .map(|c| totp::recovery_code_hash(c))
        .collect();
    let long_ago = crate::support::T0.plus_seconds(-3600);
    app.store
        .begin_totp_enrolment(&TotpFactor::begin(user.id, secret.clone(), long_ago))
        .await
        .unwrap();
    let step = totp::step_at(long_ago).unwrap();
    assert!(
        app.store
            .confirm_totp_enrolment(user.id, &secret, step, &hashes, long_ago, &[])
            .await
            .unwrap()
    );
}

fn of(entries: &[AuditEntry], action: AuditAction) -> Vec<&AuditEntry> {
    entries.iter().filter(|e| e.action == action).collect()
}

#[tokio::test]
async fn team_changes_are_audited_with_the_change_and_only_then() {
    let s = scene().await;
    let ada = s.a_admin.user.unwrap();
    let made = teams::create(&s.ctx, &s.a_admin, "South").await.unwrap();
    // The same name again: refused, nothing logged.
    assert!(matches!(
        teams::create(&s.ctx, &s.a_admin, "south").await,
        Err(teams::CreateError::NameTaken)
    ));
    assert_eq!(
        team::add_member(&s.ctx, &s.a_admin, made, s.sam.id)
            .await
            .unwrap(),
        Added::Added
    );
    assert_eq!(
        team::add_member(&s.ctx, &s.a_admin, made, s.sam.id)
            .await
            .unwrap(),
        Added::Already
    );
    let bea = s.b_admin.user.unwrap();
    assert_eq!(
        team::add_member(&s.ctx, &s.a_admin, made, bea)
            .await
            .unwrap(),
        Added::NotInOrganisation
    );
    assert!(
        team::remove_member(&s.ctx, &s.a_admin, made, Some(s.sam.id))
            .await
            .unwrap()
    );
    assert!(
        !team::remove_member(&s.ctx, &s.a_admin, made, Some(s.sam.id))
            .await
            .unwrap(),
        "a second click removes nothing"
    );
    let entries = log(&s.app, s.a.id).await;
    let mut details: Vec<String> = of(&entries, AuditAction::TeamChanged)
        .into_iter()
        .filter(|e| e.subject == Some(made.to_string()))
        .map(|e| {
            assert_eq!(e.actor, Some(ada));
            e.detail.clone().unwrap()
        })
        .collect();
    details.sort();
    let mut expected = vec![
        "created".to_owned(),
        format!("member_added:{}", s.sam.id),
        format!("member_removed:{}", s.sam.id),
    ];
    expected.sort();
    assert_eq!(details, expected);
}

#[tokio::test]
async fn revoking_a_membership_is_audited_once() {
    let s = scene().await;
    assert_eq!(
        revoke(&s.ctx, &s.a_admin, s.sam_membership).await.unwrap(),
        Revoked::Revoked
    );
    assert_eq!(
        revoke(&s.ctx, &s.a_admin, s.sam_membership).await.unwrap(),
        Revoked::Already
    );
    let entries = log(&s.app, s.a.id).await;
    let revoked: Vec<_> = of(&entries, AuditAction::RoleChanged)
        .into_iter()
        .filter(|e| e.subject == Some(s.sam_membership.to_string()))
        .collect();
    assert_eq!(revoked.len(), 1, "{entries:?}");
    assert_eq!(revoked[0].detail.as_deref(), Some("revoked"));
    // Their last role gone, they left the team in the same change.
    assert!(
        s.app
            .store
            .team_members(s.a.id, s.team.id)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn an_administrator_keeps_their_own_last_administrator_role() {
    let s = scene().await;
    let ada = s.a_admin.user.unwrap();
    let own = s.app.store.memberships_of_user(ada).await.unwrap()[0].id;
    let before = log(&s.app, s.a.id).await.len();
    assert!(matches!(
        revoke(&s.ctx, &s.a_admin, own).await,
        Err(RevokeError::OwnLastAdmin)
    ));
    assert_eq!(log(&s.app, s.a.id).await.len(), before);
}

#[tokio::test]
async fn a_reset_link_is_made_with_its_audit_entry() {
    let s = scene().await;
    let made = reset_password(&s.ctx, &s.a_admin, s.sam_membership)
        .await
        .unwrap();
    assert_eq!(made.person.id, s.sam.id);
    assert_eq!(
        s.app
            .store
            .live_one_time_tokens(s.sam.id, crate::support::T0)
            .await
            .unwrap(),
        1
    );
    let entries = log(&s.app, s.a.id).await;
    let issued = of(&entries, AuditAction::PasswordResetIssued);
    assert_eq!(issued.len(), 1);
    assert_eq!(issued[0].subject, Some(s.sam.id.to_string()));
}

#[tokio::test]
async fn a_second_factor_reset_ends_sessions_with_its_audit_entry() {
    let s = scene().await;
    enrol(&s.app, &s.sam).await;
    let session = Session {
        token_hash: hash_token("sams-phone"),
        user_id: s.sam.id,
        org_id: Some(s.a.id),
        created_at: crate::support::T0,
        last_seen_at: crate::support::T0,
        stage: SessionStage::Full,
    };
    s.app.store.create_session(&session).await.unwrap();
    assert_eq!(
        reset_second_factor(&s.ctx, &s.a_admin, s.sam.id)
            .await
            .unwrap(),
        FactorReset::Reset
    );
    assert!(s.app.store.totp_factor(s.sam.id).await.unwrap().is_none());
    assert_eq!(
        s.app
            .store
            .session(&hash_token("sams-phone"))
            .await
            .unwrap(),
        None,
        "signed out in the same change"
    );
    let entries = log(&s.app, s.a.id).await;
    assert_eq!(of(&entries, AuditAction::MfaChanged).len(), 1);
    // Nothing left to remove: nothing written.
    assert_eq!(
        reset_second_factor(&s.ctx, &s.a_admin, s.sam.id)
            .await
            .unwrap(),
        FactorReset::Nothing
    );
    let entries = log(&s.app, s.a.id).await;
    assert_eq!(of(&entries, AuditAction::MfaChanged).len(), 1);
}

#[tokio::test]
async fn someone_who_may_not_manage_members_is_refused() {
    let s = scene().await;
    let sam = moves_core::permission::Actor {
        user: Some(s.sam.id),
        installation_admin: false,
        org: Some(s.a.id),
        roles: vec![moves_core::membership::Role::Practitioner],
    };
    assert!(matches!(
        revoke(&s.ctx, &sam, s.sam_membership).await,
        Err(RevokeError::Core(Error::Forbidden))
    ));
    assert!(matches!(
        team::show(&s.ctx, &sam, s.team.id, None, None).await,
        Err(Error::Forbidden)
    ));
}
