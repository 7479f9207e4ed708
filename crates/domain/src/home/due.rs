//! What is due, for the home page: reviews of plans and the actions a person
//! agreed to do. Practitioners in a circle are told of reviews due within
//! [`SOON_DAYS`] or overdue; parents, carers, young people and supporters of
//! their next review, however far off (a date worth knowing); everyone of
//! their own actions due soon or overdue; a manager of a circle's team (not
//! in it) of reviews overdue there. Only plans the person may see count
//! ([`crate::plan::Plan::seen_by`]), so nothing of a plan kept from them leaks
//! through a date.
//!
//! One rule says when a dated item *needs* the person ([`Due::needs_you_from`]):
//! from [`SOON_DAYS`] before its day. The home page lists reviews and actions
//! only from then, and an email digest counts any item, a family's next
//! review too, only from then ([`super::digest`]).

use crate::circle::access::CircleAccess;
use crate::circle::member::CircleMember;
use crate::circle::space::Circle;
use crate::ids::{CircleId, PlanId, TeamId};
use crate::permission::Actor;
use crate::plan::{ActionState, Day, Plan, Who};

/// How far ahead "due soon" looks.
pub const SOON_DAYS: i64 = 7;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueInCircle {
    pub circle_id: CircleId,
    /// The circle's focus person, as the circle names them.
    pub focus_name: String,
    pub due: Due,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    /// For a practitioner in the circle: a plan to review.
    Review {
        plan: PlanId,
        on: Day,
        overdue: bool,
    },
    /// For the family: when their plan is next reviewed.
    NextReview { plan: PlanId, on: Day },
    /// Something the person agreed to do.
    Action {
        plan: PlanId,
        what: String,
        by: Day,
        overdue: bool,
    },
    /// For a manager of the circle's team: how many reviews are overdue.
    TeamReviewsOverdue { count: usize },
}

impl Due {
    /// The plan it is about; `None` for a manager's count.
    pub fn plan(&self) -> Option<PlanId> {
        match self {
            Due::Review { plan, .. } | Due::NextReview { plan, .. } | Due::Action { plan, .. } => {
                Some(*plan)
            }
            Due::TeamReviewsOverdue { .. } => None,
        }
    }

    /// The first day it needs the person: [`SOON_DAYS`] before its review or
    /// due date. `None` for a manager's count of overdue reviews, which says
    /// nothing of when.
    pub fn needs_you_from(&self) -> Option<Day> {
        match self {
            Due::Review { on, .. } | Due::NextReview { on, .. } => Some(on.plus_days(-SOON_DAYS)),
            Due::Action { by, .. } => Some(by.plus_days(-SOON_DAYS)),
            Due::TeamReviewsOverdue { .. } => None,
        }
    }

    /// Whether it needs the person on `today`: due within [`SOON_DAYS`] or
    /// overdue. A manager's count is only ever made of overdue reviews.
    pub fn needs_you(&self, today: Day) -> bool {
        match self {
            Due::TeamReviewsOverdue { .. } => true,
            _ => self.needs_you_from().is_some_and(|from| from <= today),
        }
    }
}

