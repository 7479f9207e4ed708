//! Reviews: rating goals, carrying the plan forward or closing it, naming a check.

use super::*;
use crate::ids::{GoalId, ReviewId};

#[test]
fn a_review_rates_goals_and_carries_the_plan_forward_or_closes_it() {
    let c = Circle::new();
    let members = c.members();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    let zoe_goal = GoalId::new();
    let mum_goal = GoalId::new();
    p.add_goal(zoe_goal, &c.young, &c.young, "Sleep better", "2", true, NOW)
        .unwrap();
    p.add_goal(mum_goal, &c.parent, &c.parent, "Fewer rows", "4", true, NOW)
        .unwrap();
    let (zoe, mum) = (zoe_goal.to_string(), mum_goal.to_string());

    // Mum reviews: she may rate her own goal, not Zoë's.
    let refused = p
        .review(
            ReviewId::new(),
            &NewReview {
                worked: "Bedtime routine.",
                to_change: "",
                ratings: vec![(&zoe, "5"), (&mum, "6")],
                outcome: "carry",
                next_review: "2026-02-01",
                ..NewReview::default()
            },
            &c.parent,
            &members,
            true,
            NOW,
        )
        .unwrap_err();
    assert_eq!(
        fields(&refused),
        [(format!("rating-{zoe}").as_str(), &Problem::NotForOthers)]
    );

    // Sam reviews with both: Zoë's new rating is flagged as entered with her.
    let r = ReviewId::new();
    let review = NewReview {
        worked: "Bedtime routine.",
        to_change: "Ask school about lates.",
        ratings: vec![(&zoe, "5"), (&mum, "")],
        outcome: "carry",
        next_review: "2026-02-01",
        ..NewReview::default()
    };
    assert_eq!(
        p.review(r, &review, &c.worker, &members, true, NOW),
        Ok(Applied::Changed)
    );
    assert_eq!(
        p.review(r, &review, &c.worker, &members, true, NOW),
        Ok(Applied::AlreadySaved)
    );
    assert_eq!(p.review_due.as_iso(), "2026-02-01");
    let g = &p.body.goals[0];
    assert_eq!(g.ratings.len(), 2);
    assert_eq!(g.ratings[1].score, 5);
    assert_eq!(g.ratings[1].review, Some(r));
    assert_eq!(g.ratings[1].byline.entered_by, Some(c.worker.id));
    assert_eq!(
        p.body.goals[1].ratings.len(),
        1,
        "a blank rating is not one"
    );
    assert!(p.review_is_due(Day::from_iso("2026-02-01").unwrap()));
    assert!(!p.review_is_due(Day::from_iso("2026-01-31").unwrap()));

    let problems = p
        .review(
            ReviewId::new(),
            &NewReview {
                worked: " ",
                to_change: "",
                ratings: vec![(&zoe, "eleven"), ("not-a-goal", "3")],
                outcome: "carry",
                next_review: "2025-01-01",
                ..NewReview::default()
            },
            &c.worker,
            &members,
            true,
            NOW,
        )
        .unwrap_err();
    assert_eq!(
        fields(&problems),
        [
            ("worked", &Problem::NothingSaid),
            (
                format!("rating-{zoe}").as_str(),
                &Problem::Score(ScoreError::OutOfRange)
            ),
            ("rating-not-a-goal", &Problem::UnknownGoal),
            ("next_review", &Problem::Day(DayError::Past)),
        ]
    );
    let odd = p
        .review(
            ReviewId::new(),
            &NewReview {
                worked: "x",
                outcome: "maybe",
                ..NewReview::default()
            },
            &c.worker,
            &members,
            true,
            NOW,
        )
        .unwrap_err();
    assert_eq!(fields(&odd), [("outcome", &Problem::UnknownChoice)]);

    p.review(
        ReviewId::new(),
        &NewReview {
            worked: "All of it.",
            outcome: "close",
            ..NewReview::default()
        },
        &c.young,
        &members,
        true,
        NOW,
    )
    .unwrap();
    assert!(p.closed);
    assert!(!p.review_is_due(Day::from_iso("2030-01-01").unwrap()));
    assert_eq!(p.body.reviews.len(), 2);
    // A closed plan takes no more changes.
    let closed = p
        .add_goal(GoalId::new(), &c.nan, &c.nan, "Walk", "3", true, NOW)
        .unwrap_err();
    assert_eq!(fields(&closed), [("plan", &Problem::Closed)]);
}

#[test]
fn a_review_may_name_one_of_the_circle_s_checks_and_nothing_else() {
    use crate::ids::CheckId;
    let c = Circle::new();
    let members = c.members();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    let ours = [CheckId::new(), CheckId::new()];
    let (chosen, elsewhere) = (ours[1].to_string(), CheckId::new().to_string());
    for bad in [elsewhere.as_str(), "not-a-check", "0"] {
        let refused = p
            .review(
                ReviewId::new(),
                &NewReview {
                    worked: "The club.",
                    outcome: "close",
                    check: bad,
                    checks: &ours,
                    ..NewReview::default()
                },
                &c.worker,
                &members,
                true,
                NOW,
            )
            .unwrap_err();
        assert_eq!(
            fields(&refused),
            [("check", &Problem::UnknownCheck)],
            "{bad}"
        );
        assert!(p.body.reviews.is_empty() && !p.closed, "nothing applied");
    }
    let named = NewReview {
        worked: "The club.",
        outcome: "carry",
        next_review: "2026-02-01",
        check: &chosen,
        checks: &ours,
        ..NewReview::default()
    };
    p.review(ReviewId::new(), &named, &c.worker, &members, true, NOW)
        .unwrap();
    assert_eq!(p.body.reviews[0].check, Some(ours[1]));
    // None named: none kept; and an older review read back has none.
    let none = NewReview {
        check: " ",
        checks: &ours,
        ..named
    };
    p.review(ReviewId::new(), &none, &c.worker, &members, true, NOW)
        .unwrap();
    assert_eq!(p.body.reviews[1].check, None);
    let json = p.body.to_json().unwrap();
    assert_eq!(json.matches("\"check\"").count(), 1, "{json}");
    let older = json.replace(&format!(",\"check\":\"{chosen}\""), "");
    assert!(
        PlanBody::from_json(&older)
            .unwrap()
            .reviews
            .iter()
            .all(|r| r.check.is_none())
    );
}
