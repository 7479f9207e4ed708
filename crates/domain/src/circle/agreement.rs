//! Sharing agreements: what the person who decides about sharing in a circle
//! (the young person, or a named parent or carer) agreed may be shared, with
//! whom, and when. They are recorded by that person or by a practitioner in
//! the circle with them, read by everyone in the circle, and never rewritten:
//! when someone changes their mind the agreement is ended (and a new one
//! recorded), so it stays known what was agreed at the time.

use crate::circle::member::{CircleMember, CircleRole};
use crate::circle::open::OpenCircle;
use crate::circle::space::SharingDecider;
use crate::clock::Timestamp;
use crate::ids::{AgreementId, CircleId, CircleMemberId, OrgId};
use crate::permission::Actor;
use crate::text::{TextError, clean_block, clean_line};
use thiserror::Error;

pub const WHAT_MAX: usize = 2_000;
pub const WITH_WHOM_MAX: usize = 300;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharingAgreement {
    pub id: AgreementId,
    pub org_id: OrgId,
    pub circle_id: CircleId,
    /// Who decided (the decider when it was recorded).
    pub decided_by: CircleMemberId,
    /// What may be shared.
    pub what: String,
    /// With whom (people or services outside the circle, in their words).
    pub with_whom: String,
    pub recorded_by: CircleMemberId,
    pub recorded_at: Timestamp,
    /// Ended when the decider changed their mind.
    pub ended: Option<(CircleMemberId, Timestamp)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AgreementError {
    #[error("what may be shared {0}")]
    What(TextError),
    #[error("with whom {0}")]
    WithWhom(TextError),
    /// Only the decider, or a practitioner in the circle with them.
    #[error("only the person who decides, or a practitioner with them, records this")]
    NotAllowed,
    #[error("the circle is closed")]
    CircleClosed,
    /// Nobody in the circle is the decider (the young person is not a member).
    #[error("nobody in the circle decides about sharing yet")]
    NoDecider,
}

/// The member who decides about sharing, if they are in the circle.
pub fn decider(open: &OpenCircle) -> Option<&CircleMember> {
    match open.circle.decider {
        SharingDecider::YoungPerson => open
            .members
            .iter()
            .find(|m| m.role == CircleRole::FocusPerson),
        SharingDecider::Member(id) => open.members.iter().find(|m| m.id == id),
    }
}

/// Who may record or end an agreement: the decider (with an account), or a
/// practitioner in the circle; in an open circle only.
fn recorder(open: &OpenCircle) -> Result<&CircleMember, AgreementError> {
    if !open.circle.is_open() {
        return Err(AgreementError::CircleClosed);
    }
    let me = open
        .access
        .member()
        .filter(|m| m.user_id.is_some())
        .ok_or(AgreementError::NotAllowed)?;
    let decider = decider(open).ok_or(AgreementError::NoDecider)?;
    if me.id == decider.id || me.role.is_practitioner() {
        Ok(me)
    } else {
        Err(AgreementError::NotAllowed)
    }
}

/// Whether the person who opened the circle may record or end agreements.
pub fn may_record(open: &OpenCircle) -> bool {
    recorder(open).is_ok()
}

impl SharingAgreement {
    /// A new agreement in `open`, by the person who opened it. Every problem
    /// with the text is reported, not only the first.
    pub fn record(
        open: &OpenCircle,
        id: AgreementId,
        what: &str,
        with_whom: &str,
        now: Timestamp,
    ) -> Result<Self, Vec<AgreementError>> {
        let me = recorder(open).map_err(|e| vec![e])?;
        let decided_by = decider(open).ok_or_else(|| vec![AgreementError::NoDecider])?;
        let what = clean_block(what, WHAT_MAX).map_err(AgreementError::What);
        let with_whom = clean_line(with_whom, WITH_WHOM_MAX).map_err(AgreementError::WithWhom);
        match (what, with_whom) {
            (Ok(what), Ok(with_whom)) => Ok(SharingAgreement {
                id,
                org_id: open.circle.org_id,
                circle_id: open.circle.id,
                decided_by: decided_by.id,
                what,
                with_whom,
                recorded_by: me.id,
                recorded_at: now,
                ended: None,
            }),
            (a, b) => Err([a.err(), b.err()].into_iter().flatten().collect()),
        }
    }

    /// Who ends an agreement, if the person who opened the circle may.
    pub fn ender(open: &OpenCircle) -> Result<CircleMemberId, AgreementError> {
        recorder(open).map(|m| m.id)
    }
}

/// Why a change of who decides about sharing was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum DeciderError {
    /// Only the circle's practitioners who may manage it change who decides.
    #[error("only the circle's practitioners change who decides")]
    NotAllowed,
    #[error("the circle is closed")]
    CircleClosed,
    /// Only the young person, or a parent or carer in the circle, decides.
    #[error("only the young person or a parent or carer in the circle can decide")]
    NotOffered,
}

