//! A circle's practitioner invites the family into the circle from its
//! people page (`POST /circles/{id}/members/invite`), when an administrator
//! has allowed it on the security page (`POST /admin/security/family-invites`):
//! the young person by username (shown to the practitioner to hand over, and
//! told on the accept page) or a parent or carer by email address. Refused
//! when the setting is off, for anyone but the circle's practitioner, for a
//! closed circle and for other roles; an account of another organisation gets
//! the answer anyone would.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Circle, CircleMember, CircleRole, Closing, NewCircle, SharingDecider};
use moves_core::ids::CircleId;
use moves_core::membership::Role;
use moves_store::{AuditEntry, AuditQuery};
use notes_support::{World, hidden, text, world};
use support::{App, Reply, T0, form};

const NEW_PASSWORD: &str = "a new long memorable passphrase";

/// A circle about Kai, who has no account yet, with the world's practitioner
/// and parent in it.
async fn kais_circle(w: &World) -> CircleId {
    let circle = Circle::new(
        CircleId::new(),
        w.org.id,
        &NewCircle {
            focus_name: "Kai",
            ..NewCircle::default()
        },
        w.practitioner.user,
        T0,
    )
    .unwrap();
    let member = |user, name, role| {
        CircleMember::new(w.org.id, circle.id, user, name, "", role, T0).unwrap()
    };
    let members = [
        member(None, "Kai", CircleRole::FocusPerson),
        member(
            Some(w.practitioner.user),
            "Sam Worker",
            CircleRole::Practitioner,
        ),
        member(Some(w.parent.user), "Pat Parent", CircleRole::ParentCarer),
    ];
    let audit = AuditEntry::new(
        AuditScope::Organisation(w.org.id),
        T0,
        None,
        AuditAction::CircleChanged,
    );
    w.app
        .store
        .create_circle(&circle, &members, &audit)
        .await
        .unwrap();
    circle.id
}

/// The organisation's administrator, signed in: their cookie and form token.
async fn admin(w: &World) -> (String, String) {
    w.app
        .person("Ada Admin", "ada@a.example", &w.org, Role::OrgAdmin)
        .await;
    let cookie = w.app.session_cookie("ada@a.example").await;
    let csrf = w.app.get("/", &cookie).await.csrf();
    (cookie, csrf)
}

async fn allow(w: &World, admin: &(String, String), allowed: &str) -> Reply {
    w.app
        .post(
            "/admin/security/family-invites",
            &admin.0,
            form(&[("_csrf", &admin.1), ("allowed", allowed)]),
        )
        .await
}

async fn members_page(app: &App, cookie: &str, c: CircleId) -> Reply {
    app.get(&format!("/circles/{c}/members"), cookie).await
}

async fn invite(
    w: &World,
    who: &notes_support::Person,
    c: CircleId,
    fields: &[(&str, &str)],
) -> Reply {
    let version = w
        .app
        .store
        .circle(w.org.id, c)
        .await
        .unwrap()
        .unwrap()
        .version
        .to_string();
    let mut pairs = vec![("_csrf", who.csrf.as_str()), ("version", version.as_str())];
    pairs.extend_from_slice(fields);
    w.app
        .post(
            &format!("/circles/{c}/members/invite"),
            &who.cookie,
            form(&pairs),
        )
        .await
}

/// The `/invite/...` path in the page shown after inviting.
fn invite_path(body: &str) -> String {
    let at = body.find("/invite/").expect(body);
    body[at..].split(['"', '<']).next().unwrap().to_owned()
}

