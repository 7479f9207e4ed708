//! The framework picture coloured by the latest status of each move: the
//! public picture's layout (`routes/framework/picture.rs`) with a line of
//! room below each move's label, where its status is written, and each box
//! filled with its status's colour and pattern. Status never rests on colour
//! alone: the words and a symbol are in the box, and the page's table says
//! the same.

use crate::i18n::Tr;
use crate::routes::circles::progress::rows::{shown_moves, status_code, status_words};
use crate::routes::framework::picture::{Block, Column, Line, Picture, line_below};
use askama::Template;
use moves_core::framework::MoveId;
use moves_core::framework::adaptation::AdaptedFramework;
use moves_core::progress::Latest;
use std::collections::BTreeMap;

pub struct Status {
    /// `in_place`, …, or `none`: the pattern to fill with.
    pub code: &'static str,
    pub line: Line,
}

#[derive(Template)]
#[template(path = "circles/progress/picture.svg")]
pub struct ProgressPicture {
    pub prefix: &'static str,
    pub width: u32,
    pub height: u32,
    pub column_width: u32,
    pub columns_top: u32,
    pub title: String,
    pub desc: String,
    /// The framework's title, as the public picture has it.
    pub heading: Block,
    pub columns: Vec<Column>,
    /// One per move of each column, in the same order.
    pub statuses: Vec<Vec<Status>>,
}

impl ProgressPicture {
    pub fn new(tr: &Tr, fw: &AdaptedFramework, found: &BTreeMap<MoveId, Latest<'_>>) -> Self {
        // The moves offered, and any hidden one that has an answer.
        let mut shown = fw.framework.clone();
        let keep: Vec<MoveId> = fw
            .framework
            .compartments
            .iter()
            .flat_map(|c| shown_moves(fw, c.id.as_str(), |id| found.contains_key(id)))
            .map(|m| m.id.clone())
            .collect();
        shown.moves.retain(|m| keep.contains(&m.id));
        let drawn = Picture::with_room(tr, &shown, 1);
        let statuses = drawn
            .columns
            .iter()
            .map(|c| {
                c.moves
                    .iter()
                    .zip(&c.move_ids)
                    .map(|(b, id)| {
                        let status = MoveId::parse(id)
                            .ok()
                            .and_then(|id| found.get(&id))
                            .map(|l| l.status);
                        let lines = u32::try_from(b.text.lines.len()).unwrap_or(0);
                        Status {
                            code: status_code(status),
                            line: Line {
                                x: b.x + 8,
                                y: line_below(b, lines),
                                text: status_words(tr, status),
                            },
                        }
                    })
                    .collect()
            })
            .collect();
        ProgressPicture {
            prefix: "pp",
            width: drawn.width,
            // The noble truths' band is left out: statuses are of moves.
            height: drawn.band.y,
            column_width: drawn.column_width,
            columns_top: drawn.columns_top,
            title: tr.t("progress-picture-title"),
            desc: tr.t("progress-picture-desc"),
            heading: drawn.heading,
            columns: drawn.columns,
            statuses,
        }
    }
}
