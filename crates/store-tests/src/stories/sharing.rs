//! Stories of sharing agreements and the circle's decider: agreements
//! recorded once per form, ended once, never rewritten, sealed by circle and
//! organisation; the decider changed only from the version seen.

use super::{AuditAction, AuditEntry, AuditScope, StoreError, T0, org, person};
use moves_domain::circle::agreement::SharingAgreement;
use moves_domain::circle::{
    Circle, CircleAccess, CircleMember, CircleRole, NewCircle, OpenCircle, SharingDecider,
};
use moves_domain::ids::{AgreementId, CircleId};
use moves_domain::organisation::Organisation;
use moves_store::{Store, VersionedWrite};

fn audit(org: &Organisation, circle: CircleId, detail: &str) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org.id),
        T0,
        None,
        AuditAction::CircleChanged,
    )
    .subject(circle.to_string())
    .detail(detail)
}

/// A circle with its young person and a practitioner (who opened it).
async fn circle(store: &dyn Store, org: &Organisation, who: &str) -> OpenCircle {
    let worker = person(store, who, &format!("{who}@example.org")).await;
    let input = NewCircle {
        focus_name: "Zoë",
        ..NewCircle::default()
    };
    let c = Circle::new(CircleId::new(), org.id, &input, worker.id, T0).unwrap();
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
        .create_circle(&c, &members, &audit(org, c.id, "created"))
        .await
        .unwrap();
    OpenCircle {
        circle: c,
        access: CircleAccess::Member(members[1].clone()),
        members,
    }
}

pub async fn sharing_agreements_are_recorded_once_and_ended_once(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let open = circle(store, &a, "sam").await;
    let other = circle(store, &a, "kim").await;
    let elsewhere = circle(store, &b, "lee").await;

    let first =
        SharingAgreement::record(&open, AgreementId::new(), "My checks", "School", T0).unwrap();
    let later = SharingAgreement::record(
        &open,
        AgreementId::new(),
        "Plans 🙂",
        "Σχολείο",
        T0.plus_seconds(60),
    )
    .unwrap();
    let recorded = || audit(&a, open.circle.id, "agreement_recorded");
    assert!(store.record_agreement(&first, &recorded()).await.unwrap());
    assert!(
        !store.record_agreement(&first, &recorded()).await.unwrap(),
        "sent twice"
    );
    assert!(store.record_agreement(&later, &recorded()).await.unwrap());
    let listed = store
        .agreements_of_circle(a.id, open.circle.id)
        .await
        .unwrap();
    assert_eq!(listed, [later.clone(), first.clone()], "newest first");
    assert!(
        store
            .agreements_of_circle(a.id, other.circle.id)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        store
            .agreements_of_circle(b.id, open.circle.id)
            .await
            .unwrap()
            .is_empty()
    );

    // Ended once; never through another circle or organisation.
    let by = open.members[1].id;
    let ended = || audit(&a, open.circle.id, "agreement_ended");
    let at = T0.plus_seconds(120);
    assert!(
        !store
            .end_agreement(a.id, other.circle.id, first.id, by, at, &ended())
            .await
            .unwrap()
    );
    assert!(
        !store
            .end_agreement(b.id, elsewhere.circle.id, first.id, by, at, &ended())
            .await
            .unwrap()
    );
    assert!(
        store
            .end_agreement(a.id, open.circle.id, first.id, by, at, &ended())
            .await
            .unwrap()
    );
    assert!(
        !store
            .end_agreement(a.id, open.circle.id, first.id, by, at, &ended())
            .await
            .unwrap()
    );
    let listed = store
        .agreements_of_circle(a.id, open.circle.id)
        .await
        .unwrap();
    assert_eq!(listed[1].ended, Some((by, at)));
    assert_eq!(listed[1].what, "My checks", "the words are kept");
    assert_eq!(listed[0].ended, None);
}

