//! The latest status of each move in one view: for every move, the answer of
//! the newest check in which that view answered it. A move left blank in the
//! newest check keeps its earlier answer, and says from which check it is.

use crate::check::AnswerStatus;
use crate::check::Check;
use crate::framework::MoveId;
use crate::progress::whose::Point;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Latest<'a> {
    pub status: AnswerStatus,
    /// The check the answer is from.
    pub check: &'a Check,
}

/// The latest answer of each move in `series` (oldest first, as
/// [`super::Views::series`] gives it).
pub fn latest<'a>(series: &[Point<'a>]) -> BTreeMap<MoveId, Latest<'a>> {
    let mut found = BTreeMap::new();
    for point in series {
        for a in point.answers {
            found.insert(
                a.move_id.clone(),
                Latest {
                    status: a.status,
                    check: point.check,
                },
            );
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::AnswerStatus::{InPlace, NotYet, Partly};
    use crate::circle::Audience;
    use crate::progress::tests_support::History;
    use crate::progress::{Views, Whose};

    #[test]
    fn the_newest_answer_of_each_move_and_where_it_is_from() {
        let h = History::new();
        let young = &h.people[0];
        let checks = vec![h.check(30), h.check(10), h.check(20)];
        let all = vec![
            h.view(
                &checks[1],
                young,
                Audience::WholeCircle,
                &[("basics.housing", NotYet), ("basics.money", NotYet)],
            ),
            h.view(
                &checks[2],
                young,
                Audience::WholeCircle,
                &[("basics.housing", Partly), ("coping.brave", NotYet)],
            ),
            h.view(
                &checks[0],
                young,
                Audience::WholeCircle,
                &[("basics.housing", InPlace)],
            ),
        ];
        let v = Views::new(&h.access(young), &checks, &all);
        let got = latest(&v.series(Whose::Person(young.id), &all));
        let of = |id: &str| got.get(&MoveId::parse(id).unwrap()).copied().unwrap();
        // Day 30 is the newest, whatever order the checks came in.
        assert_eq!(of("basics.housing").status, InPlace);
        assert_eq!(of("basics.housing").check.id, checks[0].id);
        // Left blank since: the earlier answer, from its own check.
        assert_eq!(of("basics.money").status, NotYet);
        assert_eq!(of("basics.money").check.id, checks[1].id);
        assert_eq!(of("coping.brave").check.id, checks[2].id);
        assert_eq!(got.len(), 3);
        assert!(latest(&[]).is_empty());
    }
}
