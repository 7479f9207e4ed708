//! Progress at a glance as a picture: one row of small squares per
//! compartment, one square per move, filled with its latest status's colour
//! and pattern (the legend's). It fits a phone's screen where the full
//! picture, with every move's words, takes several. The sentences beside it
//! say the same in words, so the picture is hidden from screen readers.

use crate::routes::circles::progress::rows::{shown_moves, status_code};
use askama::Template;
use moves_core::framework::MoveId;
use moves_core::framework::adaptation::AdaptedFramework;
use moves_core::progress::Latest;
use std::collections::BTreeMap;

const SQUARE: u32 = 20;
const GAP: u32 = 4;
const LABEL: u32 = 20;
const ROW: u32 = LABEL + SQUARE + 12;

pub struct Square {
    pub x: u32,
    pub code: &'static str,
    pub label: String,
}

pub struct Row {
    pub y: u32,
    pub label: String,
    pub lang: String,
    pub colour: String,
    pub squares: Vec<Square>,
}

#[derive(Template)]
#[template(path = "circles/progress/glance.html")]
pub struct GlancePicture {
    pub width: u32,
    pub height: u32,
    pub rows: Vec<Row>,
    pub square: u32,
    pub label_height: u32,
}

impl GlancePicture {
    pub fn new(fw: &AdaptedFramework, found: &BTreeMap<MoveId, Latest<'_>>) -> Self {
        let mut compartments: Vec<_> = fw.framework.compartments.iter().collect();
        compartments.sort_by_key(|c| c.order);
        let rows: Vec<Row> = compartments
            .into_iter()
            .enumerate()
            .map(|(i, c)| Row {
                y: u32::try_from(i).unwrap_or(0) * ROW,
                label: c.label.text.clone(),
                lang: c.label.lang.clone(),
                colour: c.colour.clone(),
                squares: shown_moves(fw, c.id.as_str(), |id| found.contains_key(id))
                    .into_iter()
                    .enumerate()
                    .map(|(j, m)| Square {
                        x: u32::try_from(j).unwrap_or(0) * (SQUARE + GAP) + 1,
                        code: status_code(found.get(&m.id).map(|l| l.status)),
                        label: m.label.text.clone(),
                    })
                    .collect(),
            })
            .collect();
        let widest = rows.iter().map(|r| r.squares.len()).max().unwrap_or(0);
        GlancePicture {
            width: u32::try_from(widest).unwrap_or(0) * (SQUARE + GAP) + 2,
            height: u32::try_from(rows.len()).unwrap_or(0) * ROW,
            rows,
            square: SQUARE,
            label_height: LABEL,
        }
    }
}
