//! The history of what was agreed, as the check page shows it: one line per
//! change of a move's agreed answer, newest first, each saying who changed
//! it, when, and what it was before and after, in words and symbols.

use crate::i18n::Tr;
use crate::routes::circles::checks::{day_and_time, status_label, status_symbol};
use moves_core::check::{AgreedChange, Answer};
use moves_core::circle::CircleMember;
use moves_core::framework::adaptation::AdaptedFramework;

/// An agreed answer in words: its symbol, its label and its note.
fn agreed_text(tr: &Tr, a: Option<&Answer>) -> String {
    match a {
        None => tr.t("checks-history-nothing"),
        Some(a) => {
            let mut text = format!(
                "{} {}",
                status_symbol(tr, a.status),
                status_label(tr, a.status)
            );
            if let Some(n) = &a.note {
                text.push_str(" — ");
                text.push_str(n);
            }
            text
        }
    }
}

pub fn history_lines(
    tr: &Tr,
    framework: &AdaptedFramework,
    members: &[CircleMember],
    changes: &[AgreedChange],
) -> Vec<String> {
    changes
        .iter()
        .map(|c| {
            let who = members.iter().find(|m| m.id == c.by).map_or_else(
                || tr.t("checks-history-someone"),
                |m| m.display_name.clone(),
            );
            let label = framework
                .framework
                .move_by_id(c.move_id.as_str())
                .map_or_else(|| c.move_id.to_string(), |m| m.label.text.clone());
            tr.t_args(
                "checks-history-line",
                &[
                    ("who", who),
                    ("when", day_and_time(c.at)),
                    ("move", label),
                    ("before", agreed_text(tr, c.before.as_ref())),
                    ("after", agreed_text(tr, c.after.as_ref())),
                ],
            )
        })
        .collect()
}
