//! The home page's "What needs you" / "New for you": reviews and actions due,
//! and what others shared with the person in their circles since they last
//! looked at the home page, in plain words with a link to each. The rules are
//! core's ([`moves_core::home`]), and so is looking ([`look`]: the visit
//! recorded, the facts `moves digest` shares read, and every circle named
//! audited as read); this words them. Looking at the home page is what counts
//! as a visit; within one sitting the same things stay new.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::routes::circles::circle_path;
use crate::routes::circles::notes::parts_text;
use crate::state::AppState;
use moves_core::home::{Due, DueInCircle, NewForYou, NewsLine, Shared, look, news_lines};
use moves_core::membership::Role;
use moves_core::plan::Day;

/// One line of the section: a sentence and the journal it links to.
pub struct NewLine {
    pub text: String,
    pub href: String,
}

/// The section, for someone working in circles in an organisation.
pub struct WhatsNew {
    pub heading: String,
    pub lines: Vec<NewLine>,
    /// Said when there is nothing new.
    pub empty: String,
}

/// The section for `viewer`, and their visit recorded; `None` for anyone not
/// working in circles of an organisation.
pub async fn for_viewer(
    state: &AppState,
    tr: &Tr,
    viewer: &Viewer,
) -> Result<Option<WhatsNew>, AppError> {
    let Some(facts) = look(&state.ctx, &viewer.actor).await? else {
        return Ok(None);
    };
    // Told as a worker if they are a practitioner in any of their circles;
    // in none yet, if their organisation role is not a family's.
    let works_in_circles = if facts.mine.is_empty() {
        !viewer
            .actor
            .roles
            .iter()
            .all(|r| matches!(r, Role::ParentCarer | Role::YoungPerson))
    } else {
        facts.mine.iter().any(|m| m.role.is_practitioner())
    };
    let lines = facts
        .due
        .into_iter()
        .map(|d| due_line(tr, d))
        .chain(
            news_lines(facts.shared)
                .into_iter()
                .map(|n| news_line(tr, n)),
        )
        .collect();
    let (heading, empty) = if works_in_circles {
        ("home-needs-you", "home-needs-you-empty")
    } else {
        ("home-new-for-you", "home-new-for-you-empty")
    };
    Ok(Some(WhatsNew {
        heading: tr.t(heading),
        lines,
        empty: tr.t(empty),
    }))
}

fn due_line(tr: &Tr, d: DueInCircle) -> NewLine {
    let focus = ("focus", d.focus_name);
    let plan_path = |plan| format!("{}/plans/{plan}", circle_path(d.circle_id));
    match d.due {
        Due::Review { plan, on, overdue } => NewLine {
            text: tr.t_args(
                if overdue {
                    "home-review-overdue"
                } else {
                    "home-review-due"
                },
                &[focus, ("day", day_text(tr, on))],
            ),
            href: plan_path(plan),
        },
        Due::NextReview { plan, on } => NewLine {
            text: tr.t_args("home-next-review", &[focus, ("day", day_text(tr, on))]),
            href: plan_path(plan),
        },
        Due::Action {
            plan,
            what,
            by,
            overdue,
        } => NewLine {
            text: tr.t_args(
                if overdue {
                    "home-action-overdue"
                } else {
                    "home-action-due"
                },
                &[focus, ("day", day_text(tr, by)), ("what", what)],
            ),
            href: plan_path(plan),
        },
        Due::TeamReviewsOverdue { count } => NewLine {
            text: tr.t_count("home-team-reviews-overdue", count, &[focus]),
            href: format!("{}/plans", circle_path(d.circle_id)),
        },
    }
}

fn news_line(tr: &Tr, line: NewsLine) -> NewLine {
    match line {
        NewsLine::One(n) => shared_line(tr, n),
        NewsLine::More {
            circle_id,
            focus_name,
            count,
        } => NewLine {
            text: tr.t_count("home-more-in-circle", count, &[("focus", focus_name)]),
            href: circle_path(circle_id),
        },
    }
}

fn shared_line(tr: &Tr, n: NewForYou) -> NewLine {
    let args = [("person", n.shared_by), ("focus", n.focus_name)];
    match n.what {
        Shared::Notes(count) => NewLine {
            text: tr.t_count("home-new-notes", count, &args),
            href: format!("{}/notes", circle_path(n.circle_id)),
        },
        Shared::Checks { count, latest } => NewLine {
            text: tr.t_count("home-new-checks", count, &args),
            href: if count == 1 {
                format!("{}/checks/{latest}", circle_path(n.circle_id))
            } else {
                format!("{}/checks", circle_path(n.circle_id))
            },
        },
    }
}

fn day_text(tr: &Tr, day: Day) -> String {
    let (year, month, day) = day.parts();
    parts_text(tr, year, month, day)
}
