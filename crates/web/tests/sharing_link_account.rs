//! Linking a young person's account to the focus member of a circle, from the
//! members page (`POST /circles/{id}/members/focus-account`): then the young
//! person who signs in is the focus person, opens their own circle and, as
//! the one who decides, records what they agree. Refused for an account that
//! is not a young person's of this organisation, one in the circle already,
//! a focus person linked already, bad input and stale forms.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::{Circle, CircleMember, CircleRole, Closing, NewCircle};
use moves_core::ids::CircleId;
use moves_core::membership::Role;
use moves_store::{AuditEntry, AuditQuery};
use notes_support::{World, hidden, text, world};
use support::{App, Reply, T0, form};

/// A circle about Kai, who has no account yet, with the world's practitioner
/// and a young person's account (Ash) already in it as a supporter.
async fn kais_circle(w: &World) -> CircleId {
    let ash = w
        .app
        .person("Ash", "ash@a.example", &w.org, Role::YoungPerson)
        .await;
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
        member(Some(ash.id), "Ash", CircleRole::Supporter),
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

async fn members_page(app: &App, cookie: &str, c: CircleId) -> Reply {
    app.get(&format!("/circles/{c}/members"), cookie).await
}

async fn link(
    w: &World,
    cookie: &str,
    csrf: &str,
    c: CircleId,
    version: &str,
    email: &str,
) -> Reply {
    w.app
        .post(
            &format!("/circles/{c}/members/focus-account"),
            cookie,
            form(&[("_csrf", csrf), ("version", version), ("email", email)]),
        )
        .await
}

#[tokio::test]
async fn a_practitioner_links_the_young_persons_own_account() {
    let w = world().await;
    let c = kais_circle(&w).await;
    let kai = w
        .app
        .person("Kai", "kai@a.example", &w.org, Role::YoungPerson)
        .await;
    let p = &w.practitioner;
    let page = members_page(&w.app, &p.cookie, c).await;
    assert!(
        text(&page).contains("Link Kai's own account"),
        "{}",
        page.body
    );
    // Only the circle's practitioner is offered it.
    for who in [&w.parent] {
        let theirs = members_page(&w.app, &who.cookie, c).await;
        assert_eq!(theirs.status, StatusCode::OK);
        assert!(!theirs.body.contains("focus-account"));
    }
    let v = hidden(&page, "version");

    // Refused, with the address kept: not a young person's account here, an
    // account of another organisation, one in the circle already, bad input.
    w.app
        .person("Mo", "mo.young@b.example", &w.other_org, Role::YoungPerson)
        .await;
    let huge = format!("{}@a.example", "k".repeat(5_000));
    let cases: [(&str, &str, StatusCode); 8] = [
        (
            "pat@a.example",
            "Nobody in your organisation with this email address or username has a young person's account.",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "mo.young@b.example",
            "Nobody in your organisation with this email address or username has a young person's account.",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "nobody@a.example",
            "Nobody in your organisation with this email address or username has a young person's account.",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "ash@a.example",
            "That account is in this circle already",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "",
            "Enter their email address",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "kai@a.example\u{202E}",
            "Enter their email address",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "ÿ😀",
            "Enter their email address",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            &huge,
            "Enter their email address",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ];
    for (email, says, status) in cases {
        let reply = link(&w, &p.cookie, &p.csrf, c, &v, email).await;
        assert_eq!(reply.status, status, "{email}: {}", reply.body);
        assert!(text(&reply).contains(says), "{email}: {}", text(&reply));
        if email.len() < 100 && !email.is_empty() {
            assert!(reply.body.contains("aria-invalid=\"true\""), "{email}");
        }
    }
    // Others in the circle may not (403); people outside it get 404.
    for who in [&w.parent] {
        let reply = link(&w, &who.cookie, &who.csrf, c, &v, "kai@a.example").await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN);
    }
    for who in [&w.outsider, &w.stranger, &w.young] {
        let reply = link(&w, &who.cookie, &who.csrf, c, &v, "kai@a.example").await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", who.name);
    }
    // Whether an address has an account anywhere is never told: no account
    // and another organisation's account get the same answer, from a form
    // stale or not.
    for version in [v.as_str(), "0", "junk"] {
        let missing = link(&w, &p.cookie, &p.csrf, c, version, "nobody@a.example").await;
        let elsewhere = link(&w, &p.cookie, &p.csrf, c, version, "mo.young@b.example").await;
        assert_eq!(missing.status, elsewhere.status, "version {version}");
        assert_eq!(
            text(&missing).replace("nobody@a.example", "ADDRESS"),
            text(&elsewhere).replace("mo.young@b.example", "ADDRESS"),
            "version {version}"
        );
    }
    // A stale form is refused.
    let stale = link(&w, &p.cookie, &p.csrf, c, "0", "kai@a.example").await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.body.contains("value=\"kai@a.example\""), "kept");

    // Kai cannot open the circle yet.
    let kai_cookie = w.app.session_cookie("kai@a.example").await;
    assert_eq!(
        w.app
            .get(&format!("/circles/{c}"), &kai_cookie)
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let done = link(&w, &p.cookie, &p.csrf, c, &v, "kai@a.example").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.location, format!("/circles/{c}/members?done=linked"));
    // The same form again: linked once.
    let twice = link(&w, &p.cookie, &p.csrf, c, &v, "kai@a.example").await;
    assert_eq!(twice.status, StatusCode::SEE_OTHER);
    let members = w.app.store.circle_members(w.org.id, c).await.unwrap();
    assert_eq!(members[0].user_id, Some(kai.id));
    let log = w
        .app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::CircleChanged),
            subject: Some(c.to_string()),
            ..AuditQuery::new(AuditScope::Organisation(w.org.id))
        })
        .await
        .unwrap();
    assert_eq!(
        log.iter()
            .filter(|e| e.detail.as_deref() == Some(&*format!("account_linked:{}", members[0].id)))
            .count(),
        1
    );
    let after = w.app.get(&done.location, &p.cookie).await;
    assert!(text(&after).contains("Kai's account is now linked"));
    assert!(!after.body.contains("focus-account"), "offered no more");
    // Someone else now: refused, Kai stays linked.
    let v2 = hidden(&after, "version");
    let again = link(&w, &p.cookie, &p.csrf, c, &v2, "zoe@a.example").await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(text(&again).contains("Kai has an account linked already."));

    // Kai is the focus person: opens the circle and, as the one who decides,
    // records what they agree.
    let home = w.app.get("/", &kai_cookie).await;
    let kai_csrf = home.csrf();
    let circle_page = w.app.get(&format!("/circles/{c}"), &kai_cookie).await;
    assert_eq!(circle_page.status, StatusCode::OK);
    let sharing = w
        .app
        .get(&format!("/circles/{c}/sharing"), &kai_cookie)
        .await;
    let agreed = w
        .app
        .post(
            &format!("/circles/{c}/sharing"),
            &kai_cookie,
            form(&[
                ("_csrf", &kai_csrf),
                ("key", &hidden(&sharing, "key")),
                ("decider", &hidden(&sharing, "decider")),
                ("with_whom", "My coach"),
                ("what", "My plan"),
            ]),
        )
        .await;
    assert_eq!(agreed.status, StatusCode::SEE_OTHER, "{}", agreed.body);
    let listed = w
        .app
        .get(&format!("/circles/{c}/sharing"), &w.parent.cookie)
        .await;
    assert!(text(&listed).contains("Recorded by Kai on"));
}

