//! Practitioners inviting a family into their circle: the organisation's
//! setting, and an invitation written with the circle's change, all or
//! nothing.

use super::{
    AuditAction, AuditEntry, AuditQuery, AuditScope, OneTimeToken, Purpose, Role, StoreError, T0,
    User, org, person,
};
use moves_domain::auth::mfa::OrgMfaSetting;
use moves_domain::circle::family_invite::FamilyInviteSetting;
use moves_domain::circle::{
    Circle, CircleAccess, CircleMember, CircleRole, Closing, NewCircle, OpenCircle, SharingDecider,
};
use moves_domain::ids::{CircleId, UserId};
use moves_domain::organisation::Organisation;
use moves_store::{CircleInvitation, CircleJoin, Store, VersionedWrite};

fn entry(org: &Organisation, action: AuditAction, detail: &str) -> AuditEntry {
    AuditEntry::new(AuditScope::Organisation(org.id), T0, None, action).detail(detail)
}

async fn log(store: &dyn Store, org: &Organisation, action: AuditAction) -> Vec<AuditEntry> {
    store
        .list_audit(&AuditQuery {
            action: Some(action),
            ..AuditQuery::new(AuditScope::Organisation(org.id))
        })
        .await
        .unwrap()
}

pub async fn family_invites_are_off_until_an_administrator_turns_them_on(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let admin = person(store, "Ada", "ada@example.org").await;
    assert_eq!(
        store.family_invite_setting(a.id).await.unwrap(),
        FamilyInviteSetting::default()
    );
    let on = FamilyInviteSetting::set(true, admin.id, T0);
    store
        .set_family_invite_setting(
            a.id,
            &on,
            &entry(&a, AuditAction::RoleChanged, "family_invites_on"),
        )
        .await
        .unwrap();
    assert_eq!(store.family_invite_setting(a.id).await.unwrap(), on);
    assert!(!store.family_invite_setting(b.id).await.unwrap().allowed);
    assert_eq!(log(store, &a, AuditAction::RoleChanged).await.len(), 1);
    assert!(log(store, &b, AuditAction::RoleChanged).await.is_empty());
    // The second factor keeps its own setting, and each leaves the other be.
    assert!(store.org_mfa_setting(a.id).await.unwrap().required);
    let mfa_off = OrgMfaSetting::turn_off("a pilot", admin.id, T0).unwrap();
    store
        .set_org_mfa_setting(a.id, &mfa_off, &entry(&a, AuditAction::MfaChanged, "off"))
        .await
        .unwrap();
    assert_eq!(store.family_invite_setting(a.id).await.unwrap(), on);
    let off = FamilyInviteSetting::set(false, admin.id, T0);
    store
        .set_family_invite_setting(
            a.id,
            &off,
            &entry(&a, AuditAction::RoleChanged, "family_invites_off"),
        )
        .await
        .unwrap();
    assert_eq!(store.family_invite_setting(a.id).await.unwrap(), off);
    assert!(!store.org_mfa_setting(a.id).await.unwrap().required);
    // An organisation whose second factor was set first starts off.
    store
        .set_org_mfa_setting(b.id, &mfa_off, &entry(&b, AuditAction::MfaChanged, "off"))
        .await
        .unwrap();
    assert!(!store.family_invite_setting(b.id).await.unwrap().allowed);
}

/// Zoë's circle (no account yet) with its practitioner.
async fn circle(store: &dyn Store, org: &Organisation, who: &str) -> OpenCircle {
    let worker = person(store, who, &format!("{who}@example.org")).await;
    let c = Circle::new(
        CircleId::new(),
        org.id,
        &NewCircle {
            focus_name: "Zoë",
            ..NewCircle::default()
        },
        worker.id,
        T0,
    )
    .unwrap();
    let members = vec![
        CircleMember::new(org.id, c.id, None, "Zoë", "", CircleRole::FocusPerson, T0).unwrap(),
        CircleMember::new(
            org.id,
            c.id,
            Some(worker.id),
            who,
            "",
            CircleRole::Practitioner,
            T0,
        )
        .unwrap(),
    ];
    store
        .create_circle(
            &c,
            &members,
            &entry(org, AuditAction::CircleChanged, "created"),
        )
        .await
        .unwrap();
    OpenCircle {
        circle: c,
        access: CircleAccess::Member(members[1].clone()),
        members,
    }
}

fn invitation_link(org: &Organisation, person: UserId, role: Role) -> OneTimeToken {
    let (_, mut link) =
        OneTimeToken::issue(person, Some(org.id), Purpose::Invite(role), T0, 72).unwrap();
    link.new_account = true;
    link
}

fn new_person(name: &str, username: &str) -> User {
    let mut user = User::new(name, None, T0).unwrap();
    user.username = Some(username.to_owned());
    user
}

