//! A check every month: the practitioner, the parent and the young person each
//! answer every move on their own and share their view with the whole
//! circle, and what they agree together is written down the next day. The
//! answers drift as a real circle's do: most moves come into place over the
//! two years, the ones about the world around the child ("changing the
//! odds") slowly, each person sees things a little differently, some months
//! go backwards, and now and then someone leaves a move "not for now".

use super::{DAY_SECS, MONTHS, mix, month_start, with_account};
use moves_core::Timestamp;
use moves_core::check::{Answer, AnswerStatus, Check, Perspective};
use moves_core::circle::audience::Audience;
use moves_core::circle::byline::Byline;
use moves_core::circle::member::{CircleMember, CircleRole};
use moves_core::circle::space::Circle;
use moves_core::framework::AdaptedFramework;
use moves_core::ids::{CheckId, PerspectiveId};

/// Who takes part, in the order they fill in their view, and how each tends
/// to see things (in hundredths of a status step: the young person a little
/// more hopeful, the parent a little more worried).
const TAKING_PART: [(CircleRole, i64); 3] = [
    (CircleRole::Practitioner, 0),
    (CircleRole::ParentCarer, -20),
    (CircleRole::FocusPerson, 20),
];

/// A few words some answers carry.
const NOTES: [&str; 4] = [
    "We talked about this at the last visit.",
    "Better than last month.",
    "Still hard some days.",
    "School helped with this.",
];

/// One person's view in a check, as it is made on the check pages.
#[derive(Debug, Clone)]
pub struct View {
    /// As started: a draft with no answers yet.
    pub started: Perspective,
    /// Every offered move, saved one compartment at a time.
    pub answers: Vec<Answer>,
    pub saved_at: Timestamp,
    pub audience: Audience,
    pub shared_at: Timestamp,
}

/// One month's check.
#[derive(Debug, Clone)]
pub struct MonthlyCheck {
    /// As started: nothing agreed yet.
    pub check: Check,
    pub views: Vec<View>,
    /// What they agreed together, move by move.
    pub agreed: Vec<Answer>,
    pub agreed_at: Timestamp,
}

/// How far along move `index` is for the person with `bias`, in month
/// `month`: below 70 not yet, below 140 partly, else in place.
fn level(index: usize, structural: bool, month: i64, person: usize, bias: i64) -> i64 {
    let i = index as u64;
    let start = (mix(i) % 110) as i64;
    // Over the whole history: the world around the child changes slowly.
    let rise = if structural {
        40
    } else {
        90 + (mix(i ^ 0xA5A5) % 90) as i64
    };
    let wobble = (mix(i << 16 ^ (month as u64) << 4 ^ person as u64) % 81) as i64 - 40;
    start + rise * month / (MONTHS - 1) + bias + wobble
}

fn status_of(level: i64) -> AnswerStatus {
    match level {
        ..70 => AnswerStatus::NotYet,
        70..140 => AnswerStatus::Partly,
        _ => AnswerStatus::InPlace,
    }
}

/// Whether the person leaves move `index` "not for now" in `month`: a choice
/// that holds for half a year at a time.
fn left_for_now(index: usize, month: i64, person: usize) -> bool {
    mix((index as u64) << 8 ^ (month / 6) as u64 ^ (person as u64) << 20).is_multiple_of(23)
}

/// The view of the person with `bias` in `month`, over every offered move.
fn answers(framework: &AdaptedFramework, month: i64, person: usize, bias: i64) -> Vec<Answer> {
    let offered = framework
        .framework
        .moves
        .iter()
        .filter(|m| !framework.hidden.contains(&m.id));
    offered
        .enumerate()
        .map(|(i, m)| {
            let status = if left_for_now(i, month, person) {
                AnswerStatus::NotForNow
            } else {
                status_of(level(i, m.category.is_some(), month, person, bias))
            };
            let noted = (i as i64 + month + person as i64) % 9 == 0;
            Answer {
                move_id: m.id.clone(),
                status,
                note: noted.then(|| NOTES[(month as usize + person) % NOTES.len()].to_owned()),
            }
        })
        .collect()
}

/// What the circle agrees for one move: "not for now" if most say so, else
/// the middle of what the others said (the more careful one of two).
fn agree(said: &[AnswerStatus]) -> AnswerStatus {
    let rank = |s: &AnswerStatus| match s {
        AnswerStatus::NotYet => 0,
        AnswerStatus::Partly => 1,
        _ => 2,
    };
    let left = said
        .iter()
        .filter(|s| **s == AnswerStatus::NotForNow)
        .count();
    let mut rest: Vec<AnswerStatus> = said
        .iter()
        .copied()
        .filter(|s| *s != AnswerStatus::NotForNow)
        .collect();
    if rest.is_empty() || left * 2 > said.len() {
        return AnswerStatus::NotForNow;
    }
    rest.sort_by_key(rank);
    rest[(rest.len() - 1) / 2]
}