#[tokio::test]
async fn an_administrator_allows_family_invitations_which_are_off_until_then() {
    let w = world().await;
    let c = kais_circle(&w).await;
    let p = &w.practitioner;
    let ada = admin(&w).await;
    let security = w.app.get("/admin/security", &ada.0).await;
    assert!(text(&security).contains("Inviting families"));
    assert!(
        security
            .body
            .contains(r#"id="family-no" name="allowed" value="no" checked"#)
    );

    // Off: the form is not offered, and posting it is refused, nothing made.
    let page = members_page(&w.app, &p.cookie, c).await;
    assert!(!page.body.contains("/members/invite"), "not offered");
    let refused = invite(
        &w,
        p,
        c,
        &[
            ("part", "young_person"),
            ("name", "Kai"),
            ("login", "kai_k"),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(text(&refused).contains("has not allowed practitioners to invite"));
    assert!(w.app.store.user_by_login("kai_k").await.unwrap().is_none());

    // Only an administrator changes it; a bad choice changes nothing.
    let by_worker = w
        .app
        .post(
            "/admin/security/family-invites",
            &p.cookie,
            form(&[("_csrf", &p.csrf), ("allowed", "yes")]),
        )
        .await;
    assert_eq!(by_worker.status, StatusCode::FORBIDDEN);
    let bad = allow(&w, &ada, "maybe").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&bad).contains("Choose yes or no."));
    assert!(
        !w.app
            .store
            .family_invite_setting(w.org.id)
            .await
            .unwrap()
            .allowed
    );

    let on = allow(&w, &ada, "yes").await;
    assert_eq!(on.status, StatusCode::SEE_OTHER, "{}", on.body);
    let security = w.app.get("/admin/security", &ada.0).await;
    assert!(
        security
            .body
            .contains(r#"id="family-yes" name="allowed" value="yes" checked"#)
    );
    // Audited once, in this organisation's log only.
    let logged = w
        .app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::RoleChanged),
            subject: Some("family_invites".into()),
            ..AuditQuery::new(AuditScope::Organisation(w.org.id))
        })
        .await
        .unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(logged[0].detail.as_deref(), Some("family_invites_on"));
    assert!(
        !w.app
            .store
            .family_invite_setting(w.other_org.id)
            .await
            .unwrap()
            .allowed
    );
    let page = members_page(&w.app, &p.cookie, c).await;
    assert!(page.body.contains("/members/invite"), "offered now");
    // Off again: refused again.
    assert_eq!(allow(&w, &ada, "no").await.status, StatusCode::SEE_OTHER);
    let refused = invite(
        &w,
        p,
        c,
        &[
            ("part", "young_person"),
            ("name", "Kai"),
            ("login", "kai_k"),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_practitioner_invites_the_young_person_by_username() {
    let w = world().await;
    let c = kais_circle(&w).await;
    let p = &w.practitioner;
    let ada = admin(&w).await;
    allow(&w, &ada, "yes").await;

    let made = invite(
        &w,
        p,
        c,
        &[
            ("part", "young_person"),
            ("name", "Kai"),
            ("login", "Kai_K"),
        ],
    )
    .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    // No email: the link is shown, with the username plainly.
    assert!(text(&made).contains("Their username (write it down for them with the link): Kai_K"));
    assert!(
        made.body.contains(&format!("/circles/{c}/members")),
        "back link"
    );
    let path = invite_path(&made.body);

    // Kai is the focus person's account now, but sees nothing until accepting.
    let kai = w.app.store.user_by_login("kai_k").await.unwrap().unwrap();
    assert!(kai.password_hash.is_none());
    let members = w.app.store.circle_members(w.org.id, c).await.unwrap();
    assert_eq!(members[0].user_id, Some(kai.id));
    assert!(
        w.app
            .store
            .memberships_of_user(kai.id)
            .await
            .unwrap()
            .is_empty(),
        "no role until accepted"
    );
    let invited = w
        .app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::InviteCreated),
            ..AuditQuery::new(AuditScope::Organisation(w.org.id))
        })
        .await
        .unwrap();
    assert_eq!(invited.len(), 1);
    assert_eq!(invited[0].actor, Some(p.user));
    assert_eq!(invited[0].subject.as_deref(), Some(&*kai.id.to_string()));

    // The accept page tells Kai the username, in plain words.
    let page = w.app.get(&path, "").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        text(&page).contains("Your username is: Kai_K"),
        "{}",
        text(&page)
    );
    assert!(text(&page).contains("You need it to sign in."));
    let visitor = format!("moves-csrf={}", page.cookie("moves-csrf").unwrap());
    let done = w
        .app
        .post(
            &path,
            &visitor,
            form(&[("_csrf", &page.csrf()), ("password", NEW_PASSWORD)]),
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let signed_in = w.app.sign_in("kai_k", NEW_PASSWORD).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    let kai_cookie = format!(
        "moves-session={}",
        signed_in.cookie("moves-session").unwrap()
    );
    let circle = w.app.get(&format!("/circles/{c}"), &kai_cookie).await;
    assert_eq!(circle.status, StatusCode::OK, "Kai opens their own circle");

    // The focus person has an account now: another young person is refused.
    let again = invite(
        &w,
        p,
        c,
        &[("part", "young_person"), ("name", "Mo"), ("login", "mo_m")],
    )
    .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(text(&again).contains("Kai has an account linked already."));
    assert!(w.app.store.user_by_login("mo_m").await.unwrap().is_none());
}

