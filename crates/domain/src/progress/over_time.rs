//! Counts per compartment over time, in one view: for each check in date
//! order, how many moves of each compartment stood where. Counted per
//! compartment only, like a single check ([`crate::check::counts`]): no
//! total, no score.

use crate::check::{Check, CompartmentCounts, counts};
use crate::framework::adaptation::AdaptedFramework;
use crate::progress::whose::Point;

#[derive(Debug, Clone)]
pub struct CountsAt<'a> {
    pub check: &'a Check,
    /// In the framework's order of compartments.
    pub counts: Vec<CompartmentCounts>,
}

/// The counts of each check of `series` (oldest first), by the compartments
/// of `framework` (the wording the page reads with).
pub fn over_time<'a>(framework: &AdaptedFramework, series: &[Point<'a>]) -> Vec<CountsAt<'a>> {
    series
        .iter()
        .map(|p| CountsAt {
            check: p.check,
            counts: counts(framework, p.answers),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::AnswerStatus::{self, InPlace, NotYet, Partly};
    use crate::check::tests_support::adapted;
    use crate::circle::Audience;
    use crate::progress::tests_support::History;
    use crate::progress::{Views, Whose};

    fn n(c: &CompartmentCounts, s: AnswerStatus) -> u32 {
        c.by_status
            .iter()
            .find(|(x, _)| *x == s)
            .map(|(_, n)| *n)
            .unwrap()
    }

    #[test]
    fn each_check_in_date_order_counted_per_compartment() {
        let f = adapted(&[]);
        let h = History::new();
        let young = &h.people[0];
        let checks = vec![h.check(40), h.check(10)];
        let all = vec![
            h.view(
                &checks[0],
                young,
                Audience::WholeCircle,
                &[
                    ("basics.housing", InPlace),
                    ("basics.money", Partly),
                    ("coping.brave", Partly),
                ],
            ),
            h.view(
                &checks[1],
                young,
                Audience::WholeCircle,
                &[("basics.housing", NotYet), ("basics.money", NotYet)],
            ),
        ];
        let v = Views::new(&h.access(young), &checks, &all);
        let got = over_time(&f, &v.series(Whose::Person(young.id), &all));
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].check.id, checks[1].id, "oldest first");
        let (basics, coping) = (&got[0].counts[0], &got[0].counts[1]);
        assert_eq!(basics.compartment.as_str(), "basics");
        assert_eq!(n(basics, NotYet), 2);
        assert_eq!(n(coping, Partly), 0);
        assert_eq!(coping.left, 1);
        let basics = &got[1].counts[0];
        assert_eq!(
            (n(basics, InPlace), n(basics, Partly), n(basics, NotYet)),
            (1, 1, 0)
        );
        assert_eq!(n(&got[1].counts[1], Partly), 1);
    }
}