/// A check for every month of the history of `circle`, started by its
/// practitioner, with a view from each of those in [`TAKING_PART`] who has
/// an account; none without a practitioner who signs in.
pub fn monthly_checks(
    circle: &Circle,
    members: &[CircleMember],
    framework: &AdaptedFramework,
    now: Timestamp,
) -> Vec<MonthlyCheck> {
    let Some(worker) = with_account(members, CircleRole::Practitioner) else {
        return Vec::new();
    };
    let people: Vec<(usize, &CircleMember, i64)> = TAKING_PART
        .iter()
        .enumerate()
        .filter_map(|(p, (role, bias))| with_account(members, *role).map(|m| (p, m, *bias)))
        .collect();
    let mut checks = Vec::new();
    for month in 0..MONTHS {
        // The tenth of the month, in the afternoon.
        let at = month_start(now, month).plus_seconds(9 * DAY_SECS + 16 * 3600);
        let Ok(check) = Check::start(
            CheckId::new(),
            circle,
            worker,
            framework.version.clone(),
            at,
        ) else {
            continue;
        };
        let views: Vec<View> = people
            .iter()
            .map(|(p, member, bias)| {
                let started_at = at.plus_seconds(*p as i64 * 3600);
                View {
                    started: Perspective::start(
                        PerspectiveId::new(),
                        &check,
                        Byline::own(member.id),
                        started_at,
                    ),
                    answers: answers(framework, month, *p, *bias),
                    saved_at: started_at.plus_seconds(20 * 60),
                    audience: Audience::WholeCircle,
                    shared_at: started_at.plus_seconds(30 * 60),
                }
            })
            .collect();
        let agreed = views.first().map_or_else(Vec::new, |first| {
            first
                .answers
                .iter()
                .map(|a| {
                    let said: Vec<AnswerStatus> = views
                        .iter()
                        .filter_map(|v| v.answers.iter().find(|b| b.move_id == a.move_id))
                        .map(|b| b.status)
                        .collect();
                    Answer {
                        move_id: a.move_id.clone(),
                        status: agree(&said),
                        note: None,
                    }
                })
                .collect()
        });
        checks.push(MonthlyCheck {
            check,
            views,
            agreed,
            agreed_at: at.plus_seconds(DAY_SECS),
        });
    }
    checks
}