/// Who may be named to decide about sharing: the young person themself, then
/// each parent or carer in the circle, in the order they joined.
pub fn decider_choices(open: &OpenCircle) -> Vec<SharingDecider> {
    std::iter::once(SharingDecider::YoungPerson)
        .chain(
            open.members
                .iter()
                .filter(|m| m.role == CircleRole::ParentCarer)
                .map(|m| SharingDecider::Member(m.id)),
        )
        .collect()
}

/// Whether `actor`, who opened the circle, may change who decides: one of
/// its practitioners who may manage it, in an open circle.
pub fn may_change_decider(open: &OpenCircle, actor: &Actor) -> Result<(), DeciderError> {
    if !open.access.may_manage(actor) {
        return Err(DeciderError::NotAllowed);
    }
    if !open.circle.is_open() {
        return Err(DeciderError::CircleClosed);
    }
    Ok(())
}

/// The new decider as sent by the form (`young_person`, or a parent's or
/// carer's member id), if `actor` may make that change.
pub fn choose_decider(
    open: &OpenCircle,
    actor: &Actor,
    sent: &str,
) -> Result<SharingDecider, DeciderError> {
    may_change_decider(open, actor)?;
    let sent = sent.trim();
    decider_choices(open)
        .into_iter()
        .find(|d| decider_code(*d) == sent)
        .ok_or(DeciderError::NotOffered)
}

