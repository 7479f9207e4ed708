//! Stories of the second factor's store (`MfaStore`) and of sessions that wait
//! for one. Re-exported from [`crate::stories`], so the suite names them alike.

use super::{T0, org, person};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::auth::mfa::{DeviceSeen, OrgMfaSetting, TotpFactor};
use moves_domain::ids::{OrgId, UserId};
use moves_domain::session::{Session, SessionStage, hash_token};
use moves_domain::user::User;
use moves_store::Store;
use moves_store::{AuditEntry, AuditQuery};

/// The TOTP step of T0 (30-second steps).
const STEP: u64 = 1_764_000_000 / 30;
const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// An entry saying `user` set up a factor, in `org`'s log.
fn enrolled_entry(user: UserId, org: OrgId, at: moves_domain::clock::Timestamp) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(org),
        at,
        Some(user),
        AuditAction::MfaChanged,
    )
    .subject(user.to_string())
    .detail("enrolled")
}

fn hashes(n: usize, tag: &str) -> Vec<String> {
    (0..n).map(|i| hash_token(&format!("{tag}-{i}"))).collect()
}

/// A person with an enrolled factor (confirmed at `STEP`) and ten recovery codes.
async fn enrolled(store: &dyn Store, email: &str) -> User {
    let user = person(store, "Sam", email).await;
    store
        .begin_totp_enrolment(&TotpFactor::begin(user.id, SECRET.into(), T0))
        .await
        .unwrap();
    assert!(
        store
            .confirm_totp_enrolment(user.id, SECRET, STEP, &hashes(10, email), T0, &[])
            .await
            .unwrap()
    );
    user
}

pub async fn sessions_keep_their_stage(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    let pending = Session {
        token_hash: hash_token("pending"),
        user_id: sam.id,
        org_id: None,
        created_at: T0,
        last_seen_at: T0,
        stage: SessionStage::SecondFactorPending,
    };
    let full = Session {
        token_hash: hash_token("full"),
        stage: SessionStage::Full,
        ..pending.clone()
    };
    store.create_session(&pending).await.unwrap();
    store.create_session(&full).await.unwrap();
    assert_eq!(
        store.session(&pending.token_hash).await.unwrap(),
        Some(pending.clone())
    );
    assert_eq!(store.session(&full.token_hash).await.unwrap(), Some(full));
    // Touching a pending session does not complete it.
    store
        .touch_session(&pending.token_hash, T0.plus_seconds(5), None)
        .await
        .unwrap();
    assert_eq!(
        store
            .session(&pending.token_hash)
            .await
            .unwrap()
            .unwrap()
            .stage,
        SessionStage::SecondFactorPending
    );
}

pub async fn totp_enrolment_is_begun_once_and_confirmed_once(store: &dyn Store) {
    let sam = person(store, "Sam", "sam@example.org").await;
    assert_eq!(store.totp_factor(sam.id).await.unwrap(), None);
    let first = TotpFactor::begin(sam.id, SECRET.into(), T0);
    assert_eq!(store.begin_totp_enrolment(&first).await.unwrap(), first);
    // The page shown again keeps the first secret.
    let second = TotpFactor::begin(
        sam.id,
        "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP".into(),
        T0.plus_seconds(9),
    );
    assert_eq!(store.begin_totp_enrolment(&second).await.unwrap(), first);
    assert!(
        !store
            .totp_factor(sam.id)
            .await
            .unwrap()
            .unwrap()
            .is_enrolled()
    );
    assert_eq!(store.unused_recovery_codes(sam.id).await.unwrap(), 0);
    // A step cannot be used before the factor is enrolled.
    assert!(!store.use_totp_step(sam.id, STEP).await.unwrap());

    // Confirming against another secret (the factor changed meanwhile) does nothing.
    assert!(
        !store
            .confirm_totp_enrolment(
                sam.id,
                "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
                STEP,
                &hashes(10, "x"),
                T0,
                &[enrolled_entry(sam.id, OrgId::new(), T0)]
            )
            .await
            .unwrap()
    );
    assert_eq!(store.unused_recovery_codes(sam.id).await.unwrap(), 0);

    let at = T0.plus_seconds(40);
    // The enrolment is audited in each of the person's organisations, with it.
    let (north, south) = (OrgId::new(), OrgId::new());
    let audit = [
        enrolled_entry(sam.id, north, at),
        enrolled_entry(sam.id, south, at),
    ];
    assert!(
        store
            .confirm_totp_enrolment(sam.id, SECRET, STEP, &hashes(10, "sam"), at, &audit)
            .await
            .unwrap()
    );
    for org in [north, south] {
        let logged = store
            .list_audit(&AuditQuery::new(AuditScope::Organisation(org)))
            .await
            .unwrap();
        assert_eq!(
            logged.iter().map(|e| e.action).collect::<Vec<_>>(),
            vec![AuditAction::MfaChanged],
            "one entry in each organisation, none from the refused confirmation"
        );
    }
    let factor = store.totp_factor(sam.id).await.unwrap().unwrap();
    assert_eq!(factor.enrolled_at, Some(at));
    assert_eq!(
        factor.last_used_step,
        Some(STEP),
        "the confirming code is used"
    );
    assert_eq!(factor.secret, SECRET);
    assert_eq!(store.unused_recovery_codes(sam.id).await.unwrap(), 10);
    // Once enrolled: no second confirmation, no new secret.
    assert!(
        !store
            .confirm_totp_enrolment(sam.id, SECRET, STEP + 5, &hashes(10, "again"), at, &[])
            .await
            .unwrap()
    );
    assert_eq!(store.begin_totp_enrolment(&second).await.unwrap(), factor);
    assert!(
        store
            .use_recovery_code(sam.id, &hashes(1, "sam")[0], at)
            .await
            .unwrap(),
        "the first codes are still the ones"
    );
    assert!(
        !store
            .use_recovery_code(sam.id, &hashes(1, "again")[0], at)
            .await
            .unwrap()
    );
    assert!(
        !store.use_totp_step(sam.id, STEP).await.unwrap(),
        "the confirming code was used"
    );
    assert!(
        !store
            .confirm_totp_enrolment(UserId::new(), SECRET, STEP, &[], at, &[])
            .await
            .unwrap()
    );
}

