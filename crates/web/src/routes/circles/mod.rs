//! Circles: `/circles` (the circles one is in, or manages), `/circles/new`,
//! and the pages of one circle under `/circles/{id}`: its overview, its
//! members, closing and reopening it, who can see it, its journal of notes
//! and its export for a subject access request.
//!
//! Every page of one circle reads it through `moves_core::circle::open_circle`,
//! which decides access and audits the read before anything is shown; anyone
//! who may not open the circle (or names one of another organisation) gets 404.
//! Changes carry the version the form was made from, so a stale form is
//! refused and the person told, with what they typed kept.

pub mod checks;
pub mod decider;
pub mod export;
pub mod export_page;
pub mod family_invite;
pub mod list;
pub mod members;
pub mod new;
pub mod notes;
pub mod overview;
pub mod people;
pub mod plans;
pub mod progress;
pub mod sharing;
pub mod sharing_agreements;
pub mod status;

use crate::i18n::Tr;
use moves_core::circle::{Birth, CircleRole};
use moves_core::ids::CircleId;
use moves_core::text::TextError;

pub const CIRCLES_PATH: &str = "/circles";

pub fn circle_path(id: CircleId) -> String {
    format!("{CIRCLES_PATH}/{id}")
}

/// The message for a refused text field; `field` is the start of its keys.
pub fn text_error(tr: &Tr, field: &str, e: &TextError) -> String {
    match e {
        TextError::Empty => tr.t(&format!("{field}-missing")),
        TextError::TooLong { max } => tr.t_args("circles-too-long", &[("max", max.to_string())]),
        TextError::ControlCharacter { .. } => tr.t("circles-hidden-character"),
    }
}

pub fn role_label(tr: &Tr, role: CircleRole) -> String {
    tr.t(&format!("circles-role-{}", role.as_str().replace('_', "-")))
}

pub fn birth_label(tr: &Tr, birth: &Birth) -> String {
    match birth {
        Birth::Date(d) => tr.t_args("circles-born", &[("date", d.as_iso())]),
        Birth::Band(b) => tr.t_args("circles-age-band-shown", &[("band", b.as_str().to_owned())]),
    }
}

/// A version field as sent; anything unreadable counts as stale.
pub fn sent_version(raw: &str) -> i64 {
    raw.trim().parse().unwrap_or(-1)
}