/// How a decider is sent in forms and kept in the audit log.
pub fn decider_code(d: SharingDecider) -> String {
    match d {
        SharingDecider::YoungPerson => "young_person".to_owned(),
        SharingDecider::Member(id) => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::access::CircleAccess;
    use crate::circle::space::{Circle, NewCircle};
    use crate::ids::UserId;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn circle_with(roles: &[CircleRole]) -> (Circle, Vec<CircleMember>) {
        let org = OrgId::new();
        let circle = Circle::new(
            CircleId::new(),
            org,
            &NewCircle {
                focus_name: "Zoë",
                ..NewCircle::default()
            },
            UserId::new(),
            T0,
        )
        .unwrap();
        let members = roles
            .iter()
            .map(|r| {
                CircleMember::new(org, circle.id, Some(UserId::new()), r.as_str(), "", *r, T0)
                    .unwrap()
            })
            .collect();
        (circle, members)
    }

    fn opened_by(circle: &Circle, members: &[CircleMember], who: usize) -> OpenCircle {
        OpenCircle {
            circle: circle.clone(),
            members: members.to_vec(),
            access: CircleAccess::Member(members[who].clone()),
        }
    }

    #[test]
    fn the_decider_or_a_practitioner_records_what_was_agreed() {
        let roles = [
            CircleRole::FocusPerson,
            CircleRole::ParentCarer,
            CircleRole::Practitioner,
            CircleRole::Supporter,
        ];
        let (circle, members) = circle_with(&roles);
        for (who, allowed) in [(0, true), (1, false), (2, true), (3, false)] {
            let open = opened_by(&circle, &members, who);
            let made =
                SharingAgreement::record(&open, AgreementId::new(), "My check", "School", T0);
            assert_eq!(made.is_ok(), allowed, "{:?}", roles[who]);
            assert_eq!(may_record(&open), allowed);
            if let Ok(a) = made {
                assert_eq!(a.decided_by, members[0].id, "the young person decides");
                assert_eq!(a.recorded_by, members[who].id);
            }
        }

        // A named parent decides instead: now they may, and the young person may not.
        let mut by_parent = circle.clone();
        by_parent.decider = SharingDecider::Member(members[1].id);
        assert!(may_record(&opened_by(&by_parent, &members, 1)));
        assert!(!may_record(&opened_by(&by_parent, &members, 0)));

        // Team managers, closed circles and circles without their young person: no.
        let manager = OpenCircle {
            circle: circle.clone(),
            members: members.clone(),
            access: CircleAccess::TeamManager,
        };
        assert!(!may_record(&manager));
        let mut closed = circle.clone();
        closed.status = crate::circle::CircleStatus::Closed {
            at: T0,
            by: UserId::new(),
            reflection: "Done".to_owned(),
        };
        assert_eq!(
            SharingAgreement::ender(&opened_by(&closed, &members, 2)),
            Err(AgreementError::CircleClosed)
        );
        let (alone, workers) = circle_with(&[CircleRole::Practitioner]);
        assert_eq!(
            SharingAgreement::ender(&opened_by(&alone, &workers, 0)),
            Err(AgreementError::NoDecider)
        );
    }

    #[test]
    fn both_fields_are_checked_at_once() {
        let (circle, members) = circle_with(&[CircleRole::FocusPerson, CircleRole::Practitioner]);
        let open = opened_by(&circle, &members, 1);
        let errors =
            SharingAgreement::record(&open, AgreementId::new(), " ", "a\u{202E}b", T0).unwrap_err();
        assert_eq!(
            errors,
            [
                AgreementError::What(TextError::Empty),
                AgreementError::WithWhom(TextError::ControlCharacter { code: 0x202E })
            ]
        );
        let long = "x".repeat(WITH_WHOM_MAX + 1);
        assert_eq!(
            SharingAgreement::record(&open, AgreementId::new(), "ok", &long, T0).unwrap_err(),
            [AgreementError::WithWhom(TextError::TooLong {
                max: WITH_WHOM_MAX
            })]
        );
        let kept = SharingAgreement::record(
            &open,
            AgreementId::new(),
            "Мой план 🙂\nand notes",
            "Σχολείο",
            T0,
        )
        .unwrap();
        assert_eq!(kept.what, "Мой план 🙂\nand notes");
        assert_eq!(kept.with_whom, "Σχολείο");
    }

    #[test]
    fn practitioners_name_the_young_person_or_a_parent_to_decide() {
        use crate::membership::Role;
        let roles = [
            CircleRole::FocusPerson,
            CircleRole::ParentCarer,
            CircleRole::Practitioner,
            CircleRole::Supporter,
            CircleRole::ParentCarer,
        ];
        let (circle, members) = circle_with(&roles);
        let actor = |role| Actor {
            user: members[2].user_id,
            org: Some(circle.org_id),
            roles: vec![role],
            ..Actor::default()
        };
        let worker = opened_by(&circle, &members, 2);
        assert_eq!(
            decider_choices(&worker),
            [
                SharingDecider::YoungPerson,
                SharingDecider::Member(members[1].id),
                SharingDecider::Member(members[4].id)
            ]
        );
        let practitioner = actor(Role::Practitioner);
        assert_eq!(
            choose_decider(&worker, &practitioner, &members[4].id.to_string()),
            Ok(SharingDecider::Member(members[4].id))
        );
        assert_eq!(
            choose_decider(&worker, &practitioner, " young_person "),
            Ok(SharingDecider::YoungPerson)
        );
        // A supporter, a practitioner, another circle's member, nonsense: no.
        for sent in [
            members[3].id.to_string(),
            members[2].id.to_string(),
            CircleMemberId::new().to_string(),
            String::new(),
            "😀".to_owned(),
        ] {
            assert_eq!(
                choose_decider(&worker, &practitioner, &sent),
                Err(DeciderError::NotOffered),
                "{sent}"
            );
        }
        // Not the parent, not the young person, not a closed circle.
        for who in [0, 1] {
            let open = opened_by(&circle, &members, who);
            assert_eq!(
                choose_decider(&open, &actor(Role::ParentCarer), "young_person"),
                Err(DeciderError::NotAllowed)
            );
        }
        let mut closed = circle.clone();
        closed.status = crate::circle::CircleStatus::Closed {
            at: T0,
            by: UserId::new(),
            reflection: "Done".to_owned(),
        };
        assert_eq!(
            may_change_decider(&opened_by(&closed, &members, 2), &practitioner),
            Err(DeciderError::CircleClosed)
        );
    }
}
