//! Who sees a plan, by audience and author.

use super::*;
use crate::circle::CircleAccess;

/// Who sees a plan, by audience and author, written out by hand.
#[test]
fn who_sees_a_plan() {
    let c = Circle::new();
    // (author, audience, [young, parent, worker, guest, nan, team manager])
    let table: [(&CircleMember, &str, [bool; 6]); 9] = [
        (
            &c.worker,
            "only_me",
            [false, false, true, false, false, false],
        ),
        (
            &c.worker,
            "practitioners",
            [false, false, true, true, false, true],
        ),
        (
            &c.worker,
            "whole_circle",
            [true, true, true, true, true, true],
        ),
        (
            &c.young,
            "only_me",
            [true, false, false, false, false, false],
        ),
        (
            &c.young,
            "practitioners",
            [true, false, true, true, false, true],
        ),
        (
            &c.young,
            "whole_circle",
            [true, true, true, true, true, true],
        ),
        (
            &c.parent,
            "only_me",
            [false, true, false, false, false, false],
        ),
        (
            &c.parent,
            "practitioners",
            [false, true, true, true, false, true],
        ),
        (&c.nan, "whole_circle", [true, true, true, true, true, true]),
    ];
    for (author, audience, expected) in table {
        let p = plan_by(&c, author, audience);
        let readers = [
            CircleAccess::Member(c.young.clone()),
            CircleAccess::Member(c.parent.clone()),
            CircleAccess::Member(c.worker.clone()),
            CircleAccess::Member(c.guest.clone()),
            CircleAccess::Member(c.nan.clone()),
            CircleAccess::TeamManager,
        ];
        let seen: Vec<bool> = readers.iter().map(|r| p.seen_by(r)).collect();
        assert_eq!(seen, expected, "{} / {audience}", author.display_name);
    }
    // A plan typed by the worker with Zoë is theirs to see, even as a draft.
    let mut p = plan_by(&c, &c.worker, "only_me");
    p.byline = Byline::with(&c.worker, &c.young).unwrap();
    assert!(p.seen_by(&CircleAccess::Member(c.young.clone())));
    assert!(p.seen_by(&CircleAccess::Member(c.worker.clone())));
    assert!(!p.seen_by(&CircleAccess::Member(c.parent.clone())));
}