/// `answers` by compartment, in the framework's order: how the check pages
/// save them, one compartment per screen.
pub fn by_compartment<'a>(
    framework: &'a AdaptedFramework,
    answers: &[Answer],
) -> Vec<(&'a str, Vec<Answer>)> {
    framework
        .framework
        .compartments
        .iter()
        .map(|c| {
            let id = c.id.as_str();
            let these = answers
                .iter()
                .filter(|a| a.compartment() == id)
                .cloned()
                .collect();
            (id, these)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::framework::shipped;
    use crate::history::test_circle::{NOW, full_circle};
    use moves_core::check::{SentAnswer, read_answers};
    use std::collections::BTreeSet;

    fn count(answers: &[Answer], status: AnswerStatus) -> usize {
        answers.iter().filter(|a| a.status == status).count()
    }

    #[test]
    fn a_check_every_month_with_three_shared_views_of_every_move() {
        let fw = shipped().unwrap();
        let (circle, members) = full_circle();
        let checks = monthly_checks(&circle, &members, &fw, NOW);
        assert_eq!(checks.len(), MONTHS as usize);
        let authors: BTreeSet<_> = TAKING_PART
            .iter()
            .map(|(r, _)| with_account(&members, *r).unwrap().id)
            .collect();
        for (m, c) in checks.iter().enumerate() {
            let (from, to) = (month_start(NOW, m as i64), month_start(NOW, m as i64 + 1));
            assert!(
                c.check.started_at >= from && c.check.started_at < to,
                "month {m}"
            );
            assert_eq!(c.check.framework, fw.version);
            assert!(c.check.agreed.is_empty(), "agreed after the views");
            assert!(c.agreed_at > c.check.started_at && c.agreed_at < NOW);
            let by: BTreeSet<_> = c.views.iter().map(|v| v.started.byline.author).collect();
            assert_eq!(by, authors, "month {m}");
            for v in &c.views {
                assert!(v.started.is_draft() && v.started.answers.is_empty());
                assert_eq!(v.audience, Audience::WholeCircle);
                assert!(v.started.created_at <= v.saved_at && v.saved_at <= v.shared_at);
                assert!(v.shared_at < c.agreed_at);
                assert_eq!(v.answers.len(), 42);
            }
            assert_eq!(c.agreed.len(), 42);
        }
    }

    #[test]
    fn every_answer_is_one_the_check_pages_would_accept() {
        let fw = shipped().unwrap();
        let (circle, members) = full_circle();
        for c in monthly_checks(&circle, &members, &fw, NOW) {
            let all = c.views.iter().map(|v| &v.answers).chain([&c.agreed]);
            for answers in all {
                let parts = by_compartment(&fw, answers);
                assert_eq!(parts.len(), 5);
                assert_eq!(
                    parts.iter().map(|(_, a)| a.len()).sum::<usize>(),
                    answers.len()
                );
                for (compartment, these) in parts {
                    assert!(!these.is_empty(), "{compartment}");
                    let sent: Vec<SentAnswer<'_>> = these
                        .iter()
                        .map(|a| SentAnswer {
                            move_id: a.move_id.as_str(),
                            status: a.status.as_str(),
                            note: a.note.as_deref().unwrap_or(""),
                        })
                        .collect();
                    assert_eq!(read_answers(&fw, compartment, &sent).unwrap(), these);
                }
            }
        }
    }

    #[test]
    fn statuses_are_mixed_differ_between_people_and_drift_towards_in_place() {
        let fw = shipped().unwrap();
        let (circle, members) = full_circle();
        let checks = monthly_checks(&circle, &members, &fw, NOW);
        for s in AnswerStatus::ALL {
            assert!(
                checks
                    .iter()
                    .flat_map(|c| &c.views)
                    .any(|v| count(&v.answers, s) > 0),
                "{}",
                s.as_str()
            );
        }
        for c in &checks {
            // Something to talk about every month: the views differ somewhere.
            let differ = c.views[0]
                .answers
                .iter()
                .enumerate()
                .any(|(i, a)| c.views.iter().any(|v| v.answers[i].status != a.status));
            assert!(differ);
            // And no month is all one answer.
            let kinds: BTreeSet<_> = c.agreed.iter().map(|a| a.status).collect();
            assert!(kinds.len() >= 2);
        }
        let in_place = |c: &MonthlyCheck| count(&c.agreed, AnswerStatus::InPlace);
        let first = checks[..3].iter().map(in_place).sum::<usize>();
        let last = checks[checks.len() - 3..]
            .iter()
            .map(in_place)
            .sum::<usize>();
        assert!(last > first + 30, "in place: {first} then {last}");
        let not_yet = |c: &MonthlyCheck| count(&c.agreed, AnswerStatus::NotYet);
        assert!(not_yet(&checks[0]) > not_yet(&checks[checks.len() - 1]));
        // Not a straight line: some month goes backwards.
        assert!(checks.windows(2).any(|w| in_place(&w[1]) < in_place(&w[0])));
        // The world around the child changes more slowly than the rest.
        let structural: Vec<usize> = fw
            .framework
            .moves
            .iter()
            .enumerate()
            .filter(|(_, m)| m.category.is_some())
            .map(|(i, _)| i)
            .collect();
        assert!(!structural.is_empty());
        let last = &checks[checks.len() - 1].agreed;
        let in_place_of = |structural_ones: bool| {
            let chosen: Vec<&Answer> = last
                .iter()
                .enumerate()
                .filter(|(i, _)| structural.contains(i) == structural_ones)
                .map(|(_, a)| a)
                .collect();
            let n = chosen
                .iter()
                .filter(|a| a.status == AnswerStatus::InPlace)
                .count();
            (n, chosen.len())
        };
        let ((s, s_all), (o, o_all)) = (in_place_of(true), in_place_of(false));
        assert!(
            s * o_all < o * s_all,
            "structural {s}/{s_all}, others {o}/{o_all}"
        );
    }

    #[test]
    fn what_is_agreed_is_what_someone_said() {
        let fw = shipped().unwrap();
        let (circle, members) = full_circle();
        for c in monthly_checks(&circle, &members, &fw, NOW) {
            for (i, a) in c.agreed.iter().enumerate() {
                assert!(
                    c.views
                        .iter()
                        .any(|v| v.answers[i].move_id == a.move_id
                            && v.answers[i].status == a.status)
                );
            }
        }
        assert_eq!(
            agree(&[
                AnswerStatus::NotForNow,
                AnswerStatus::NotForNow,
                AnswerStatus::InPlace
            ]),
            AnswerStatus::NotForNow
        );
        assert_eq!(
            agree(&[
                AnswerStatus::InPlace,
                AnswerStatus::NotForNow,
                AnswerStatus::NotYet
            ]),
            AnswerStatus::NotYet
        );
        assert_eq!(
            agree(&[
                AnswerStatus::InPlace,
                AnswerStatus::Partly,
                AnswerStatus::NotYet
            ]),
            AnswerStatus::Partly
        );
    }

    #[test]
    fn only_those_with_an_account_take_part() {
        let fw = shipped().unwrap();
        let (circle, members) = full_circle();
        let no_parent: Vec<CircleMember> = members
            .iter()
            .filter(|m| m.role != CircleRole::ParentCarer)
            .cloned()
            .collect();
        let checks = monthly_checks(&circle, &no_parent, &fw, NOW);
        assert_eq!(checks.len(), MONTHS as usize);
        assert!(checks.iter().all(|c| c.views.len() == 2));
        let no_worker: Vec<CircleMember> = members
            .iter()
            .filter(|m| m.role != CircleRole::Practitioner)
            .cloned()
            .collect();
        assert!(monthly_checks(&circle, &no_worker, &fw, NOW).is_empty());
    }
}
