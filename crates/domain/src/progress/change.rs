//! Two checks compared move by move, in one view: where each move stood then
//! and where it stands now, and whether it moved towards "going well" (in
//! place), away from it, or neither. "Not for now" is a choice to leave a
//! move, not a step on the way: moving to or from it is "set aside" or
//! "taken up", never better or worse.

use crate::check::{Answer, AnswerStatus, Check};
use crate::framework::ResolvedMove;
use crate::framework::adaptation::AdaptedFramework;
use crate::ids::CheckId;
use crate::progress::whose::Point;
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Closer to in place: not yet to partly, or either to in place.
    Towards,
    /// Further from in place.
    Away,
    /// The same answer both times.
    Same,
    /// Answered then, "not for now" now.
    SetAside,
    /// "Not for now" then, answered now.
    TakenUp,
    /// Answered now only.
    NewlyAnswered,
    /// Answered then only.
    NotAnsweredNow,
    /// Answered neither time.
    NeverAnswered,
}

impl Direction {
    pub fn between(then: Option<AnswerStatus>, now: Option<AnswerStatus>) -> Direction {
        match (then, now) {
            (None, None) => Direction::NeverAnswered,
            (None, Some(_)) => Direction::NewlyAnswered,
            (Some(_), None) => Direction::NotAnsweredNow,
            (Some(a), Some(b)) if a == b => Direction::Same,
            (Some(_), Some(AnswerStatus::NotForNow)) => Direction::SetAside,
            (Some(AnswerStatus::NotForNow), Some(_)) => Direction::TakenUp,
            (Some(a), Some(b)) if step(b) > step(a) => Direction::Towards,
            (Some(_), Some(_)) => Direction::Away,
        }
    }

    /// Whether the move's answer changed between the two checks.
    pub fn changed(self) -> bool {
        !matches!(self, Direction::Same | Direction::NeverAnswered)
    }

    /// A code for the page's words and symbols.
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Towards => "towards",
            Direction::Away => "away",
            Direction::Same => "same",
            Direction::SetAside => "set-aside",
            Direction::TakenUp => "taken-up",
            Direction::NewlyAnswered => "newly-answered",
            Direction::NotAnsweredNow => "not-answered-now",
            Direction::NeverAnswered => "never-answered",
        }
    }
}

/// How far along the way to "in place" an answer is; "not for now" is off
/// the way and never compared this way.
fn step(s: AnswerStatus) -> u8 {
    match s {
        AnswerStatus::NotYet | AnswerStatus::NotForNow => 0,
        AnswerStatus::Partly => 1,
        AnswerStatus::InPlace => 2,
    }
}

#[derive(Debug)]
pub struct ChangeRow<'a> {
    pub framework_move: &'a ResolvedMove,
    pub then: Option<AnswerStatus>,
    pub now: Option<AnswerStatus>,
    pub direction: Direction,
}