pub async fn a_family_invitation_is_written_with_its_circle_change_all_or_nothing(
    store: &dyn Store,
) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let open = circle(store, &a, "sam").await;
    let (id, v) = (open.circle.id, open.circle.version);
    let focus = open.members[0].id;
    let audit_of = || {
        [
            entry(&a, AuditAction::InviteCreated, "young_person"),
            entry(&a, AuditAction::CircleChanged, "family_invited"),
        ]
    };
    let audit = audit_of();
    let zoe = new_person("Zoë", "zoe_k");
    let link = invitation_link(&a, zoe.id, Role::YoungPerson);
    let invite = |version, org: &Organisation| CircleInvitation {
        org: org.id,
        circle: id,
        version,
        new_person: Some(&zoe),
        link: &link,
        join: CircleJoin::Focus(focus),
        audit: &audit,
    };
    // A stale form, or the circle named in another organisation: nothing
    // written, not even the person or the link.
    assert_eq!(
        store.invite_into_circle(&invite(v + 5, &a)).await.unwrap(),
        VersionedWrite::Stale
    );
    assert_eq!(
        store.invite_into_circle(&invite(v, &b)).await.unwrap(),
        VersionedWrite::NotFound
    );
    assert!(store.user_by_login("zoe_k").await.unwrap().is_none());
    assert!(
        store
            .one_time_token(&link.token_hash)
            .await
            .unwrap()
            .is_none()
    );
    assert!(log(store, &a, AuditAction::InviteCreated).await.is_empty());

    assert_eq!(
        store.invite_into_circle(&invite(v, &a)).await.unwrap(),
        VersionedWrite::Done
    );
    let made = store.user_by_login("ZOE_K").await.unwrap().unwrap();
    assert_eq!(made.id, zoe.id);
    let stored = store
        .one_time_token(&link.token_hash)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.purpose, Purpose::Invite(Role::YoungPerson));
    assert!(stored.new_account);
    let members = store.circle_members(a.id, id).await.unwrap();
    assert_eq!(members[0].user_id, Some(zoe.id));
    assert_eq!(
        store.circle(a.id, id).await.unwrap().unwrap().version,
        v + 1
    );
    assert_eq!(log(store, &a, AuditAction::InviteCreated).await.len(), 1);
    assert_eq!(log(store, &a, AuditAction::CircleChanged).await.len(), 2);

    // Invited again (the link lost): only a new link.
    let again = invitation_link(&a, zoe.id, Role::YoungPerson);
    let audit = audit_of();
    let write = CircleInvitation {
        org: a.id,
        circle: id,
        version: v + 1,
        new_person: None,
        link: &again,
        join: CircleJoin::Already,
        audit: &audit,
    };
    assert_eq!(
        store.invite_into_circle(&write).await.unwrap(),
        VersionedWrite::Done
    );
    assert!(
        store
            .one_time_token(&again.token_hash)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(store.circle_members(a.id, id).await.unwrap().len(), 2);

    // The focus member has an account now: another young person is refused.
    let kai = new_person("Kai", "kai_k");
    let kai_link = invitation_link(&a, kai.id, Role::YoungPerson);
    let write = CircleInvitation {
        version: v + 2,
        new_person: Some(&kai),
        link: &kai_link,
        join: CircleJoin::Focus(focus),
        ..write
    };
    assert_eq!(
        store.invite_into_circle(&write).await.unwrap(),
        VersionedWrite::Stale
    );
    assert!(store.user_by_login("kai_k").await.unwrap().is_none());
    assert_eq!(
        store.circle(a.id, id).await.unwrap().unwrap().version,
        v + 2
    );

    // A parent, who decides about sharing.
    let pat = person(store, "Pat", "pat@example.org").await;
    let pat_link = invitation_link(&a, pat.id, Role::ParentCarer);
    let audit = audit_of();
    let pat_member = CircleMember::new(
        a.id,
        id,
        Some(pat.id),
        "Pat",
        "mum",
        CircleRole::ParentCarer,
        T0,
    )
    .unwrap();
    let write = CircleInvitation {
        org: a.id,
        circle: id,
        version: v + 2,
        new_person: None,
        link: &pat_link,
        join: CircleJoin::Member {
            member: &pat_member,
            decides: true,
        },
        audit: &audit,
    };
    assert_eq!(
        store.invite_into_circle(&write).await.unwrap(),
        VersionedWrite::Done
    );
    let c = store.circle(a.id, id).await.unwrap().unwrap();
    assert_eq!(c.decider, SharingDecider::Member(pat_member.id));
    // The same account as a second member: refused, nothing written.
    let twice = CircleMember::new(
        a.id,
        id,
        Some(pat.id),
        "Pat",
        "",
        CircleRole::ParentCarer,
        T0,
    )
    .unwrap();
    let twice_link = invitation_link(&a, pat.id, Role::ParentCarer);
    let write = CircleInvitation {
        version: v + 3,
        link: &twice_link,
        join: CircleJoin::Member {
            member: &twice,
            decides: false,
        },
        ..write
    };
    assert!(matches!(
        store.invite_into_circle(&write).await,
        Err(StoreError::Conflict(_))
    ));
    assert!(
        store
            .one_time_token(&twice_link.token_hash)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        store.circle(a.id, id).await.unwrap().unwrap().version,
        v + 3
    );

    // A closed circle takes no one.
    let closing = Closing {
        by: open.members[1].user_id.unwrap(),
        at: T0,
        reflection: "Done".to_owned(),
    };
    store
        .close_circle(
            a.id,
            id,
            v + 3,
            &closing,
            &entry(&a, AuditAction::CircleChanged, "closed"),
        )
        .await
        .unwrap();
    let late = invitation_link(&a, pat.id, Role::ParentCarer);
    let write = CircleInvitation {
        version: v + 4,
        link: &late,
        join: CircleJoin::Already,
        ..write
    };
    assert_eq!(
        store.invite_into_circle(&write).await.unwrap(),
        VersionedWrite::Stale
    );
    assert!(
        store
            .one_time_token(&late.token_hash)
            .await
            .unwrap()
            .is_none()
    );
}
