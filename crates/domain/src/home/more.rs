//! A first look at the home page (or one after a long break) can bring news
//! from many people in many circles. Each circle's news is kept to a few lines
//! ([`SHARED_LINES_PER_CIRCLE`]); the rest is counted in one line that leads
//! to the circle, so the page stays short enough to read.

use super::{NewForYou, Shared};
use crate::ids::CircleId;

/// The most lines of news listed for one circle before the rest is counted.
pub const SHARED_LINES_PER_CIRCLE: usize = 3;

/// One line of news on the home page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewsLine {
    /// What one person shared.
    One(NewForYou),
    /// How many more notes and check views were shared in a circle, beyond
    /// the lines listed for it.
    More {
        circle_id: CircleId,
        focus_name: String,
        count: usize,
    },
}

/// `shared` ([`super::new_for_you`]'s answer) with at most
/// [`SHARED_LINES_PER_CIRCLE`] lines for each circle, each circle's rest
/// counted in a last line of its own. Circles and lines keep their order.
pub fn news_lines(shared: Vec<NewForYou>) -> Vec<NewsLine> {
    let mut circles: Vec<CircleId> = Vec::new();
    for n in &shared {
        if !circles.contains(&n.circle_id) {
            circles.push(n.circle_id);
        }
    }
    let mut out = Vec::new();
    for circle in circles {
        let mut listed = 0;
        let mut more: Option<(String, usize)> = None;
        for n in shared.iter().filter(|n| n.circle_id == circle) {
            if listed < SHARED_LINES_PER_CIRCLE {
                out.push(NewsLine::One(n.clone()));
                listed += 1;
                continue;
            }
            let count = match n.what {
                Shared::Notes(count) | Shared::Checks { count, .. } => count,
            };
            match &mut more {
                Some((_, total)) => *total += count,
                None => more = Some((n.focus_name.clone(), count)),
            }
        }
        if let Some((focus_name, count)) = more {
            out.push(NewsLine::More {
                circle_id: circle,
                focus_name,
                count,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::CheckId;

    fn news(circle: CircleId, who: &str, what: Shared) -> NewForYou {
        NewForYou {
            circle_id: circle,
            focus_name: "Zoë".into(),
            shared_by: who.into(),
            what,
        }
    }

    #[test]
    fn a_busy_circle_lists_a_few_lines_and_counts_the_rest() {
        let (zoe, tom) = (CircleId::new(), CircleId::new());
        let check = CheckId::new();
        let shared = vec![
            news(zoe, "Mum", Shared::Notes(2)),
            news(zoe, "Zoë", Shared::Notes(1)),
            news(zoe, "Nan", Shared::Notes(1)),
            news(zoe, "Dr Ali", Shared::Notes(4)),
            news(
                zoe,
                "Mum",
                Shared::Checks {
                    count: 2,
                    latest: check,
                },
            ),
            news(tom, "Dad", Shared::Notes(1)),
        ];
        let lines = news_lines(shared.clone());
        assert_eq!(
            lines,
            [
                NewsLine::One(shared[0].clone()),
                NewsLine::One(shared[1].clone()),
                NewsLine::One(shared[2].clone()),
                NewsLine::More {
                    circle_id: zoe,
                    focus_name: "Zoë".into(),
                    count: 6,
                },
                NewsLine::One(shared[5].clone()),
            ]
        );
        // A circle within the limit is listed whole.
        let few = shared[..SHARED_LINES_PER_CIRCLE].to_vec();
        assert_eq!(
            news_lines(few.clone()),
            few.into_iter().map(NewsLine::One).collect::<Vec<_>>()
        );
        assert_eq!(news_lines(Vec::new()), []);
    }
}
