//! Two years of a circle's history, as a practice would build it, for the
//! benchmark's circle: the journal ([`notes`]), a check every month from the
//! practitioner, the parent and the young person ([`checks`]), and a plan
//! every quarter with actions, a goal and a review ([`plans`]), on the
//! shipped framework ([`framework`]). Pure: `bench-seed` writes it through the
//! store's normal methods.

pub mod checks;
pub mod framework;
pub mod notes;
pub mod plans;

use moves_core::Timestamp;
use moves_core::circle::member::{CircleMember, CircleRole};

pub use notes::journal;

/// How far back the history goes.
pub const MONTHS: i64 = 24;
/// Notes in the journal each month (`bench/run` reads this line for its report).
pub const NOTES_PER_MONTH: usize = 4;
/// A plan lasts this many months, then is reviewed and a new one starts.
pub const MONTHS_PER_PLAN: i64 = 3;

pub(crate) const DAY_SECS: i64 = 24 * 60 * 60;
/// A month, near enough for dating a history.
const MONTH_DAYS: i64 = 30;

/// The month `m` (0 = [`MONTHS`] ago) of `now`'s history: the day it starts.
pub fn month_start(now: Timestamp, m: i64) -> Timestamp {
    now.plus_seconds(-(MONTHS - m) * MONTH_DAYS * DAY_SECS)
}

/// The member of `members` with `role` and an account: the people who take
/// part in person (a role with none writes nothing).
pub(crate) fn with_account(members: &[CircleMember], role: CircleRole) -> Option<&CircleMember> {
    members
        .iter()
        .find(|m| m.role == role && m.user_id.is_some())
}

/// A small, fixed mixer (SplitMix64), so the history is the same on every
/// run without a random-number crate.
pub(crate) fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

#[cfg(test)]
pub(crate) mod test_circle {
    //! The demo circle with the most people taking part, as `bench-seed` picks.
    use moves_core::Timestamp;
    use moves_core::circle::demo::{DemoAccounts, demo_circles};
    use moves_core::circle::member::{CircleMember, CircleRole};
    use moves_core::circle::space::Circle;
    use moves_core::demo::DEMO_ORGANISATIONS;
    use moves_core::ids::{OrgId, UserId};

    pub const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    pub fn full_circle() -> (Circle, Vec<CircleMember>) {
        let people = DemoAccounts {
            practitioner: UserId::new(),
            parent: UserId::new(),
            young: UserId::new(),
        };
        let circles = demo_circles(&DEMO_ORGANISATIONS[0], OrgId::new(), &people, NOW)
            .expect("the demo circles are valid");
        circles
            .into_iter()
            .find(|(_, m)| {
                [
                    CircleRole::Practitioner,
                    CircleRole::ParentCarer,
                    CircleRole::FocusPerson,
                ]
                .iter()
                .all(|r| m.iter().any(|x| x.role == *r && x.user_id.is_some()))
            })
            .expect("a demo circle where the practitioner, parent and young person sign in")
    }
}