pub async fn the_decider_changes_only_from_the_version_seen(store: &dyn Store) {
    let a = org(store, "A").await;
    let open = circle(store, &a, "sam").await;
    let other = circle(store, &a, "kim").await;
    let (id, v) = (open.circle.id, open.circle.version);
    let young = open.members[0].id;
    let change = || audit(&a, id, "decider_changed");

    let to_member = SharingDecider::Member(young);
    assert_eq!(
        store
            .set_decider(a.id, id, v, to_member, &change())
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    assert_eq!(
        store.circle(a.id, id).await.unwrap().unwrap().decider,
        to_member
    );
    // The same form again is stale: nothing changes.
    assert_eq!(
        store
            .set_decider(a.id, id, v, SharingDecider::YoungPerson, &change())
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    // A member of another circle cannot be named.
    let stranger = SharingDecider::Member(other.members[0].id);
    assert_ne!(
        store
            .set_decider(a.id, id, v + 1, stranger, &change())
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    assert_eq!(
        store
            .set_decider(a.id, id, v + 1, SharingDecider::YoungPerson, &change())
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let c = store.circle(a.id, id).await.unwrap().unwrap();
    assert_eq!((c.decider, c.version), (SharingDecider::YoungPerson, v + 2));
    assert_eq!(
        store
            .set_decider(
                a.id,
                CircleId::new(),
                0,
                SharingDecider::YoungPerson,
                &change()
            )
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
}

pub async fn a_young_persons_account_is_linked_to_the_focus_member_once(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let open = circle(store, &a, "sam").await;
    let other = circle(store, &a, "kim").await;
    let elsewhere = circle(store, &b, "lee").await;
    let (id, v) = (open.circle.id, open.circle.version);
    let focus = open.members[0].id;
    let young = person(store, "Zoë", "zoe@example.org").await;
    let link = || audit(&a, id, "account_linked");

    // Not through another circle, not through another organisation.
    assert_eq!(
        store
            .link_focus_account(a.id, other.circle.id, focus, young.id, v, &link())
            .await
            .unwrap(),
        VersionedWrite::Stale,
        "that member is not the other circle's"
    );
    assert_eq!(
        store
            .link_focus_account(b.id, id, focus, young.id, v, &link())
            .await
            .unwrap(),
        VersionedWrite::NotFound
    );
    assert_eq!(
        store
            .link_focus_account(
                b.id,
                elsewhere.circle.id,
                focus,
                young.id,
                elsewhere.circle.version,
                &link()
            )
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    // The practitioner is not the focus member.
    assert_eq!(
        store
            .link_focus_account(a.id, id, open.members[1].id, young.id, v, &link())
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    // Nothing of that changed the circle.
    let c = store.circle(a.id, id).await.unwrap().unwrap();
    assert_eq!(c.version, v);

    // A practitioner's account is in the circle already: refused, nothing written.
    let worker = open.members[1].user_id.unwrap();
    assert!(matches!(
        store
            .link_focus_account(a.id, id, focus, worker, v, &link())
            .await,
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(store.circle(a.id, id).await.unwrap().unwrap().version, v);

    assert_eq!(
        store
            .link_focus_account(a.id, id, focus, young.id, v, &link())
            .await
            .unwrap(),
        VersionedWrite::Done
    );
    let members = store.circle_members(a.id, id).await.unwrap();
    assert_eq!(members[0].user_id, Some(young.id));
    assert_eq!(members[0].display_name, "Zoë", "named as before");
    assert_eq!(
        store.circle(a.id, id).await.unwrap().unwrap().version,
        v + 1
    );
    // The same form again is stale; so is linking someone else now.
    let again = store
        .link_focus_account(a.id, id, focus, young.id, v, &link())
        .await
        .unwrap();
    assert_eq!(again, VersionedWrite::Stale);
    let someone = person(store, "Kai", "kai@example.org").await;
    assert_eq!(
        store
            .link_focus_account(a.id, id, focus, someone.id, v + 1, &link())
            .await
            .unwrap(),
        VersionedWrite::Stale
    );
    let members = store.circle_members(a.id, id).await.unwrap();
    assert_eq!(members[0].user_id, Some(young.id));
    // The young person now finds the circle among their own.
    let theirs = store.circles_of_user(a.id, young.id).await.unwrap();
    assert_eq!(theirs.len(), 1);
    assert_eq!(theirs[0].circle.id, id);
}

pub async fn an_agreement_is_read_only_through_its_own_circle(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    let open = circle(store, &a, "sam").await;
    let other = circle(store, &a, "kim").await;
    let agreement =
        SharingAgreement::record(&open, AgreementId::new(), "My checks", "School", T0).unwrap();
    let recorded = audit(&a, open.circle.id, "agreement_recorded");
    assert!(store.record_agreement(&agreement, &recorded).await.unwrap());
    assert_eq!(
        store
            .agreement(a.id, open.circle.id, agreement.id)
            .await
            .unwrap(),
        Some(agreement.clone())
    );
    // Another circle, another organisation, an unknown id: nothing.
    for (org, circle, id) in [
        (a.id, other.circle.id, agreement.id),
        (b.id, open.circle.id, agreement.id),
        (a.id, open.circle.id, AgreementId::new()),
    ] {
        assert_eq!(store.agreement(org, circle, id).await.unwrap(), None);
    }
    // Ended, it is still read (as history), with who ended it and when.
    let by = open.members[1].id;
    let at = T0.plus_seconds(60);
    let ended = audit(&a, open.circle.id, "agreement_ended");
    assert!(
        store
            .end_agreement(a.id, open.circle.id, agreement.id, by, at, &ended)
            .await
            .unwrap()
    );
    let read = store
        .agreement(a.id, open.circle.id, agreement.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(read.ended, Some((by, at)));
}