#[tokio::test]
async fn a_closed_circle_links_no_account() {
    let w = world().await;
    let c = kais_circle(&w).await;
    w.app
        .person("Kai", "kai@a.example", &w.org, Role::YoungPerson)
        .await;
    let p = &w.practitioner;
    let v = hidden(&members_page(&w.app, &p.cookie, c).await, "version");
    let audit = AuditEntry::new(
        AuditScope::Organisation(w.org.id),
        T0,
        None,
        AuditAction::CircleChanged,
    );
    let closing = Closing {
        by: p.user,
        at: T0,
        reflection: "Done".to_owned(),
    };
    w.app
        .store
        .close_circle(w.org.id, c, v.parse().unwrap(), &closing, &audit)
        .await
        .unwrap();
    let page = members_page(&w.app, &p.cookie, c).await;
    assert!(!page.body.contains("focus-account"));
    let v = (v.parse::<i64>().unwrap() + 1).to_string();
    let refused = link(&w, &p.cookie, &p.csrf, c, &v, "kai@a.example").await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let members = w.app.store.circle_members(w.org.id, c).await.unwrap();
    assert_eq!(members[0].user_id, None);
}

/// Young people often have a username and no email address: their account is
/// linked by username, typed in any case. A username of another
/// organisation's young person gets the same answer as one nobody has.
#[tokio::test]
async fn a_young_persons_account_is_linked_by_username() {
    let w = world().await;
    let c = kais_circle(&w).await;
    let kai = w
        .app
        .person_with_username("Kai", "kai_k", &w.org, Role::YoungPerson)
        .await;
    w.app
        .person_with_username("Mo", "mo_b", &w.other_org, Role::YoungPerson)
        .await;
    let p = &w.practitioner;
    let page = members_page(&w.app, &p.cookie, c).await;
    assert!(text(&page).contains("Their email address or username"));
    let v = hidden(&page, "version");
    let missing = link(&w, &p.cookie, &p.csrf, c, &v, "no_such_name").await;
    let elsewhere = link(&w, &p.cookie, &p.csrf, c, &v, "mo_bb").await;
    let other_org = link(&w, &p.cookie, &p.csrf, c, &v, "mo_b").await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(other_org.status, missing.status);
    assert_eq!(
        text(&missing).replace("no_such_name", "LOGIN"),
        text(&other_org).replace("mo_b", "LOGIN"),
    );
    assert_eq!(
        text(&elsewhere).replace("mo_bb", "LOGIN"),
        text(&other_org).replace("mo_b", "LOGIN"),
    );
    assert!(text(&other_org).contains(
        "Nobody in your organisation with this email address or username has a young person's account."
    ));
    let done = link(&w, &p.cookie, &p.csrf, c, &v, " KAI_K ").await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let members = w.app.store.circle_members(w.org.id, c).await.unwrap();
    assert_eq!(members[0].user_id, Some(kai.id));
    // Kai signs in with the username and opens the circle.
    let kai_cookie = w.app.session_cookie("kai_k").await;
    let circle_page = w.app.get(&format!("/circles/{c}"), &kai_cookie).await;
    assert_eq!(circle_page.status, StatusCode::OK);
}
