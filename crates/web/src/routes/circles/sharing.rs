//! What every form that shares something in a circle has in common: the
//! author's choice of audience, each choice naming in plain words who will
//! see it (so the author is told before anything is shared, with or without
//! JavaScript), and the line that says who a contribution is by ("entered by
//! X with Y"). Notes, checks and plans all use these.

use crate::i18n::Tr;
use moves_core::circle::{Audience, Byline, CircleAccess, CircleMember, OpenCircle};
use moves_core::ids::CircleMemberId;

/// One radio button of the audience choice (`circles/_audience.html`).
pub struct AudienceChoice {
    pub value: &'static str,
    pub label: String,
    /// Who will see it, by name.
    pub who: String,
    pub checked: bool,
}

pub fn audience_label(tr: &Tr, audience: Audience) -> String {
    tr.t(&format!(
        "circles-audience-{}",
        audience.as_str().replace('_', "-")
    ))
}

/// The audiences `chooser` may pick for a contribution with `byline`, each
/// with the names it reaches; `selected` is checked (a draft when none is).
pub fn audience_choices(
    tr: &Tr,
    open: &OpenCircle,
    chooser: &CircleMember,
    byline: &Byline,
    restricted_allowed: bool,
    selected: Option<Audience>,
) -> Vec<AudienceChoice> {
    let selected = selected.unwrap_or(Audience::OnlyMe);
    Audience::choices(chooser.role, restricted_allowed)
        .into_iter()
        .map(|a| AudienceChoice {
            value: a.as_str(),
            label: audience_label(tr, a),
            who: who_sees(tr, a, byline, open),
            checked: a == selected,
        })
        .collect()
}

/// "Seen by you, A and B", the team's managers when the circle has a team,
/// and for a restricted note who is told it exists. Only people with an
/// account can see anything, so only they are named; the reader is "you".
pub fn who_sees(tr: &Tr, audience: Audience, byline: &Byline, open: &OpenCircle) -> String {
    let reader = match &open.access {
        CircleAccess::Member(m) => Some(m.id),
        CircleAccess::TeamManager => None,
    };
    let reached: Vec<&CircleMember> = audience
        .members_reached(byline, &open.members)
        .into_iter()
        .filter(|m| m.user_id.is_some())
        .collect();
    let you = reached.iter().any(|m| Some(m.id) == reader);
    let names: Vec<String> = you
        .then(|| tr.t("circles-audience-you"))
        .into_iter()
        .chain(
            reached
                .iter()
                .filter(|m| Some(m.id) != reader)
                .map(|m| m.display_name.clone()),
        )
        .collect();
    let mut who = tr.t_args(
        "circles-audience-seen-by",
        &[("names", join_names(tr, &names))],
    );
    if audience.reaches_team_managers() && open.circle.team_id.is_some() {
        who.push(' ');
        who.push_str(&tr.t("circles-audience-and-team-managers"));
    }
    if audience.shows_that_it_exists() {
        who.push(' ');
        who.push_str(&tr.t("circles-audience-others-told"));
    }
    who
}

/// "A", "A and B", "A, B and C".
fn join_names(tr: &Tr, names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => tr.t_args(
            "circles-names-and",
            &[("names", init.join(", ")), ("last", last.clone())],
        ),
    }
}

fn name_of(members: &[CircleMember], id: CircleMemberId) -> String {
    members
        .iter()
        .find(|m| m.id == id)
        .map(|m| m.display_name.clone())
        .unwrap_or_else(String::new)
}

/// "By Y", or "Entered by X with Y" when someone typed it with them.
pub fn byline_text(tr: &Tr, byline: &Byline, members: &[CircleMember]) -> String {
    let author = name_of(members, byline.author);
    match byline.entered_by {
        Some(typist) => tr.t_args(
            "circles-entered-by-with",
            &[("typist", name_of(members, typist)), ("author", author)],
        ),
        None => tr.t_args("circles-by", &[("author", author)]),
    }
}