pub async fn totp_steps_are_used_once_and_only_forward(store: &dyn Store) {
    let sam = enrolled(store, "sam@example.org").await;
    let jo = enrolled(store, "jo@example.org").await;
    assert!(store.use_totp_step(sam.id, STEP + 1).await.unwrap());
    assert!(
        !store.use_totp_step(sam.id, STEP + 1).await.unwrap(),
        "the same step again"
    );
    assert!(
        !store.use_totp_step(sam.id, STEP).await.unwrap(),
        "an earlier step"
    );
    assert!(store.use_totp_step(sam.id, STEP + 2).await.unwrap());
    assert_eq!(
        store
            .totp_factor(sam.id)
            .await
            .unwrap()
            .unwrap()
            .last_used_step,
        Some(STEP + 2)
    );
    // People's steps are their own.
    assert!(store.use_totp_step(jo.id, STEP + 1).await.unwrap());
    assert!(!store.use_totp_step(UserId::new(), STEP + 9).await.unwrap());
}

pub async fn concurrent_uses_of_one_step_let_exactly_one_through(store: &dyn Store) {
    let sam = enrolled(store, "sam@example.org").await;
    // The same code sent twice at once (two tabs, or two servers).
    let (a, b) = futures::join!(
        store.use_totp_step(sam.id, STEP + 1),
        store.use_totp_step(sam.id, STEP + 1)
    );
    let wins = [a.unwrap(), b.unwrap()].iter().filter(|w| **w).count();
    assert_eq!(wins, 1);
    // And eight at once.
    let uses =
        futures::future::join_all((0..8).map(|_| store.use_totp_step(sam.id, STEP + 2))).await;
    let wins = uses.into_iter().filter(|r| *r.as_ref().unwrap()).count();
    assert_eq!(wins, 1);
}

pub async fn recovery_codes_work_once_each(store: &dyn Store) {
    let sam = enrolled(store, "sam@example.org").await;
    let jo = enrolled(store, "jo@example.org").await;
    let codes = hashes(10, "sam@example.org");
    assert!(
        store
            .use_recovery_code(sam.id, &codes[3], T0)
            .await
            .unwrap()
    );
    assert!(
        !store
            .use_recovery_code(sam.id, &codes[3], T0.plus_seconds(1))
            .await
            .unwrap(),
        "a second use fails"
    );
    assert_eq!(store.unused_recovery_codes(sam.id).await.unwrap(), 9);
    assert!(
        !store.use_recovery_code(jo.id, &codes[4], T0).await.unwrap(),
        "another person's code is no code"
    );
    assert!(
        !store
            .use_recovery_code(sam.id, &hash_token("guess"), T0)
            .await
            .unwrap()
    );
    let (a, b) = futures::join!(
        store.use_recovery_code(sam.id, &codes[5], T0),
        store.use_recovery_code(sam.id, &codes[5], T0)
    );
    assert_eq!([a.unwrap(), b.unwrap()].iter().filter(|w| **w).count(), 1);
    assert_eq!(store.unused_recovery_codes(sam.id).await.unwrap(), 8);
    assert_eq!(store.unused_recovery_codes(jo.id).await.unwrap(), 10);
}

