//! Whose view progress follows: one person's perspectives, check after check,
//! or the versions agreed together. Only perspectives the reader may see and
//! that were shared are offered: a draft is its author's working copy, never
//! progress.

use crate::check::{Answer, Check, Perspective};
use crate::circle::CircleAccess;
use crate::ids::CircleMemberId;
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    /// The answers agreed together.
    Agreed,
    /// One person's own view (the perspective's author, whoever typed it).
    Person(CircleMemberId),
}

impl Whose {
    /// As sent in a page's address.
    pub fn code(self) -> String {
        match self {
            Whose::Agreed => "agreed".to_owned(),
            Whose::Person(id) => id.to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum WhoseError {
    /// Garbage, someone not in the circle, or someone whose view the reader
    /// may not see: one answer for all, so nothing is given away.
    #[error("that is not one of the views you can see")]
    NotOffered,
}

/// One check seen through one view: the check and that view's answers in it.
#[derive(Debug, Clone, Copy)]
pub struct Point<'a> {
    pub check: &'a Check,
    pub answers: &'a [Answer],
}

/// The checks of one circle and the shared perspectives a reader may see.
#[derive(Debug)]
pub struct Views<'a> {
    /// Oldest first.
    checks: Vec<&'a Check>,
    perspectives: Vec<&'a Perspective>,
}

impl<'a> Views<'a> {
    /// From the circle's checks (any order) and every perspective of the
    /// circle (drafts included): only what `access` may see is kept, through
    /// [`crate::check::perspectives_seen_by`], and drafts are left out.
    pub fn new(
        access: &CircleAccess,
        checks: &'a [Check],
        perspectives: &'a [Perspective],
    ) -> Self {
        let mut checks: Vec<&Check> = checks.iter().collect();
        checks.sort_by_key(|c| (c.started_at, c.id));
        let perspectives = crate::check::perspectives_seen_by(access, perspectives)
            .into_iter()
            .filter(|p| !p.is_draft())
            .filter(|p| {
                checks.iter().any(|c| {
                    c.id == p.check_id && c.circle_id == p.circle_id && c.org_id == p.org_id
                })
            })
            .collect();
        Views {
            checks,
            perspectives,
        }
    }

    /// Every check of the circle, oldest first.
    pub fn checks(&self) -> &[&'a Check] {
        &self.checks
    }

    /// The shared perspectives the reader may see, in the order given.
    pub fn perspectives(&self) -> &[&'a Perspective] {
        &self.perspectives
    }

    /// The views to choose from: the agreed version when any check has one,
    /// then each person whose view the reader may see, in the order of
    /// their first shared view.
    pub fn choices(&self) -> Vec<Whose> {
        let mut choices = Vec::new();
        if self.checks.iter().any(|c| !c.agreed.is_empty()) {
            choices.push(Whose::Agreed);
        }
        let mut ordered: Vec<&&Perspective> = self.perspectives.iter().collect();
        ordered.sort_by_key(|p| (p.created_at, p.id));
        for p in ordered {
            let w = Whose::Person(p.byline.author);
            if !choices.contains(&w) {
                choices.push(w);
            }
        }
        choices
    }

    /// The view shown first: the agreed version when the newest check was
    /// agreed, else the reader's own, else the agreed version, else the
    /// first person's.
    pub fn default_for(&self, reader: Option<CircleMemberId>) -> Option<Whose> {
        let choices = self.choices();
        let newest_agreed = self.checks.last().is_some_and(|c| !c.agreed.is_empty());
        let own = reader.map(Whose::Person).filter(|w| choices.contains(w));
        if newest_agreed {
            return Some(Whose::Agreed);
        }
        own.or_else(|| choices.first().copied())
    }

