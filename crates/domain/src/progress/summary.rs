//! Progress at a glance, for the top of the page: where the view stands now
//! (how many moves are in place, partly there, not yet) and what changed
//! between its two newest checks, with the moves that got closer to in
//! place named. A young person reads this first; the full tables come after.

use crate::check::AnswerStatus;
use crate::framework::MoveId;
use crate::framework::adaptation::AdaptedFramework;
use crate::progress::change::{Direction, changes, pick_pair};
use crate::progress::latest::latest;
use crate::progress::whose::Point;

/// What changed between the view's two newest checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SinceLast<'a> {
    /// The older of the two checks.
    pub then: &'a crate::check::Check,
    /// Moves closer to in place, in the framework's order.
    pub towards: Vec<MoveId>,
    /// How many moved further from it.
    pub away: usize,
    /// How many were answered for the first time.
    pub newly_answered: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary<'a> {
    pub in_place: usize,
    pub partly: usize,
    pub not_yet: usize,
    /// `None` with fewer than two checks in the view.
    pub since_last: Option<SinceLast<'a>>,
}

/// The summary of `series` (one view's checks, oldest first).
pub fn summary<'a>(framework: &AdaptedFramework, series: &[Point<'a>]) -> Summary<'a> {
    let now = latest(series);
    let count = |s: AnswerStatus| now.values().filter(|l| l.status == s).count();
    let since_last = pick_pair(series, None, None)
        .ok()
        .flatten()
        .map(|(then, newer)| {
            let rows = changes(framework, then.answers, newer.answers, true);
            let moved = |d: Direction| rows.iter().filter(move |r| r.direction == d);
            SinceLast {
                then: then.check,
                towards: moved(Direction::Towards)
                    .map(|r| r.framework_move.id.clone())
                    .collect(),
                away: moved(Direction::Away).count(),
                newly_answered: moved(Direction::NewlyAnswered).count(),
            }
        });
    Summary {
        in_place: count(AnswerStatus::InPlace),
        partly: count(AnswerStatus::Partly),
        not_yet: count(AnswerStatus::NotYet),
        since_last,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::AnswerStatus::{InPlace, NotYet, Partly};
    use crate::check::tests_support::adapted;
    use crate::circle::Audience;
    use crate::progress::tests_support::History;

    #[test]
    fn names_what_got_closer_and_counts_the_rest() {
        let f = History::new();
        let young = &f.people[0];
        let framework = adapted(&[]);
        let (first, second) = (f.check(1), f.check(2));
        let a = f.view(
            &first,
            young,
            Audience::WholeCircle,
            &[("basics.housing", NotYet), ("basics.money", InPlace)],
        );
        let b = f.view(
            &second,
            young,
            Audience::WholeCircle,
            &[
                ("basics.housing", Partly),
                ("basics.money", NotYet),
                ("coping.brave", InPlace),
            ],
        );
        let series = [
            Point {
                check: &first,
                answers: &a.answers,
            },
            Point {
                check: &second,
                answers: &b.answers,
            },
        ];
        let s = summary(&framework, &series);
        assert_eq!((s.in_place, s.partly, s.not_yet), (1, 1, 1));
        let since = s.since_last.unwrap();
        assert_eq!(since.then.id, first.id);
        assert_eq!(
            since.towards,
            vec![MoveId::parse("basics.housing").unwrap()]
        );
        assert_eq!((since.away, since.newly_answered), (1, 1));
        // One check: where things stand, nothing to compare.
        let one = summary(&framework, &series[..1]);
        assert_eq!((one.in_place, one.not_yet), (1, 1));
        assert_eq!(one.since_last, None);
    }
}
