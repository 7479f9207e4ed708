//! Goals: how many, whose, rated how, and when goals are switched off.

use super::*;
use crate::ids::GoalId;
use crate::text::TextError;

#[test]
fn goals_up_to_three_each_rated_nought_to_ten_and_on_behalf_flagged() {
    let c = Circle::new();
    let mut p = plan_by(&c, &c.worker, "whole_circle");
    for (i, text) in ["Sleep better", "See my friends", "Go to school"]
        .iter()
        .enumerate()
    {
        let score = i.to_string();
        assert_eq!(
            p.add_goal(GoalId::new(), &c.young, &c.young, text, &score, true, NOW),
            Ok(Applied::Changed)
        );
    }
    assert!(p.body.goals.iter().all(|g| !g.byline.is_on_behalf()));
    let fourth = p
        .add_goal(GoalId::new(), &c.young, &c.young, "More", "5", true, NOW)
        .unwrap_err();
    assert_eq!(fields(&fourth), [("owner", &Problem::TooManyGoals)]);

    // Sam types Mum's goal with her: flagged as entered on her behalf.
    let g = GoalId::new();
    p.add_goal(
        g,
        &c.parent,
        &c.worker,
        "Get to the meetings",
        "10",
        true,
        NOW,
    )
    .unwrap();
    assert_eq!(
        p.add_goal(
            g,
            &c.parent,
            &c.worker,
            "Get to the meetings",
            "10",
            true,
            NOW
        ),
        Ok(Applied::AlreadySaved)
    );
    let goal = p.body.goals.last().unwrap();
    assert_eq!(goal.byline.author, c.parent.id);
    assert_eq!(goal.byline.entered_by, Some(c.worker.id));
    assert!(goal.ratings[0].byline.is_on_behalf());
    assert_eq!(goal.latest().map(|r| r.score), Some(10));

    // Mum may not set Nan's goal; ratings outside 0-10 are refused.
    let problems = p
        .add_goal(GoalId::new(), &c.nan, &c.parent, "", "11", true, NOW)
        .unwrap_err();
    assert_eq!(
        fields(&problems),
        [
            ("owner", &Problem::NotForOthers),
            ("goal_text", &Problem::Text(TextError::Empty)),
            ("score", &Problem::Score(ScoreError::OutOfRange)),
        ]
    );
    // Switched off: no goals at all.
    let off = p
        .add_goal(GoalId::new(), &c.nan, &c.nan, "Walk", "3", false, NOW)
        .unwrap_err();
    assert_eq!(fields(&off), [("goal", &Problem::GoalsOff)]);
    assert_eq!(p.body.goals.len(), 4);
}
