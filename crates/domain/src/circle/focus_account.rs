//! Linking a young person's account to the focus member of a circle, so the
//! young person who signs in *is* the focus person: they open their own
//! circle, see what is shared with them, and can decide about sharing. A
//! circle is often started before the young person has an account; one of its
//! practitioners links the account later.

use crate::circle::member::{CircleMember, CircleRole};
use crate::circle::open::OpenCircle;
use crate::ids::UserId;
use crate::membership::Membership;
use crate::permission::Actor;
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum LinkError {
    /// Only the circle's practitioners who may manage it link accounts.
    #[error("only the circle's practitioners link an account")]
    NotAllowed,
    #[error("the circle is closed")]
    CircleClosed,
    #[error("the circle has no focus person to link")]
    NoFocusPerson,
    #[error("the focus person has an account linked already")]
    AlreadyLinked,
    /// The account is not a young person's in this organisation (or is of
    /// another organisation only): said the same way either way.
    #[error("that account is not a young person's in this organisation")]
    NotAYoungPerson,
    /// The account is in this circle already, as someone else.
    #[error("that account is in this circle already")]
    AlreadyInCircle,
}

/// The focus member that `actor` may link the account `user` to, whose
/// memberships (of every organisation) are `memberships`.
pub fn focus_member_to_link<'a>(
    open: &'a OpenCircle,
    actor: &Actor,
    user: UserId,
    memberships: &[Membership],
) -> Result<&'a CircleMember, LinkError> {
    if !open.access.may_manage(actor) {
        return Err(LinkError::NotAllowed);
    }
    if !open.circle.is_open() {
        return Err(LinkError::CircleClosed);
    }
    let focus = open
        .members
        .iter()
        .find(|m| m.role == CircleRole::FocusPerson)
        .ok_or(LinkError::NoFocusPerson)?;
    if focus.user_id.is_some() {
        return Err(LinkError::AlreadyLinked);
    }
    let young_here = memberships.iter().any(|m| {
        m.user_id == user
            && m.org_id == open.circle.org_id
            && m.is_active()
            && CircleRole::FocusPerson.fits_account(m.role)
    });
    if !young_here {
        return Err(LinkError::NotAYoungPerson);
    }
    if open.members.iter().any(|m| m.user_id == Some(user)) {
        return Err(LinkError::AlreadyInCircle);
    }
    Ok(focus)
}

/// Whether the page should offer linking: a practitioner who may manage an
/// open circle whose focus person has no account yet.
pub fn may_offer_link(open: &OpenCircle, actor: &Actor) -> bool {
    open.access.may_manage(actor)
        && open.circle.is_open()
        && open
            .members
            .iter()
            .any(|m| m.role == CircleRole::FocusPerson && m.user_id.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::access::CircleAccess;
    use crate::circle::space::{Circle, CircleStatus, NewCircle};
    use crate::clock::Timestamp;
    use crate::ids::{CircleId, OrgId};
    use crate::membership::Role;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    struct Scene {
        circle: Circle,
        members: Vec<CircleMember>,
        worker: Actor,
    }

    fn scene() -> Scene {
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
        let worker_user = UserId::new();
        let members = vec![
            CircleMember::new(org, circle.id, None, "Zoë", "", CircleRole::FocusPerson, T0)
                .unwrap(),
            CircleMember::new(
                org,
                circle.id,
                Some(worker_user),
                "Sam",
                "",
                CircleRole::Practitioner,
                T0,
            )
            .unwrap(),
        ];
        Scene {
            worker: Actor {
                user: Some(worker_user),
                org: Some(org),
                roles: vec![Role::Practitioner],
                ..Actor::default()
            },
            circle,
            members,
        }
    }

    fn open(s: &Scene) -> OpenCircle {
        OpenCircle {
            circle: s.circle.clone(),
            members: s.members.clone(),
            access: CircleAccess::Member(s.members[1].clone()),
        }
    }

    #[test]
    fn a_young_persons_account_of_this_organisation_is_linked_once() {
        let s = scene();
        let org = s.circle.org_id;
        let young = UserId::new();
        let as_young = [Membership::new(org, young, Role::YoungPerson, T0)];
        let o = open(&s);
        assert!(may_offer_link(&o, &s.worker));
        assert_eq!(
            focus_member_to_link(&o, &s.worker, young, &as_young).map(|m| m.id),
            Ok(s.members[0].id)
        );

        // A parent's account, one of another organisation, one taken away.
        let cases = [
            Membership::new(org, young, Role::ParentCarer, T0),
            Membership::new(OrgId::new(), young, Role::YoungPerson, T0),
            Membership {
                revoked_at: Some(T0),
                ..Membership::new(org, young, Role::YoungPerson, T0)
            },
        ];
        for m in cases {
            assert_eq!(
                focus_member_to_link(&o, &s.worker, young, std::slice::from_ref(&m)),
                Err(LinkError::NotAYoungPerson),
                "{m:?}"
            );
        }
        // Someone else's membership does not count for this account.
        let other = [Membership::new(org, UserId::new(), Role::YoungPerson, T0)];
        assert_eq!(
            focus_member_to_link(&o, &s.worker, young, &other),
            Err(LinkError::NotAYoungPerson)
        );
        // The account is in the circle already (as a supporter).
        let mut with_young = open(&s);
        with_young.members.push(
            CircleMember::new(
                org,
                s.circle.id,
                Some(young),
                "Zoë",
                "",
                CircleRole::Supporter,
                T0,
            )
            .unwrap(),
        );
        assert_eq!(
            focus_member_to_link(&with_young, &s.worker, young, &as_young),
            Err(LinkError::AlreadyInCircle)
        );
        // Linked already: refused, and not offered.
        let mut linked = open(&s);
        linked.members[0].user_id = Some(UserId::new());
        assert!(!may_offer_link(&linked, &s.worker));
        assert_eq!(
            focus_member_to_link(&linked, &s.worker, young, &as_young),
            Err(LinkError::AlreadyLinked)
        );
    }

    #[test]
    fn only_practitioners_of_an_open_circle_link() {
        let s = scene();
        let org = s.circle.org_id;
        let young = UserId::new();
        let as_young = [Membership::new(org, young, Role::YoungPerson, T0)];
        let manager = OpenCircle {
            access: CircleAccess::TeamManager,
            ..open(&s)
        };
        let manager_actor = Actor {
            roles: vec![Role::Manager],
            ..s.worker.clone()
        };
        assert_eq!(
            focus_member_to_link(&manager, &manager_actor, young, &as_young),
            Err(LinkError::NotAllowed)
        );
        let mut closed = open(&s);
        closed.circle.status = CircleStatus::Closed {
            at: T0,
            by: UserId::new(),
            reflection: "Done".to_owned(),
        };
        assert!(!may_offer_link(&closed, &s.worker));
        assert_eq!(
            focus_member_to_link(&closed, &s.worker, young, &as_young),
            Err(LinkError::CircleClosed)
        );
    }
}