pub async fn resetting_mfa_removes_factor_and_codes_with_its_audit(store: &dyn Store) {
    let hub = org(store, "Hub").await;
    let sam = enrolled(store, "sam@example.org").await;
    let jo = enrolled(store, "jo@example.org").await;
    let admin = UserId::new();
    let entry = |who: &User| {
        AuditEntry::new(
            AuditScope::Organisation(hub.id),
            T0,
            Some(admin),
            AuditAction::MfaChanged,
        )
        .subject(who.id.to_string())
        .detail("reset")
    };
    // Each signed in somewhere: whoever holds Sam's lost factor is signed
    // out with it, Jo stays.
    for (who, token) in [(&sam, "sams-phone"), (&jo, "jos-laptop")] {
        store
            .create_session(&Session {
                token_hash: hash_token(token),
                user_id: who.id,
                org_id: Some(hub.id),
                created_at: T0,
                last_seen_at: T0,
                stage: SessionStage::Full,
            })
            .await
            .unwrap();
    }
    let reset = entry(&sam);
    assert!(
        store
            .reset_mfa(sam.id, std::slice::from_ref(&reset))
            .await
            .unwrap()
    );
    assert_eq!(
        store.session(&hash_token("sams-phone")).await.unwrap(),
        None
    );
    assert!(
        store
            .session(&hash_token("jos-laptop"))
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(store.totp_factor(sam.id).await.unwrap(), None);
    assert_eq!(store.unused_recovery_codes(sam.id).await.unwrap(), 0);
    assert!(
        store.totp_factor(jo.id).await.unwrap().is_some(),
        "only Sam's"
    );
    assert_eq!(store.unused_recovery_codes(jo.id).await.unwrap(), 10);
    // Nothing left to reset: nothing written, not even the audit entry.
    let again = entry(&sam);
    assert!(
        !store
            .reset_mfa(sam.id, std::slice::from_ref(&again))
            .await
            .unwrap()
    );
    let log = store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(hub.id)))
        .await
        .unwrap();
    assert_eq!(log, vec![reset]);
    // A fresh factor can be set up afterwards.
    let fresh = TotpFactor::begin(sam.id, SECRET.into(), T0.plus_seconds(60));
    assert_eq!(store.begin_totp_enrolment(&fresh).await.unwrap(), fresh);
    assert_eq!(
        store
            .totp_enrolments(&[sam.id, jo.id, UserId::new()])
            .await
            .unwrap(),
        vec![(jo.id, T0)]
    );
    assert!(store.totp_enrolments(&[]).await.unwrap().is_empty());
}

pub async fn organisations_require_mfa_unless_turned_off_with_a_reason(store: &dyn Store) {
    let a = org(store, "A").await;
    let b = org(store, "B").await;
    assert_eq!(
        store.org_mfa_setting(a.id).await.unwrap(),
        OrgMfaSetting::default(),
        "a new organisation requires it"
    );
    assert!(store.org_mfa_setting(OrgId::new()).await.unwrap().required);
    let admin = UserId::new();
    let off = OrgMfaSetting::turn_off("Shared tablets — Zoë's team", admin, T0).unwrap();
    let off_entry = AuditEntry::new(
        AuditScope::Organisation(a.id),
        T0,
        Some(admin),
        AuditAction::MfaChanged,
    )
    .detail(off.audit_detail());
    store
        .set_org_mfa_setting(a.id, &off, &off_entry)
        .await
        .unwrap();
    assert_eq!(store.org_mfa_setting(a.id).await.unwrap(), off);
    assert!(
        store.org_mfa_setting(b.id).await.unwrap().required,
        "B is untouched"
    );

    let on = OrgMfaSetting::turn_on(admin, T0.plus_seconds(60));
    let on_entry = AuditEntry::new(
        AuditScope::Organisation(a.id),
        T0.plus_seconds(60),
        Some(admin),
        AuditAction::MfaChanged,
    )
    .detail(on.audit_detail());
    store
        .set_org_mfa_setting(a.id, &on, &on_entry)
        .await
        .unwrap();
    assert_eq!(store.org_mfa_setting(a.id).await.unwrap(), on);
    let log = store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(a.id)))
        .await
        .unwrap();
    assert_eq!(log, vec![on_entry, off_entry.clone()]);

    // A change whose audit entry cannot be written is not made.
    let off_again = OrgMfaSetting::turn_off("again", admin, T0.plus_seconds(90)).unwrap();
    assert!(
        store
            .set_org_mfa_setting(a.id, &off_again, &off_entry)
            .await
            .is_err()
    );
    assert!(store.org_mfa_setting(a.id).await.unwrap().required);
}

