//! Who decides about sharing (`/circles/{id}/decider`): everyone in the
//! circle reads it; only its practitioners change it, to the young person or
//! a parent or carer in the circle, from the version they saw. The overview
//! and "who can see this circle" say who decides and link to the agreements.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod notes_support;
mod support;

use axum::http::StatusCode;
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::circle::SharingDecider;
use moves_core::ids::CircleMemberId;
use moves_store::AuditQuery;
use notes_support::{Person, World, hidden, text, world};
use support::{Reply, form};

async fn choose(w: &World, who: &Person, version: &str, decider: &str) -> Reply {
    w.app
        .post(
            &format!("/circles/{}/decider", w.circle),
            &who.cookie,
            form(&[
                ("_csrf", &who.csrf),
                ("version", version),
                ("decider", decider),
            ]),
        )
        .await
}

async fn version_shown(w: &World) -> String {
    let page = w
        .app
        .get(
            &format!("/circles/{}/decider", w.circle),
            &w.practitioner.cookie,
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    hidden(&page, "version")
}

async fn decider_now(w: &World) -> SharingDecider {
    w.app
        .store
        .circle(w.org.id, w.circle)
        .await
        .unwrap()
        .unwrap()
        .decider
}

#[tokio::test]
async fn practitioners_name_who_decides_and_everyone_reads_it() {
    let w = world().await;
    let path = format!("/circles/{}/decider", w.circle);
    let page = w.app.get(&path, &w.practitioner.cookie).await;
    let shown = text(&page);
    assert!(shown.contains("Zoë decides what is shared"), "{shown}");
    assert!(shown.contains("Zoë (the young person)"), "{shown}");
    assert!(shown.contains("Pat Parent (Parent or carer)"), "{shown}");
    assert!(
        !shown.contains("Nan Supporter ("),
        "a supporter is not offered"
    );
    assert!(shown.contains("Agreements already recorded stay as they are"));

    // Everyone in the circle reads it; only the practitioner gets the form.
    for who in [&w.young, &w.parent, &w.supporter, &w.manager] {
        let page = w.app.get(&path, &who.cookie).await;
        assert_eq!(page.status, StatusCode::OK, "{}", who.name);
        assert!(!page.body.contains("name=\"decider\""), "{}", who.name);
        // The manager reads the staff's words; the family their own.
        let words = if std::ptr::eq(who, &w.manager) {
            "Only the practitioners in this circle"
        } else {
            "Only the workers in this circle"
        };
        assert!(text(&page).contains(words), "{}", who.name);
    }
    for who in [&w.outsider, &w.stranger] {
        assert_eq!(
            w.app.get(&path, &who.cookie).await.status,
            StatusCode::NOT_FOUND
        );
    }
    let v = version_shown(&w).await;
    let parent = w.parent.member.unwrap().to_string();
    for who in [&w.young, &w.parent, &w.supporter, &w.manager] {
        let reply = choose(&w, who, &v, &parent).await;
        assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", who.name);
    }
    for who in [&w.outsider, &w.stranger] {
        let reply = choose(&w, who, &v, &parent).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", who.name);
    }
    assert_eq!(decider_now(&w).await, SharingDecider::YoungPerson);

    let done = choose(&w, &w.practitioner, &v, &parent).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(
        done.location,
        format!("/circles/{}/sharing?done=decider", w.circle)
    );
    assert_eq!(
        decider_now(&w).await,
        SharingDecider::Member(w.parent.member.unwrap())
    );
    let log = w
        .app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::SharingChanged),
            ..AuditQuery::new(AuditScope::Organisation(w.org.id))
        })
        .await
        .unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(
        log[0].detail.as_deref(),
        Some(&*format!("decider:{parent}"))
    );
    assert_eq!(log[0].subject.as_deref(), Some(&*w.circle.to_string()));

    // "Who can see this circle" tells each member their part in sharing:
    // Pat decides, the practitioners record with them, the rest read.
    let people = text(
        &w.app
            .get(
                &format!("/circles/{}/people", w.circle),
                &w.supporter.cookie,
            )
            .await,
    );
    let count = |line: &str| people.matches(line).count();
    assert_eq!(
        count("Decides what is shared outside the circle, and records"),
        1
    );
    assert_eq!(count("records or ends them with the person who decides"), 1);
    assert_eq!(count("Reads the sharing agreements."), 3, "{people}");
    assert_eq!(count("A practitioner records it with them."), 0);

    // The overview and "who can see this circle" say so, and link to the agreements.
    for page in ["", "/people"] {
        let reply = w
            .app
            .get(&format!("/circles/{}{page}", w.circle), &w.young.cookie)
            .await;
        assert!(
            text(&reply).contains("Pat Parent decides what is shared"),
            "{page}"
        );
        assert!(
            reply
                .body
                .contains(&format!("href=\"/circles/{}/sharing\"", w.circle)),
            "{page}"
        );
    }
}

