//! Counts per compartment over time as a chart drawn on the server: one
//! panel per compartment, one bar per check (oldest at the top), each bar cut
//! into the number of moves in place, partly, not yet, not for now and not
//! answered, filled with the same colours and patterns as the picture and
//! labelled with the count. The page's tables say the same, so the chart is
//! hidden from screen readers.

use crate::i18n::Tr;
use crate::routes::circles::checks::day;
use crate::routes::circles::progress::rows::status_code;
use askama::Template;
use moves_core::check::AnswerStatus;
use moves_core::framework::adaptation::AdaptedFramework;
use moves_core::progress::CountsAt;

const WIDTH: u32 = 640;
const MARGIN: u32 = 12;
/// Room for the check's day at the left of its bar.
const LABEL_WIDTH: u32 = 104;
const BAR_HEIGHT: u32 = 18;
const ROW: u32 = 24;
const HEAD: u32 = 28;
const PANEL_GAP: u32 = 14;
/// A piece narrower than this has no room for its count.
const MIN_LABELLED: u32 = 18;

pub struct Piece {
    pub x: u32,
    pub width: u32,
    pub code: &'static str,
    pub count: Option<u32>,
}

pub struct Bar {
    pub y: u32,
    pub label: String,
    pub pieces: Vec<Piece>,
}

pub struct Panel {
    pub y: u32,
    pub colour: String,
    pub label: String,
    pub lang: String,
    pub bars: Vec<Bar>,
}

#[derive(Template)]
#[template(path = "circles/progress/chart.svg")]
pub struct CountsChart {
    pub prefix: &'static str,
    pub width: u32,
    pub height: u32,
    pub label_x: u32,
    pub bar_height: u32,
    pub title: String,
    pub desc: String,
    pub panels: Vec<Panel>,
}

/// A bar's pieces before drawing: each status (or not answered) and its count.
type Parts = Vec<(Option<AnswerStatus>, u32)>;

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl CountsChart {
    pub fn new(tr: &Tr, fw: &AdaptedFramework, counted: &[CountsAt<'_>]) -> Self {
        let mut compartments: Vec<_> = fw.framework.compartments.iter().collect();
        compartments.sort_by_key(|c| c.order);
        let bar_room = WIDTH - 2 * MARGIN - LABEL_WIDTH;
        let mut y = MARGIN;
        let mut panels = Vec::new();
        for c in compartments {
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
            let panel_y = y;
            let mut bars = Vec::new();
            for (i, (at, parts)) in rows.iter().enumerate() {
                let bar_y = panel_y + HEAD + to_u32(i) * ROW;
                let mut x = MARGIN + LABEL_WIDTH;
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
            y = panel_y + HEAD + to_u32(rows.len()) * ROW + PANEL_GAP;
            panels.push(Panel {
                y: panel_y,
                colour: c.colour.clone(),
                label: c.label.text.clone(),
                lang: c.label.lang.clone(),
                bars,
            });
        }
        CountsChart {
            prefix: "pc",
            width: WIDTH,
            height: y + MARGIN - PANEL_GAP,
            label_x: MARGIN,
            bar_height: BAR_HEIGHT,
            title: tr.t("progress-chart-title"),
            desc: tr.t("progress-chart-desc"),
            panels,
        }
    }
}