    /// The view named by `sent` (as [`Whose::code`] writes it), or the
    /// default when nothing was sent. `Ok(None)`: there is nothing to show.
    pub fn choose(
        &self,
        sent: Option<&str>,
        reader: Option<CircleMemberId>,
    ) -> Result<Option<Whose>, WhoseError> {
        let sent = sent.map(str::trim).filter(|s| !s.is_empty());
        let Some(sent) = sent else {
            return Ok(self.default_for(reader));
        };
        let whose = if sent == "agreed" {
            Whose::Agreed
        } else {
            Whose::Person(sent.parse().map_err(|_| WhoseError::NotOffered)?)
        };
        if self.choices().contains(&whose) {
            Ok(Some(whose))
        } else {
            Err(WhoseError::NotOffered)
        }
    }

    /// The checks in which `whose` gave answers, oldest first, with them.
    /// The views may be chosen from perspectives read without answers (the
    /// store's `perspective_heads_of_circle`); a person's answers are then
    /// taken from `answered`, their perspectives read with answers, and
    /// only for a perspective offered here. The agreed answers are the
    /// checks' own, so `answered` may be empty for [`Whose::Agreed`].
    pub fn series(&self, whose: Whose, answered: &'a [Perspective]) -> Vec<Point<'a>> {
        self.checks
            .iter()
            .filter_map(|c| {
                let answers: &'a [Answer] = match whose {
                    Whose::Agreed => &c.agreed,
                    Whose::Person(who) => {
                        let offered = self
                            .perspectives
                            .iter()
                            .find(|p| p.check_id == c.id && p.byline.author == who)?;
                        // Read after the heads: if the view was narrowed or
                        // taken back meanwhile, it is left out.
                        &answered
                            .iter()
                            .find(|p| {
                                p.id == offered.id
                                    && p.audience == offered.audience
                                    && !p.is_draft()
                            })?
                            .answers
                    }
                };
                (!answers.is_empty()).then_some(Point { check: c, answers })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::AnswerStatus;
    use crate::circle::Audience;
    use crate::progress::tests_support::{History, answer};

    #[test]
    fn only_shared_views_the_reader_may_see_are_offered() {
        let h = History::new();
        let (young, parent, worker) = (&h.people[0], &h.people[1], &h.people[2]);
        let mut checks = vec![h.check(10), h.check(20)];
        checks[0].agreed = vec![answer("basics.housing", AnswerStatus::Partly)];
        let all = vec![
            h.view(
                &checks[0],
                young,
                Audience::WholeCircle,
                &[("basics.housing", AnswerStatus::NotYet)],
            ),
            h.view(
                &checks[0],
                worker,
                Audience::Practitioners,
                &[("basics.housing", AnswerStatus::Partly)],
            ),
            h.view(
                &checks[1],
                parent,
                Audience::OnlyMe,
                &[("basics.housing", AnswerStatus::InPlace)],
            ),
            h.view(
                &checks[1],
                young,
                Audience::WholeCircle,
                &[("basics.housing", AnswerStatus::Partly)],
            ),
        ];
        let as_young = Views::new(&h.access(young), &checks, &all);
        assert_eq!(
            as_young.choices(),
            [Whose::Agreed, Whose::Person(young.id)],
            "neither the practitioners' view nor a draft"
        );
        let as_worker = Views::new(&h.access(worker), &checks, &all);
        assert_eq!(
            as_worker.choices(),
            [
                Whose::Agreed,
                Whose::Person(young.id),
                Whose::Person(worker.id)
            ]
        );
        let as_parent = Views::new(&h.access(parent), &checks, &all);
        assert!(
            !as_parent.choices().contains(&Whose::Person(parent.id)),
            "their own draft is not progress"
        );
        // The young person's view across both checks, oldest first.
        let series = as_young.series(Whose::Person(young.id), &all);
        assert_eq!(series.len(), 2);
        assert_eq!(series[0].check.id, checks[0].id);
        assert_eq!(as_young.series(Whose::Agreed, &[]).len(), 1);
        assert!(as_young.series(Whose::Person(worker.id), &all).is_empty());
    }

    #[test]
    fn a_person_s_answers_count_only_where_their_view_is_offered() {
        let h = History::new();
        let (young, worker) = (&h.people[0], &h.people[2]);
        let checks = vec![h.check(10), h.check(20)];
        let answered = vec![
            h.view(
                &checks[0],
                worker,
                Audience::WholeCircle,
                &[("basics.housing", AnswerStatus::NotYet)],
            ),
            h.view(
                &checks[1],
                worker,
                Audience::Practitioners,
                &[("basics.housing", AnswerStatus::Partly)],
            ),
        ];
        // Chosen from the perspectives read without their answers.
        let heads: Vec<Perspective> = answered
            .iter()
            .cloned()
            .map(|mut p| {
                p.answers.clear();
                p
            })
            .collect();
        let v = Views::new(&h.access(young), &checks, &heads);
        assert_eq!(v.choices(), [Whose::Person(worker.id)]);
        assert!(v.series(Whose::Person(worker.id), &heads).is_empty());
        let series = v.series(Whose::Person(worker.id), &answered);
        assert_eq!(
            series.iter().map(|p| p.check.id).collect::<Vec<_>>(),
            [checks[0].id],
            "the practitioners-only view stays hidden though its answers were read"
        );
        assert_eq!(series[0].answers, answered[0].answers.as_slice());
        // Narrowed to practitioners between the two reads: left out.
        let mut narrowed = answered.clone();
        narrowed[0].audience = Audience::Practitioners;
        assert!(v.series(Whose::Person(worker.id), &narrowed).is_empty());
    }

    #[test]
    fn choosing_a_view_refuses_what_is_not_offered_in_one_way() {
        let h = History::new();
        let (young, worker) = (&h.people[0], &h.people[2]);
        let checks = vec![h.check(10)];
        let all = vec![
            h.view(
                &checks[0],
                young,
                Audience::WholeCircle,
                &[("basics.housing", AnswerStatus::NotYet)],
            ),
            h.view(
                &checks[0],
                worker,
                Audience::Practitioners,
                &[("basics.housing", AnswerStatus::Partly)],
            ),
        ];
        let v = Views::new(&h.access(young), &checks, &all);
        // Nothing sent: their own view (nothing was agreed).
        assert_eq!(
            v.choose(None, Some(young.id)),
            Ok(Some(Whose::Person(young.id)))
        );
        assert_eq!(
            v.choose(Some("  "), None),
            Ok(Some(Whose::Person(young.id)))
        );
        for bad in [
            "agreed",
            "nonsense",
            &worker.id.to_string(),
            &CircleMemberId::new().to_string(),
        ] {
            assert_eq!(
                v.choose(Some(bad), Some(young.id)),
                Err(WhoseError::NotOffered),
                "{bad}"
            );
        }
        let empty = Views::new(&h.access(young), &[], &[]);
        assert_eq!(empty.choose(None, Some(young.id)), Ok(None));
    }

    #[test]
    fn the_agreed_version_comes_first_when_the_newest_check_was_agreed() {
        let h = History::new();
        let young = &h.people[0];
        let mut checks = vec![h.check(10), h.check(20)];
        checks[0].agreed = vec![answer("basics.housing", AnswerStatus::Partly)];
        let all = vec![h.view(
            &checks[1],
            young,
            Audience::WholeCircle,
            &[("basics.money", AnswerStatus::NotYet)],
        )];
        let v = Views::new(&h.access(young), &checks, &all);
        assert_eq!(v.default_for(Some(young.id)), Some(Whose::Person(young.id)));
        checks[1].agreed = vec![answer("basics.housing", AnswerStatus::InPlace)];
        let v = Views::new(&h.access(young), &checks, &all);
        assert_eq!(v.default_for(Some(young.id)), Some(Whose::Agreed));
    }

    #[test]
    fn another_circle_s_views_are_never_counted() {
        let h = History::new();
        let young = &h.people[0];
        let checks = vec![h.check(10)];
        let mut stray = h.view(
            &checks[0],
            young,
            Audience::WholeCircle,
            &[("basics.money", AnswerStatus::NotYet)],
        );
        stray.check_id = crate::ids::CheckId::new();
        let all = vec![stray];
        let v = Views::new(&h.access(young), &checks, &all);
        assert!(v.choices().is_empty());
    }
}