/// Every move of `framework` (the newer check's wording), in its order, with
/// its answer `then` and `now`; a hidden move only when someone answered
/// it. With `only_changed`, only the moves whose answer changed.
pub fn changes<'a>(
    framework: &'a AdaptedFramework,
    then: &[Answer],
    now: &[Answer],
    only_changed: bool,
) -> Vec<ChangeRow<'a>> {
    let status = |answers: &[Answer], id: &str| {
        answers
            .iter()
            .find(|a| a.move_id.as_str() == id)
            .map(|a| a.status)
    };
    let mut compartments: Vec<_> = framework.framework.compartments.iter().collect();
    compartments.sort_by_key(|c| c.order);
    compartments
        .into_iter()
        .flat_map(|c| framework.framework.moves_in(c.id.as_str()))
        .filter_map(|m| {
            let (a, b) = (status(then, m.id.as_str()), status(now, m.id.as_str()));
            if framework.hidden.contains(&m.id) && a.is_none() && b.is_none() {
                return None;
            }
            let direction = Direction::between(a, b);
            (!only_changed || direction.changed()).then_some(ChangeRow {
                framework_move: m,
                then: a,
                now: b,
                direction,
            })
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum PairError {
    #[error("that is not a check")]
    NotACheck,
    /// Another circle's, another organisation's, made up, or one without
    /// this view: one answer for all, so nothing is given away.
    #[error("that check is not one of this circle's with this view")]
    NotInSeries,
    #[error("choose two different checks")]
    SameCheck,
}

/// The two checks to compare, older first: those sent as `a` and `b` (check
/// ids of `series`), or when neither is sent the two newest. `Ok(None)` when
/// the view has fewer than two checks.
pub fn pick_pair<'a>(
    series: &[Point<'a>],
    a: Option<&str>,
    b: Option<&str>,
) -> Result<Option<(Point<'a>, Point<'a>)>, PairError> {
    let find = |sent: &str| -> Result<Point<'a>, PairError> {
        let id: CheckId = sent.trim().parse().map_err(|_| PairError::NotACheck)?;
        series
            .iter()
            .find(|p| p.check.id == id)
            .copied()
            .ok_or(PairError::NotInSeries)
    };
    let (first, second) = match (sent(a), sent(b)) {
        (None, None) => match series {
            [.., older, newer] => (*older, *newer),
            _ => return Ok(None),
        },
        (Some(a), Some(b)) => (find(a)?, find(b)?),
        // One chosen: compare it with the newest other one.
        (Some(one), None) | (None, Some(one)) => {
            let chosen = find(one)?;
            match series.iter().rev().find(|p| p.check.id != chosen.check.id) {
                Some(other) => (chosen, *other),
                None => return Ok(None),
            }
        }
    };
    if first.check.id == second.check.id {
        return Err(PairError::SameCheck);
    }
    Ok(Some(if newer(first.check, second.check) {
        (second, first)
    } else {
        (first, second)
    }))
}

/// What was sent, when it is more than blanks.
fn sent(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

fn newer(a: &Check, b: &Check) -> bool {
    (a.started_at, a.id) > (b.started_at, b.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::AnswerStatus::{InPlace, NotForNow, NotYet, Partly};
    use crate::check::tests_support::adapted;
    use crate::circle::Audience;
    use crate::progress::tests_support::{History, answer};
    use crate::progress::{Views, Whose};

    #[test]
    fn towards_away_and_the_moves_that_are_neither() {
        use Direction::*;
        let table = [
            (Some(NotYet), Some(Partly), Towards),
            (Some(NotYet), Some(InPlace), Towards),
            (Some(Partly), Some(InPlace), Towards),
            (Some(InPlace), Some(Partly), Away),
            (Some(InPlace), Some(NotYet), Away),
            (Some(Partly), Some(NotYet), Away),
            (Some(Partly), Some(Partly), Same),
            (Some(NotForNow), Some(NotForNow), Same),
            (Some(InPlace), Some(NotForNow), SetAside),
            (Some(NotYet), Some(NotForNow), SetAside),
            (Some(NotForNow), Some(NotYet), TakenUp),
            (Some(NotForNow), Some(InPlace), TakenUp),
            (None, Some(NotYet), NewlyAnswered),
            (Some(NotYet), None, NotAnsweredNow),
            (None, None, NeverAnswered),
        ];
        for (then, now, expected) in table {
            assert_eq!(
                Direction::between(then, now),
                expected,
                "{then:?} -> {now:?}"
            );
            assert_eq!(
                expected.changed(),
                !matches!(expected, Same | NeverAnswered)
            );
        }
    }

    #[test]
    fn every_move_in_order_or_only_what_changed() {
        let f = adapted(&["basics.money"]);
        let then = [
            answer("basics.housing", NotYet),
            answer("coping.brave", Partly),
        ];
        let now = [
            answer("basics.housing", Partly),
            answer("coping.brave", Partly),
        ];
        let rows = changes(&f, &then, &now, false);
        let ids: Vec<&str> = rows.iter().map(|r| r.framework_move.id.as_str()).collect();
        // The hidden move nobody answered is left out.
        assert_eq!(ids, ["basics.housing", "coping.brave"]);
        assert_eq!(rows[0].direction, Direction::Towards);
        assert_eq!((rows[0].then, rows[0].now), (Some(NotYet), Some(Partly)));
        assert_eq!(rows[1].direction, Direction::Same);
        let changed = changes(&f, &then, &now, true);
        assert_eq!(changed.len(), 1);
        assert_eq!(changed[0].framework_move.id.as_str(), "basics.housing");
        // A hidden move someone answered is shown.
        let hidden_answered = [answer("basics.money", InPlace)];
        assert_eq!(changes(&f, &hidden_answered, &[], true).len(), 1);
    }

    #[test]
    fn the_pair_is_the_two_newest_or_the_two_chosen_older_first() {
        let h = History::new();
        let young = &h.people[0];
        let checks = vec![h.check(10), h.check(20), h.check(30), h.check(40)];
        let a = [("basics.housing", NotYet)];
        let mut all: Vec<_> = checks[..3]
            .iter()
            .map(|c| h.view(c, young, Audience::WholeCircle, &a))
            .collect();
        // The fourth check has only a view the young person cannot see.
        all.push(h.view(&checks[3], &h.people[2], Audience::Practitioners, &a));
        let v = Views::new(&h.access(young), &checks, &all);
        let series = v.series(Whose::Person(young.id), &all);
        let ids = |p: Option<(Point, Point)>| p.map(|(x, y)| (x.check.id, y.check.id));
        assert_eq!(
            ids(pick_pair(&series, None, None).unwrap()),
            Some((checks[1].id, checks[2].id))
        );
        let (c0, c2) = (checks[0].id.to_string(), checks[2].id.to_string());
        // Chosen newer first: shown older first.
        assert_eq!(
            ids(pick_pair(&series, Some(&c2), Some(&c0)).unwrap()),
            Some((checks[0].id, checks[2].id))
        );
        assert_eq!(
            ids(pick_pair(&series, Some(&c0), Some("")).unwrap()),
            Some((checks[0].id, checks[2].id))
        );
        assert_eq!(
            pick_pair(&series, Some(&c0), Some(&c0)).unwrap_err(),
            PairError::SameCheck
        );
        assert_eq!(
            pick_pair(&series, Some("x"), Some(&c0)).unwrap_err(),
            PairError::NotACheck
        );
        for other in [checks[3].id, CheckId::new()] {
            assert_eq!(
                pick_pair(&series, Some(&c0), Some(&other.to_string())).unwrap_err(),
                PairError::NotInSeries
            );
        }
        assert!(pick_pair(&series[..1], None, None).unwrap().is_none());
        assert!(pick_pair(&series[..1], Some(&c0), None).unwrap().is_none());
    }
}
