//! The framework picture coloured by the latest status of each move: the
//! public picture's columns (`routes/framework/picture.rs`) with a line of
//! room below each move's label, where its status is written, and each box
//! filled with its status's colour and pattern. Status never rests on colour
//! alone: the words and a symbol are in the box, and the page's table says
//! the same.
//!
//! Each compartment is drawn as a picture of its own, so the page can set
//! them side by side where there is room and stack them on a phone: the
//! five columns in one picture, shrunk to a 360 px screen, drew their words
//! a third of the body text's size.

use crate::i18n::Tr;
use crate::routes::circles::progress::rows::{shown_moves, status_code, status_words};
use crate::routes::framework::picture::{Column, INSET, Line, Picture, line_below};
use askama::Template;
use moves_core::framework::MoveId;
use moves_core::framework::adaptation::AdaptedFramework;
use moves_core::progress::Latest;
use std::collections::BTreeMap;

/// Room around a column, for its border's stroke.
const EDGE: u32 = 2;

pub struct Status {
    /// `in_place`, …, or `none`: the pattern to fill with.
    pub code: &'static str,
    pub line: Line,
}

/// One compartment's picture.
pub struct Compartment {
    /// The ids of this picture's patterns start with it (ids are page-wide).
    pub prefix: String,
    pub width: u32,
    pub height: u32,
    /// Moves the column, laid out among the others, to this picture's corner.
    pub dx: i64,
    pub dy: i64,
    pub column: Column,
    /// One per move of the column, in the same order.
    pub statuses: Vec<Status>,
}

#[derive(Template)]
#[template(path = "circles/progress/picture.html")]
pub struct ProgressPicture {
    pub column_width: u32,
    pub columns_top: u32,
    pub compartments: Vec<Compartment>,
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
        let compartments = drawn
            .columns
            .into_iter()
            .enumerate()
            .map(|(i, mut column)| {
                // As tall as its own moves: the shared picture makes every
                // column as tall as the tallest, which stacked on a phone
                // left a screen of empty column below the short ones.
                column.height = column
                    .moves
                    .last()
                    .map_or(column.header_height, |b| b.y + b.height - drawn.columns_top)
                    + INSET;
                let statuses = column
                    .moves
                    .iter()
                    .zip(&column.move_ids)
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
                    .collect();
                Compartment {
                    prefix: format!("pp{i}"),
                    width: drawn.column_width + 2 * EDGE,
                    height: column.height + 2 * EDGE,
                    dx: i64::from(EDGE) - i64::from(column.x),
                    dy: i64::from(EDGE) - i64::from(drawn.columns_top),
                    column,
                    statuses,
                }
            })
            .collect();
        ProgressPicture {
            column_width: drawn.column_width,
            columns_top: drawn.columns_top,
            compartments,
        }
    }
}