#[tokio::test]
async fn a_practitioner_invites_a_parent_by_email_who_decides() {
    let w = world().await;
    let c = kais_circle(&w).await;
    let p = &w.practitioner;
    let ada = admin(&w).await;
    allow(&w, &ada, "yes").await;

    // A parent needs an email address; one who is in the circle is refused.
    let by_username = invite(
        &w,
        p,
        c,
        &[
            ("part", "parent_carer"),
            ("name", "Gran"),
            ("login", "gran_k"),
        ],
    )
    .await;
    assert_eq!(by_username.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text(&by_username).contains("A parent or carer is invited by email address."));
    assert!(by_username.body.contains(r#"value="gran_k""#), "kept");

    let made = invite(
        &w,
        p,
        c,
        &[
            ("part", "parent_carer"),
            ("name", "Jo Kaiparent"),
            ("login", "jo@a.example"),
            ("relationship", "dad"),
            ("decides", "yes"),
        ],
    )
    .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    assert!(made.body.contains("/invite/"), "no mail here: shown");
    let jo = w
        .app
        .store
        .user_by_login("jo@a.example")
        .await
        .unwrap()
        .unwrap();
    let members = w.app.store.circle_members(w.org.id, c).await.unwrap();
    let added = members.iter().find(|m| m.user_id == Some(jo.id)).unwrap();
    assert_eq!(added.role, CircleRole::ParentCarer);
    assert_eq!(added.relationship.as_deref(), Some("dad"));
    let circle = w.app.store.circle(w.org.id, c).await.unwrap().unwrap();
    assert_eq!(circle.decider, SharingDecider::Member(added.id));
    // Invited again (the link lost): a new link, no second member.
    let again = invite(
        &w,
        p,
        c,
        &[
            ("part", "parent_carer"),
            ("name", "Jo Kaiparent"),
            ("login", "jo@a.example"),
        ],
    )
    .await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    let members = w.app.store.circle_members(w.org.id, c).await.unwrap();
    assert_eq!(
        members.iter().filter(|m| m.user_id == Some(jo.id)).count(),
        1
    );
}

#[tokio::test]
async fn only_the_circles_practitioner_invites_only_the_family_into_an_open_circle() {
    let w = world().await;
    let c = kais_circle(&w).await;
    let ada = admin(&w).await;
    allow(&w, &ada, "yes").await;
    let young = [
        ("part", "young_person"),
        ("name", "Kai"),
        ("login", "kai_k"),
    ];

    // The parent in the circle may not (403); people outside it get 404.
    assert_eq!(
        invite(&w, &w.parent, c, &young).await.status,
        StatusCode::FORBIDDEN
    );
    for who in [&w.outsider, &w.stranger, &w.young, &w.manager] {
        let reply = invite(&w, who, c, &young).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", who.name);
    }
    // No other role, whatever is sent.
    for part in [
        "practitioner",
        "org_admin",
        "manager",
        "viewer",
        "supporter",
        "",
    ] {
        let reply = invite(
            &w,
            &w.practitioner,
            c,
            &[("part", part), ("name", "Someone"), ("login", "some.one")],
        )
        .await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{part}");
        assert!(
            text(&reply).contains("Choose who you are inviting."),
            "{part}"
        );
    }
    // Bad input is refused, kept, and names the field.
    let bad = invite(
        &w,
        &w.practitioner,
        c,
        &[("part", "young_person"), ("name", "Kai"), ("login", "k y")],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains(r#"aria-invalid="true""#));
    assert!(bad.body.contains(r#"value="k y""#));
    assert!(
        w.app
            .store
            .user_by_login("some.one")
            .await
            .unwrap()
            .is_none()
    );

    // A closed circle takes no one.
    let page = members_page(&w.app, &w.practitioner.cookie, c).await;
    let v: i64 = hidden(&page, "version").parse().unwrap();
    let audit = AuditEntry::new(
        AuditScope::Organisation(w.org.id),
        T0,
        None,
        AuditAction::CircleChanged,
    );
    let closing = Closing {
        by: w.practitioner.user,
        at: T0,
        reflection: "Done".to_owned(),
    };
    w.app
        .store
        .close_circle(w.org.id, c, v, &closing, &audit)
        .await
        .unwrap();
    let page = members_page(&w.app, &w.practitioner.cookie, c).await;
    assert!(!page.body.contains("/members/invite"), "not offered");
    let closed = invite(&w, &w.practitioner, c, &young).await;
    assert_eq!(closed.status, StatusCode::CONFLICT);
    assert!(w.app.store.user_by_login("kai_k").await.unwrap().is_none());
}

/// Whether a login is someone's in another organisation is never told: a
/// username taken there gets the answer one taken here gets, and an email
/// address of an account there gets the invitation an unknown address gets
/// (its owner accepts by signing in as themselves; nothing of their account
/// is changed, and they see nothing here unless they do).
#[tokio::test]
async fn an_account_of_another_organisation_is_not_revealed() {
    let w = world().await;
    let c = kais_circle(&w).await;
    let p = &w.practitioner;
    let ada = admin(&w).await;
    allow(&w, &ada, "yes").await;
    w.app
        .person_with_username("Mo", "mo_b", &w.other_org, Role::YoungPerson)
        .await;
    w.app
        .person_with_username("Lu", "lu_a", &w.org, Role::ParentCarer)
        .await;
    let young = |login| [("part", "young_person"), ("name", "Kai"), ("login", login)];
    let elsewhere = invite(&w, p, c, &young("mo_b")).await;
    let here = invite(&w, p, c, &young("lu_a")).await;
    assert_eq!(elsewhere.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(here.status, elsewhere.status);
    assert_eq!(
        text(&elsewhere).replace("mo_b", "LOGIN"),
        text(&here).replace("lu_a", "LOGIN")
    );
    assert!(text(&elsewhere).contains("That username cannot be used."));

    w.app
        .person("Bea", "bea@b.example", &w.other_org, Role::ParentCarer)
        .await;
    let parent = |login| {
        [
            ("part", "parent_carer"),
            ("name", "Jo"),
            ("login", login),
            ("relationship", ""),
        ]
    };
    let unknown = invite(&w, p, c, &parent("new.parent@a.example")).await;
    let other = invite(&w, p, c, &parent("bea@b.example")).await;
    assert_eq!(unknown.status, StatusCode::OK, "{}", unknown.body);
    assert_eq!(other.status, unknown.status);
    let plain = |r: &Reply, login: &str| {
        text(r)
            .replace(login, "LOGIN")
            .replace(&invite_path(&r.body), "LINK")
    };
    assert_eq!(
        plain(&unknown, "new.parent@a.example"),
        plain(&other, "bea@b.example")
    );
    // Bea's account is unchanged: her password stays, she has no role here.
    let bea = w
        .app
        .store
        .user_by_login("bea@b.example")
        .await
        .unwrap()
        .unwrap();
    assert!(bea.password_hash.is_some());
    assert!(
        w.app
            .store
            .memberships_of_user(bea.id)
            .await
            .unwrap()
            .iter()
            .all(|m| m.org_id == w.other_org.id)
    );
}
