//! Counts per compartment over time as charts drawn on the server: one small
//! picture per compartment, one bar per check (oldest at the top) under its
//! day, each bar cut into the number of moves in place, partly, not yet, not
//! for now and not answered, filled with the same colours and patterns as the
//! framework picture and labelled with the count. The page's tables say the
//! same, so the charts are hidden from screen readers.
//!
//! A picture per compartment, narrow enough for a phone, lets the page set
//! them side by side where there is room and stack them on a phone, where
//! each is drawn at least as large as the body text.

use crate::routes::circles::checks::day;
use crate::routes::circles::progress::rows::status_code;
use crate::routes::framework::picture::wrap;
use askama::Template;
use moves_core::check::AnswerStatus;
use moves_core::framework::adaptation::AdaptedFramework;
use moves_core::progress::CountsAt;

const WIDTH: u32 = 240;
const MARGIN: u32 = 8;
/// The compartment's name: its lines, and roughly how many bold 15 px
/// characters fit on one beside its colour's square.
const HEAD_LINE: u32 = 20;
const HEAD_CHARS: usize = 22;
/// The check's day, on its own line above its bar.
const DAY_LINE: u32 = 18;
const BAR_HEIGHT: u32 = 20;
const ROW: u32 = DAY_LINE + BAR_HEIGHT + 8;
/// A piece narrower than this has no room for its count.
const MIN_LABELLED: u32 = 18;

pub struct Piece {
    pub x: u32,
    pub width: u32,
    pub code: &'static str,
    pub count: Option<u32>,
}

pub struct Bar {
    /// The top of the bar; its day is written above it.
    pub y: u32,
    pub label: String,
    pub pieces: Vec<Piece>,
}

pub struct Panel {
    /// The ids of this panel's patterns start with it (ids are page-wide).
    pub prefix: String,
    pub height: u32,
    pub colour: String,
    /// The compartment's name, one baseline per line.
    pub label: Vec<(u32, String)>,
    pub lang: String,
    pub bars: Vec<Bar>,
}

#[derive(Template)]
#[template(path = "circles/progress/chart.html")]
pub struct CountsChart {
    pub width: u32,
    pub margin: u32,
    pub bar_height: u32,
    pub panels: Vec<Panel>,
}

/// A bar's pieces before drawing: each status (or not answered) and its count.
type Parts = Vec<(Option<AnswerStatus>, u32)>;

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl CountsChart {
    pub fn new(fw: &AdaptedFramework, counted: &[CountsAt<'_>]) -> Self {
        let mut compartments: Vec<_> = fw.framework.compartments.iter().collect();
        compartments.sort_by_key(|c| c.order);
        let bar_room = WIDTH - 2 * MARGIN;
        let mut panels = Vec::new();
        for (i, c) in compartments.into_iter().enumerate() {
            let rows: Vec<(&CountsAt<'_>, Parts)> = counted
                .iter()
                .filter_map(|at| {
                    let n = at.counts.iter().find(|n| n.compartment == c.id)?;
                    let parts = n
                        .by_status
                        .iter()
                        .map(|(s, k)| (Some(*s), *k))
                        .chain([(None, n.left)])
                        .collect();
                    Some((at, parts))
                })
                .collect();
            let most = rows
                .iter()
                .map(|(_, parts)| parts.iter().map(|(_, k)| k).sum::<u32>())
                .max()
                .unwrap_or(0)
                .max(1);
            let label: Vec<(u32, String)> = wrap(&c.label.text, HEAD_CHARS)
                .into_iter()
                .enumerate()
                .map(|(n, line)| (MARGIN + 16 + to_u32(n) * HEAD_LINE, line))
                .collect();
            let head = to_u32(label.len()) * HEAD_LINE + 8;
            let mut bars = Vec::new();
            for (r, (at, parts)) in rows.iter().enumerate() {
                let bar_y = MARGIN + head + to_u32(r) * ROW + DAY_LINE;
                let mut x = MARGIN;
                let mut pieces = Vec::new();
                for (status, k) in parts {
                    if *k == 0 {
                        continue;
                    }
                    let width = k * bar_room / most;
                    pieces.push(Piece {
                        x,
                        width,
                        code: status_code(*status),
                        count: (width >= MIN_LABELLED).then_some(*k),
                    });
                    x += width;
                }
                bars.push(Bar {
                    y: bar_y,
                    label: day(at.check.started_at),
                    pieces,
                });
            }
            panels.push(Panel {
                prefix: format!("pc{i}"),
                height: MARGIN + head + to_u32(rows.len()) * ROW - 8 + MARGIN,
                colour: c.colour.clone(),
                label,
                lang: c.label.lang.clone(),
                bars,
            });
        }
        CountsChart {
            width: WIDTH,
            margin: MARGIN,
            bar_height: BAR_HEIGHT,
            panels,
        }
    }
}
