//! `GET /circles/{id}/people`: who can see this circle. Every member, their
//! role, and what each can see, in plain words; and the managers of its team,
//! who can open it without being in it. Each member's lines end with what
//! they have to do with the sharing agreements.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::overview::decider_text;
use crate::routes::circles::role_label;
use crate::state::AppState;
use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::circle::agreement::decider;
use moves_core::circle::people::{People, people};
use moves_core::circle::{Audience, Byline, CircleAccess, CircleMember};

pub struct PersonRow {
    pub name: String,
    pub role: String,
    pub relationship: Option<String>,
    pub sees: Vec<String>,
    pub is_you: bool,
}

#[derive(Template)]
#[template(path = "circles/people.html")]
struct PeoplePage {
    layout: Layout,
    id: String,
    focus_name: String,
    people: Vec<PersonRow>,
    team: Option<String>,
    decider: String,
}

/// What one member sees, from the audience rule in core: the kinds of
/// contribution that reach them, and whether the focus person's protected
/// details do.
fn sees(tr: &Tr, m: &CircleMember, protected: bool) -> Vec<String> {
    let member = CircleAccess::Member(m.clone());
    let someone_else = Byline::own(moves_core::ids::CircleMemberId::new());
    let mut out = Vec::new();
    if member.sees(Audience::WholeCircle, &someone_else) {
        out.push(tr.t("circles-sees-whole-circle"));
    }
    if member.sees(Audience::Practitioners, &someone_else) {
        out.push(tr.t("circles-sees-practitioners"));
    }
    out.push(if member.sees(Audience::Restricted, &someone_else) {
        tr.t("circles-sees-restricted")
    } else {
        tr.t("circles-sees-restricted-exists")
    });
    out.push(tr.t("circles-sees-own-drafts"));
    if protected {
        out.push(if member.is_practitioner_in_circle() {
            tr.t("circles-sees-protected-details")
        } else {
            tr.t("circles-sees-no-protected-details")
        });
    }
    if m.user_id.is_none() {
        out.push(tr.t("circles-sees-no-account"));
    }
    out
}

/// What one member has to do with sharing agreements: everyone reads them;
/// the person who decides (with an account) and the practitioners record them.
fn agreements_line(tr: &Tr, m: &CircleMember, decider: Option<&CircleMember>) -> String {
    let decides = decider.is_some_and(|d| d.id == m.id);
    if decides && m.user_id.is_some() {
        tr.t("sharing-people-decides")
    } else if decides {
        tr.t("sharing-people-decides-no-account")
    } else if m.role.is_practitioner() && m.user_id.is_some() {
        tr.t("sharing-people-records-with")
    } else {
        tr.t("sharing-people-reads")
    }
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
) -> Result<Response, AppError> {
    let People { open, team } = people(&state.ctx, &worker.actor, ids.circle()?).await?;
    let c = &open.circle;
    let people = open
        .members
        .iter()
        .map(|m| PersonRow {
            name: m.display_name.clone(),
            role: role_label(&tr, m.role),
            relationship: m.relationship.clone(),
            sees: {
                let mut lines = sees(&tr, m, c.protected_identity);
                lines.push(agreements_line(&tr, m, decider(&open)));
                lines
            },
            is_you: m.user_id.is_some() && m.user_id == viewer.actor.user,
        })
        .collect();
    let team = team.map(|t| tr.t_args("circles-team-managers-see", &[("team", t.name)]));
    let title = tr.t_args("circles-people-title", &[("name", c.focus_name.clone())]);
    let page = PeoplePage {
        id: c.id.to_string(),
        focus_name: c.focus_name.clone(),
        people,
        team,
        decider: decider_text(&tr, &open),
        layout: Layout::for_viewer(tr, title, &viewer),
    };
    render_page(&page, StatusCode::OK, [])
}