#[tokio::test]
async fn bad_choices_and_stale_forms_change_nothing() {
    let w = world().await;
    let v = version_shown(&w).await;
    let supporter = w.supporter.member.unwrap().to_string();
    let guest = w.guest.to_string();
    let stranger = CircleMemberId::new().to_string();
    let huge = "y".repeat(10_000);
    for bad in [
        "",
        "   ",
        "😀",
        "young_person\u{202E}",
        &supporter,
        &guest,
        &stranger,
        &huge,
    ] {
        let reply = choose(&w, &w.practitioner, &v, bad).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(text(&reply).contains("Choose one of the people listed."));
    }
    assert_eq!(decider_now(&w).await, SharingDecider::YoungPerson);

    let parent = w.parent.member.unwrap().to_string();
    assert_eq!(
        choose(&w, &w.practitioner, &v, &parent).await.status,
        StatusCode::SEE_OTHER
    );
    // The same form sent twice: done once.
    let twice = choose(&w, &w.practitioner, &v, &parent).await;
    assert_eq!(twice.status, StatusCode::SEE_OTHER);
    // A form from before that change, choosing otherwise: both are named,
    // the choice is kept, nothing changes.
    let stale = choose(&w, &w.practitioner, &v, "young_person").await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let told = text(&stale);
    assert!(
        told.contains("Now: Pat Parent (Parent or carer). You chose: Zoë (the young person)."),
        "{told}"
    );
    assert!(
        stale
            .body
            .contains("value=\"young_person\" aria-describedby=\"decider-1-hint\" checked")
    );
    assert_ne!(
        hidden(&stale, "version"),
        v,
        "the form now carries the new version"
    );
    assert_eq!(
        decider_now(&w).await,
        SharingDecider::Member(w.parent.member.unwrap())
    );
    // Sent again knowingly, from the new version: done.
    let again = choose(
        &w,
        &w.practitioner,
        &hidden(&stale, "version"),
        "young_person",
    )
    .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(decider_now(&w).await, SharingDecider::YoungPerson);
    // Another circle's page cannot name this circle's people.
    let second = w
        .app
        .post(
            &format!("/circles/{}/decider", w.second),
            &w.practitioner.cookie,
            form(&[
                ("_csrf", &w.practitioner.csrf),
                ("version", "1"),
                ("decider", &parent),
            ]),
        )
        .await;
    assert_eq!(second.status, StatusCode::UNPROCESSABLE_ENTITY);
}

/// The refused reads of `who` in the organisation's log: (subject, what).
async fn refused_reads(w: &World, who: &Person) -> Vec<(String, String)> {
    w.app
        .store
        .list_audit(&AuditQuery {
            action: Some(AuditAction::ReadRefused),
            actor: Some(who.user),
            ..AuditQuery::new(AuditScope::Organisation(w.org.id))
        })
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.subject.unwrap_or_default(), e.detail.unwrap_or_default()))
        .collect()
}

#[tokio::test]
async fn another_circles_member_is_answered_as_an_unknown_one_and_recorded() {
    let w = world().await;
    let theirs = w
        .app
        .store
        .circle_members(w.org.id, w.second)
        .await
        .unwrap()[0]
        .id
        .to_string();
    let made_up = CircleMemberId::new().to_string();
    let v = version_shown(&w).await;
    let elsewhere = choose(&w, &w.practitioner, &v, &theirs).await;
    let unknown = choose(&w, &w.practitioner, &v, &made_up).await;
    assert_eq!(elsewhere.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(elsewhere.status, unknown.status);
    assert_eq!(text(&elsewhere), text(&unknown), "answered alike");
    assert_eq!(decider_now(&w).await, SharingDecider::YoungPerson);
    let mut recorded = refused_reads(&w, &w.practitioner).await;
    recorded.sort();
    let mut expected = vec![
        (theirs, "decider".to_owned()),
        (made_up, "decider".to_owned()),
    ];
    expected.sort();
    assert_eq!(recorded, expected, "both recorded, by the parsed id");

    // Someone of this circle who may not decide, or nonsense, is no probe:
    // refused the same, and nothing is recorded.
    let supporter = w.supporter.member.unwrap().to_string();
    for sent in [supporter.as_str(), "<script>", ""] {
        let reply = choose(&w, &w.practitioner, &v, sent).await;
        assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{sent}");
    }
    assert_eq!(refused_reads(&w, &w.practitioner).await.len(), 2);
}