/// What is due for `actor` on `today` in `circles` (theirs, then their teams'
/// circles they are not in: `team_circles`, counted only for the teams in
/// `actor_teams`), given those circles' members and open plans (the store's
/// answers; anything of another circle or organisation, or a closed plan, is
/// ignored). In the order of the circles, then of review or due date.
pub fn due_for(
    actor: &Actor,
    circles: &[Circle],
    team_circles: &[Circle],
    actor_teams: &[TeamId],
    members: &[CircleMember],
    plans: &[Plan],
    today: Day,
) -> Vec<DueInCircle> {
    let mut out = Vec::new();
    let mut seen: Vec<CircleId> = Vec::new();
    for circle in circles.iter().chain(team_circles) {
        if seen.contains(&circle.id) || !circle.is_open() {
            continue;
        }
        seen.push(circle.id);
        let in_circle: Vec<CircleMember> = members
            .iter()
            .filter(|m| m.org_id == circle.org_id && m.circle_id == circle.id)
            .cloned()
            .collect();
        let Some(access) = CircleAccess::for_actor(actor, circle, &in_circle, actor_teams) else {
            continue;
        };
        let mut open: Vec<&Plan> = plans
            .iter()
            .filter(|p| p.org_id == circle.org_id && p.circle_id == circle.id)
            .filter(|p| !p.closed && p.seen_by(&access))
            .collect();
        open.sort_by_key(|p| p.review_due);
        let mut items = Vec::new();
        match access.member() {
            None => {
                let count = open.iter().filter(|p| p.review_due < today).count();
                if count > 0 {
                    items.push(Due::TeamReviewsOverdue { count });
                }
            }
            Some(me) => {
                if me.role.is_practitioner() {
                    items.extend(
                        open.iter()
                            .map(|p| Due::Review {
                                plan: p.id,
                                on: p.review_due,
                                overdue: p.review_due < today,
                            })
                            .filter(|d| d.needs_you(today)),
                    );
                } else if let Some(p) = open.first() {
                    items.push(Due::NextReview {
                        plan: p.id,
                        on: p.review_due,
                    });
                }
                let mut actions: Vec<Due> = open
                    .iter()
                    .flat_map(|p| p.body.actions.iter().map(move |a| (p, a)))
                    .filter(|(_, a)| a.who == Who::Member(me.id))
                    .filter(|(_, a)| matches!(a.state(), ActionState::Open | ActionState::Changed))
                    .map(|(p, a)| Due::Action {
                        plan: p.id,
                        what: a.what.clone(),
                        by: a.by_when,
                        overdue: a.by_when < today,
                    })
                    .filter(|d| d.needs_you(today))
                    .collect();
                actions.sort_by_key(|d| match d {
                    Due::Action { by, .. } => *by,
                    _ => today,
                });
                items.extend(actions);
            }
        }
        out.extend(items.into_iter().map(|due| DueInCircle {
            circle_id: circle.id,
            focus_name: circle.focus_name.clone(),
            due,
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::member::CircleRole;
    use crate::circle::space::NewCircle;
    use crate::circle::{Audience, Byline};
    use crate::clock::Timestamp;
    use crate::framework::adaptation::FrameworkVersion;
    use crate::framework::{FrameworkId, MoveId};
    use crate::ids::{ActionId, OrgId, PlanEntryId, UserId};
    use crate::membership::Role;
    use crate::plan::{Action, ActionUpdate, PlanBody};

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    struct World {
        circle: Circle,
        people: Vec<(Actor, CircleMember)>,
        plans: Vec<Plan>,
        today: Day,
    }

    fn action(
        what: &str,
        who: Who,
        by: Day,
        state: Option<ActionState>,
        me: &CircleMember,
    ) -> Action {
        Action {
            id: ActionId::new(),
            move_id: MoveId::parse("coping.brave").unwrap(),
            what: what.into(),
            who,
            by_when: by,
            category: None,
            category_origin: crate::plan::CategoryOrigin::Chosen,
            stuck: None,
            added_by: me.id,
            added_at: T0,
            updates: state
                .map(|state| ActionUpdate {
                    id: PlanEntryId::new(),
                    state,
                    comment: String::new(),
                    by: me.id,
                    at: T0,
                })
                .into_iter()
                .collect(),
        }
    }

    fn plan(
        c: &Circle,
        by: &CircleMember,
        audience: Audience,
        review: Day,
        actions: Vec<Action>,
    ) -> Plan {
        Plan {
            id: PlanId::new(),
            org_id: c.org_id,
            circle_id: c.id,
            framework: FrameworkVersion {
                edition: FrameworkId::parse("mini").unwrap(),
                adaptation_version: 0,
            },
            audience,
            byline: Byline::own(by.id),
            body: PlanBody {
                actions,
                ..PlanBody::default()
            },
            review_due: review,
            closed: false,
            created_at: T0,
            updated_at: T0,
            updated_by: None,
            version: 1,
        }
    }

    /// Zoë's circle, in a team: Sam (practitioner), Zoë, Mum; a plan for the
    /// whole circle due for review in three days, one for practitioners
    /// overdue, and a closed one long overdue.
    fn world() -> World {
        let org = OrgId::new();
        let circle = Circle::new(
            CircleId::new(),
            org,
            &NewCircle {
                focus_name: "Zoë",
                team_id: Some(TeamId::new()),
                ..NewCircle::default()
            },
            UserId::new(),
            T0,
        )
        .unwrap();
        let people: Vec<(Actor, CircleMember)> = [
            ("Sam", CircleRole::Practitioner, Role::Practitioner),
            ("Zoë", CircleRole::FocusPerson, Role::YoungPerson),
            ("Mum", CircleRole::ParentCarer, Role::ParentCarer),
        ]
        .iter()
        .map(|(name, role, org_role)| {
            let user = UserId::new();
            let actor = Actor {
                user: Some(user),
                org: Some(org),
                roles: vec![*org_role],
                ..Actor::default()
            };
            let m = CircleMember::new(org, circle.id, Some(user), name, "", *role, T0).unwrap();
            (actor, m)
        })
        .collect();
        let today = Day::of(T0);
        let (sam, zoe, mum) = (&people[0].1, &people[1].1, &people[2].1);
        let plans = vec![
            plan(
                &circle,
                sam,
                Audience::WholeCircle,
                today.plus_days(3),
                vec![
                    action(
                        "Ring school",
                        Who::Member(mum.id),
                        today.plus_days(-1),
                        None,
                        sam,
                    ),
                    action(
                        "Join a club",
                        Who::Member(mum.id),
                        today.plus_days(30),
                        None,
                        sam,
                    ),
                    action(
                        "Book a visit",
                        Who::Member(sam.id),
                        today,
                        Some(ActionState::Done),
                        sam,
                    ),
                    action(
                        "Walk the dog",
                        Who::Member(zoe.id),
                        today.plus_days(7),
                        Some(ActionState::Changed),
                        sam,
                    ),
                    action("Call the GP", Who::Other("Gran".into()), today, None, sam),
                ],
            ),
            plan(
                &circle,
                sam,
                Audience::Practitioners,
                today.plus_days(-2),
                vec![action(
                    "Write to housing",
                    Who::Member(mum.id),
                    today,
                    None,
                    sam,
                )],
            ),
            Plan {
                closed: true,
                ..plan(
                    &circle,
                    sam,
                    Audience::WholeCircle,
                    today.plus_days(-10),
                    Vec::new(),
                )
            },
        ];
        World {
            circle,
            people,
            plans,
            today,
        }
    }

    fn due(w: &World, actor: &Actor, team_circles: &[Circle]) -> Vec<Due> {
        let members: Vec<CircleMember> = w.people.iter().map(|(_, m)| m.clone()).collect();
        let mine: Vec<Circle> = if team_circles.is_empty() {
            vec![w.circle.clone()]
        } else {
            Vec::new()
        };
        let teams: Vec<TeamId> = team_circles.iter().filter_map(|c| c.team_id).collect();
        due_for(
            actor,
            &mine,
            team_circles,
            &teams,
            &members,
            &w.plans,
            w.today,
        )
        .into_iter()
        .map(|d| {
            assert_eq!(d.circle_id, w.circle.id);
            assert_eq!(d.focus_name, "Zoë");
            d.due
        })
        .collect()
    }

    #[test]
    fn each_person_is_told_what_is_due_for_them() {
        let w = world();
        let today = w.today;
        let [open, practitioners, _closed] = [&w.plans[0], &w.plans[1], &w.plans[2]].map(|p| p.id);
        // Sam: both open reviews (the overdue one first); their own action is done.
        assert_eq!(
            due(&w, &w.people[0].0, &[]),
            [
                Due::Review {
                    plan: practitioners,
                    on: today.plus_days(-2),
                    overdue: true
                },
                Due::Review {
                    plan: open,
                    on: today.plus_days(3),
                    overdue: false
                },
            ]
        );
        // Zoë: the next review of the plan she sees, and her changed action due in a week.
        assert_eq!(
            due(&w, &w.people[1].0, &[]),
            [
                Due::NextReview {
                    plan: open,
                    on: today.plus_days(3)
                },
                Due::Action {
                    plan: open,
                    what: "Walk the dog".into(),
                    by: today.plus_days(7),
                    overdue: false
                },
            ]
        );
        // Mum: not the practitioners' plan or its action; not the action a month away.
        assert_eq!(
            due(&w, &w.people[2].0, &[]),
            [
                Due::NextReview {
                    plan: open,
                    on: today.plus_days(3)
                },
                Due::Action {
                    plan: open,
                    what: "Ring school".into(),
                    by: today.plus_days(-1),
                    overdue: true
                },
            ]
        );
    }

    #[test]
    fn team_managers_hear_how_many_reviews_are_overdue_in_their_teams_circles() {
        let w = world();
        let manager = Actor {
            user: Some(UserId::new()),
            org: Some(w.circle.org_id),
            roles: vec![Role::Manager],
            ..Actor::default()
        };
        let team = std::slice::from_ref(&w.circle);
        assert_eq!(
            due(&w, &manager, team),
            [Due::TeamReviewsOverdue { count: 1 }]
        );
        // Not of another team's circle.
        let other = Circle {
            team_id: Some(TeamId::new()),
            ..w.circle.clone()
        };
        let members: Vec<CircleMember> = w.people.iter().map(|(_, m)| m.clone()).collect();
        let managed: Vec<TeamId> = w.circle.team_id.into_iter().collect();
        let teams = [
            Circle {
                team_id: None,
                ..w.circle.clone()
            },
            other,
        ];
        for c in &teams {
            assert_eq!(
                due_for(
                    &manager,
                    &[],
                    std::slice::from_ref(c),
                    &managed,
                    &members,
                    &w.plans,
                    w.today
                ),
                [],
                "{:?}",
                c.team_id
            );
        }
    }

    #[test]
    fn nothing_of_another_organisation_or_a_closed_circle() {
        let w = world();
        let sam = &w.people[0].0;
        let elsewhere = Actor {
            org: Some(OrgId::new()),
            ..sam.clone()
        };
        assert_eq!(due(&w, &elsewhere, &[]), []);
        let members: Vec<CircleMember> = w.people.iter().map(|(_, m)| m.clone()).collect();
        let mut closed = w.circle.clone();
        closed.status = crate::circle::space::CircleStatus::Closed {
            at: T0,
            by: UserId::new(),
            reflection: "Done".into(),
        };
        assert_eq!(
            due_for(sam, &[closed], &[], &[], &members, &w.plans, w.today),
            []
        );
    }

    #[test]
    fn an_item_needs_you_from_a_week_before_its_day() {
        let today = Day::of(T0);
        let plan = PlanId::new();
        let review = |in_days: i64| Due::Review {
            plan,
            on: today.plus_days(in_days),
            overdue: in_days < 0,
        };
        assert_eq!(
            review(SOON_DAYS).needs_you_from(),
            Some(today),
            "from today"
        );
        assert!(review(SOON_DAYS).needs_you(today));
        assert!(review(-30).needs_you(today), "overdue: long since");
        assert!(!review(SOON_DAYS + 1).needs_you(today), "from tomorrow");
        let next = |in_days: i64| Due::NextReview {
            plan,
            on: today.plus_days(in_days),
        };
        assert!(next(3).needs_you(today));
        assert!(!next(60).needs_you(today));
        let action = Due::Action {
            plan,
            what: "Ring school".into(),
            by: today.plus_days(SOON_DAYS + 1),
            overdue: false,
        };
        assert_eq!(action.needs_you_from(), Some(today.plus_days(1)));
        assert!(!action.needs_you(today));
        let count = Due::TeamReviewsOverdue { count: 2 };
        assert_eq!(count.needs_you_from(), None, "says nothing of when");
        assert_eq!(count.plan(), None);
        assert_eq!(next(60).plan(), Some(plan));
    }

    #[test]
    fn a_familys_far_off_next_review_is_shown_but_does_not_need_them_yet() {
        let mut w = world();
        let far = w.today.plus_days(60);
        w.plans[0].review_due = far;
        let (zoe, sam) = (&w.people[1].0, &w.people[0].0);
        let for_zoe = due(&w, zoe, &[]);
        let next = Due::NextReview {
            plan: w.plans[0].id,
            on: far,
        };
        assert_eq!(for_zoe[0], next, "a date worth knowing");
        assert!(!next.needs_you(w.today));
        // Everything else listed needs them now; a practitioner is not told
        // of the far-off review at all.
        assert!(for_zoe[1..].iter().all(|d| d.needs_you(w.today)));
        assert!(
            due(&w, sam, &[])
                .iter()
                .all(|d| d.needs_you(w.today) && d.plan() != Some(w.plans[0].id))
        );
    }
}