pub async fn devices_are_first_known_or_new(store: &dyn Store) {
    let kai = person(store, "Kai", "kai@example.org").await;
    // Kai's organisation: each new device is audited there, with it.
    let home = OrgId::new();
    let noticed = |at| {
        [AuditEntry::new(
            AuditScope::Organisation(home),
            at,
            Some(kai.id),
            AuditAction::NewDeviceSignIn,
        )]
    };
    let ana = person(store, "Ana", "ana@example.org").await;
    let phone = hash_token("phone");
    let laptop = hash_token("laptop");
    assert_eq!(store.latest_new_device(kai.id, T0).await.unwrap(), None);
    assert_eq!(
        store
            .remember_device(kai.id, &phone, T0, &noticed(T0))
            .await
            .unwrap(),
        DeviceSeen::First
    );
    assert_eq!(
        store
            .remember_device(kai.id, &phone, T0.plus_seconds(10), &noticed(T0))
            .await
            .unwrap(),
        DeviceSeen::Known
    );
    assert_eq!(
        store.latest_new_device(kai.id, T0).await.unwrap(),
        None,
        "the first device is no news"
    );
    let later = T0.plus_seconds(3600);
    assert_eq!(
        store
            .remember_device(kai.id, &laptop, later, &noticed(later))
            .await
            .unwrap(),
        DeviceSeen::New
    );
    assert_eq!(
        store
            .remember_device(kai.id, &laptop, later.plus_seconds(5), &noticed(later))
            .await
            .unwrap(),
        DeviceSeen::Known
    );
    assert_eq!(
        store.latest_new_device(kai.id, T0).await.unwrap(),
        Some(later)
    );
    assert_eq!(
        store
            .latest_new_device(kai.id, later.plus_seconds(1))
            .await
            .unwrap(),
        None
    );
    // Devices are per person: Kai's laptop is Ana's first device.
    assert_eq!(
        store
            .remember_device(ana.id, &laptop, later, &[])
            .await
            .unwrap(),
        DeviceSeen::First
    );
    assert_eq!(store.latest_new_device(ana.id, T0).await.unwrap(), None);
    // The same new device signing in twice at once is new only once.
    let tablet = hash_token("tablet");
    let (first, second) = (noticed(later), noticed(later));
    let (a, b) = futures::join!(
        store.remember_device(kai.id, &tablet, later, &first),
        store.remember_device(kai.id, &tablet, later, &second)
    );
    let mut seen = [a.unwrap(), b.unwrap()];
    seen.sort_by_key(|s| *s == DeviceSeen::New);
    assert_eq!(seen, [DeviceSeen::Known, DeviceSeen::New]);
    // Only the new devices were audited: the laptop once, the tablet once.
    let logged = store
        .list_audit(&AuditQuery::new(AuditScope::Organisation(home)))
        .await
        .unwrap();
    assert_eq!(logged.len(), 2, "{logged:?}");
    assert!(
        logged
            .iter()
            .all(|e| e.action == AuditAction::NewDeviceSignIn)
    );
}

/// Authenticator secrets are sealed with the installation's keys at rest:
/// the stored column never holds the secret, a secret stored before sealing
/// began is sealed by `seal_plain_totp_secrets` and still works, and a sealed
/// secret copied to another person's row does not open. `raw` reads a
/// person's stored column; `put` writes one as given (the backend's own SQL).
pub async fn second_factor_secrets_are_sealed_at_rest<R, P>(store: &dyn Store, raw: R, put: P)
where
    R: AsyncFn(UserId) -> String,
    P: AsyncFn(UserId, String),
{
    let sam = person(store, "Sam", "sam@example.org").await;
    let jo = person(store, "Jo", "jo@example.org").await;
    let secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    store
        .begin_totp_enrolment(&TotpFactor::begin(sam.id, secret.to_owned(), T0))
        .await
        .unwrap();
    let stored = raw(sam.id).await;
    assert!(!stored.contains(secret), "sealed: {stored}");
    assert_eq!(
        store.totp_factor(sam.id).await.unwrap().unwrap().secret,
        secret
    );
    assert!(
        store
            .confirm_totp_enrolment(sam.id, secret, 1, &[], T0, &[])
            .await
            .unwrap(),
        "confirmed against the opened secret"
    );
    // A secret from before sealing began: read as it is, then sealed.
    store
        .begin_totp_enrolment(&TotpFactor::begin(jo.id, "placeholder".to_owned(), T0))
        .await
        .unwrap();
    put(jo.id, secret.to_owned()).await;
    assert_eq!(
        store.totp_factor(jo.id).await.unwrap().unwrap().secret,
        secret
    );
    assert_eq!(store.seal_plain_totp_secrets().await.unwrap(), 1);
    assert_eq!(store.seal_plain_totp_secrets().await.unwrap(), 0, "once");
    assert!(!raw(jo.id).await.contains(secret));
    assert_eq!(
        store.totp_factor(jo.id).await.unwrap().unwrap().secret,
        secret
    );
    // Sam's sealed secret copied to Jo's row opens for nobody.
    put(jo.id, stored).await;
    assert!(store.totp_factor(jo.id).await.is_err());
}
