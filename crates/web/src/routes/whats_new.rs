//! The home page's "What needs you" / "New for you": what others shared with
//! the person in their circles since they last looked at the home page, in
//! plain words with a link to each circle's journal. The rules are core's
//! ([`moves_core::circle::whats_new`]); this reads the store (one query per
//! kind of thing over all their circles) and words it. Looking at the home
//! page is what counts as a visit, so each thing is told once.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use moves_core::circle::new_for_you;
use moves_core::membership::Role;
use moves_core::permission::Capability;

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
    let (Some(org), Some(user)) = (viewer.actor.org, viewer.actor.user) else {
        return Ok(None);
    };
    if !viewer.actor.may(Capability::WorkInOwnCircles) {
        return Ok(None);
    }
    let last_visit = state.store.visit_home(org, user, state.clock.now()).await?;
    let circles: Vec<_> = state
        .store
        .circles_of_user(org, user)
        .await?
        .into_iter()
        .map(|s| s.circle)
        .collect();
    let members = state.store.members_of_circles_of_user(org, user).await?;
    let notes = state
        .store
        .notes_shared_in_circles_of_user(org, user, last_visit)
        .await?;
    // Told as a worker if they are a practitioner in any of their circles;
    // in none yet, if their organisation role is not a family's.
    let mine: Vec<_> = members.iter().filter(|m| m.user_id == Some(user)).collect();
    let works_in_circles = if mine.is_empty() {
        !viewer
            .actor
            .roles
            .iter()
            .all(|r| matches!(r, Role::ParentCarer | Role::YoungPerson))
    } else {
        mine.iter().any(|m| m.role.is_practitioner())
    };
    let lines = new_for_you(&viewer.actor, &circles, &members, &notes)
        .into_iter()
        .map(|n| {
            let key = if n.notes == 1 {
                "home-new-note"
            } else {
                "home-new-notes"
            };
            NewLine {
                text: tr.t_args(
                    key,
                    &[
                        ("person", n.shared_by),
                        ("focus", n.focus_name),
                        ("count", n.notes.to_string()),
                    ],
                ),
                href: format!("/circles/{}/notes", n.circle_id),
            }
        })
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
