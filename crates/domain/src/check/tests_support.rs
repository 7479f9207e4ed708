//! A small framework and circle for the check module's tests.

use crate::circle::{CircleMember, CircleRole};
use crate::framework::adaptation::{Adaptation, AdaptedFramework, resolve_adapted};
use crate::framework::fixtures::MINI;
use crate::framework::{MoveId, parse_framework};
use crate::ids::{CircleId, OrgId, UserId};

/// The small test framework, with `hidden` moves hidden.
pub(crate) fn adapted(hidden: &[&str]) -> AdaptedFramework {
    let base = parse_framework("f.toml", MINI).unwrap();
    let mut a = Adaptation::initial(base.id.clone());
    for h in hidden {
        a.hidden.insert(MoveId::parse(h).unwrap());
    }
    resolve_adapted(&base, None, &a)
}

/// One member of every role (each with an account), and a second practitioner.
pub(crate) fn members() -> Vec<CircleMember> {
    let (org, circle) = (OrgId::new(), CircleId::new());
    let t = crate::clock::Timestamp::from_millis(0);
    let mut members: Vec<CircleMember> = CircleRole::ALL
        .into_iter()
        .map(|role| {
            CircleMember::new(org, circle, Some(UserId::new()), role.as_str(), "", role, t).unwrap()
        })
        .collect();
    members.push(
        CircleMember::new(
            org,
            circle,
            Some(UserId::new()),
            "second",
            "",
            CircleRole::Practitioner,
            t,
        )
        .unwrap(),
    );
    members
}
