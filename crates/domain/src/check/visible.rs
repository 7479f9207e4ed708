//! Which perspectives a person is shown, decided only by each one's audience
//! and byline through [`CircleAccess::sees`]. Every page, the subject access
//! export and the home page's "shared with you" list use these.

use crate::check::perspective::Perspective;
use crate::circle::CircleAccess;
use crate::clock::Timestamp;

/// The perspectives `access` may see, in the order given: drafts only to
/// those who wrote them.
pub fn perspectives_seen_by<'a>(
    access: &CircleAccess,
    perspectives: &'a [Perspective],
) -> Vec<&'a Perspective> {
    perspectives
        .iter()
        .filter(|p| access.sees(p.audience, &p.byline))
        .collect()
}

/// What others shared that `access` may see, shared after `since` (their
/// last visit): for "shared with you since your last visit". Their own are
/// left out: nobody needs telling about what they wrote.
pub fn shared_with_since<'a>(
    access: &CircleAccess,
    perspectives: &'a [Perspective],
    since: Timestamp,
) -> Vec<&'a Perspective> {
    perspectives_seen_by(access, perspectives)
        .into_iter()
        .filter(|p| !p.is_draft() && p.shared_at.is_some_and(|at| at > since))
        .filter(|p| access.member().is_none_or(|m| !p.byline.involves(m.id)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::record::Check;
    use crate::check::tests_support::members;
    use crate::circle::{Audience, Byline, CircleMember};
    use crate::framework::FrameworkId;
    use crate::framework::adaptation::FrameworkVersion;
    use crate::ids::{CheckId, PerspectiveId};

    /// Who sees a perspective someone else wrote, by audience; readers in the
    /// order of `members()` (young person, parent or carer, practitioner,
    /// guest practitioner, supporter, second practitioner), then a manager
    /// of the circle's team. Written out by hand, not computed.
    const SEEN: [(Audience, [bool; 7]); 3] = [
        (
            Audience::OnlyMe,
            [false, false, false, false, false, false, false],
        ),
        (
            Audience::Practitioners,
            [false, false, true, true, false, true, true],
        ),
        (
            Audience::WholeCircle,
            [true, true, true, true, true, true, true],
        ),
    ];

    fn check(m: &CircleMember) -> Check {
        Check {
            org_id: m.org_id,
            id: CheckId::new(),
            circle_id: m.circle_id,
            framework: FrameworkVersion {
                edition: FrameworkId::parse("mini").unwrap(),
                adaptation_version: 0,
            },
            started_by: m.id,
            started_at: Timestamp::from_millis(0),
            version: 0,
            agreed: Vec::new(),
            agreed_at: None,
        }
    }

    fn readers(people: &[CircleMember]) -> Vec<CircleAccess> {
        people
            .iter()
            .cloned()
            .map(CircleAccess::Member)
            .chain([CircleAccess::TeamManager])
            .collect()
    }

    #[test]
    fn every_author_every_audience_every_reader() {
        let people = members();
        let c = check(&people[0]);
        for (a, author) in people.iter().enumerate() {
            for (audience, row) in SEEN {
                let mut p = Perspective::start(
                    PerspectiveId::new(),
                    &c,
                    Byline::own(author.id),
                    Timestamp::from_millis(1),
                );
                p.audience = audience;
                let all = [p];
                for (r, reader) in readers(&people).iter().enumerate() {
                    let expected = r == a || row[r];
                    assert_eq!(
                        perspectives_seen_by(reader, &all).len(),
                        usize::from(expected),
                        "{audience:?} by {} read by reader {r}",
                        author.display_name
                    );
                }
            }
        }
    }

    #[test]
    fn a_view_entered_with_someone_is_seen_by_both_even_as_a_draft() {
        let people = members();
        let (young, worker) = (&people[0], &people[2]);
        let c = check(young);
        let p = Perspective::start(
            PerspectiveId::new(),
            &c,
            Byline::with(worker, young).unwrap(),
            Timestamp::from_millis(1),
        );
        let all = [p];
        let seen: Vec<usize> = readers(&people)
            .iter()
            .enumerate()
            .filter(|(_, r)| !perspectives_seen_by(r, &all).is_empty())
            .map(|(i, _)| i)
            .collect();
        assert_eq!(seen, [0, 2]);
    }

    #[test]
    fn shared_since_a_visit_leaves_out_drafts_old_ones_and_ones_own() {
        let people = members();
        let c = check(&people[0]);
        let at = |ms| Timestamp::from_millis(ms);
        let mk = |author: &CircleMember, audience, shared: Option<i64>| {
            let mut p = Perspective::start(PerspectiveId::new(), &c, Byline::own(author.id), at(1));
            p.audience = audience;
            p.shared_at = shared.map(at);
            p
        };
        let all = vec![
            mk(&people[1], Audience::WholeCircle, Some(100)),
            mk(&people[1], Audience::WholeCircle, Some(10)),
            mk(&people[1], Audience::OnlyMe, None),
            mk(&people[0], Audience::WholeCircle, Some(100)),
            mk(&people[2], Audience::Practitioners, Some(100)),
        ];
        let young = CircleAccess::Member(people[0].clone());
        let new = shared_with_since(&young, &all, at(50));
        assert_eq!(new.len(), 1);
        assert_eq!(new[0].id, all[0].id);
        let worker = CircleAccess::Member(people[5].clone());
        assert_eq!(shared_with_since(&worker, &all, at(50)).len(), 3);
        assert_eq!(
            shared_with_since(&CircleAccess::TeamManager, &all, at(50)).len(),
            3
        );
    }
}
