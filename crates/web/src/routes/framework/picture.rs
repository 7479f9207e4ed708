//! The picture of the framework, drawn on the server as SVG: one column per
//! compartment, headed by its name in white on its colour, with its moves in
//! boxes below, and the noble truths in a band underneath. SVG has no automatic
//! line breaks, so labels are wrapped here by an estimate of their width.
//!
//! Colours are set with presentation attributes, never `style`, so the picture
//! keeps working under the site's Content Security Policy.

use crate::i18n::Tr;
use askama::Template;
use moves_core::framework::ResolvedFramework;

const MARGIN: u32 = 16;
const COLUMN_WIDTH: u32 = 224;
const GAP: u32 = 12;
const TITLE_FONT: u32 = 20;
const TITLE_LINE: u32 = 24;
/// Roughly how many 20 px characters fit across the picture.
const TITLE_CHARS: usize = 90;
/// Inside a column: space between the column's edge and a move's box.
pub const INSET: u32 = 8;
/// Inside a box: space between its edge and the text.
const PADDING: u32 = 8;

const HEADER_FONT: u32 = 16;
const HEADER_LINE: u32 = 20;
/// Roughly how many bold 16 px characters fit across a column's header.
const HEADER_CHARS: usize = 20;
const MOVE_FONT: u32 = 13;
const MOVE_LINE: u32 = 17;
/// Roughly how many 13 px characters fit across a move's box.
const MOVE_CHARS: usize = 26;
const MOVE_GAP: u32 = 6;
const BAND_LABEL_HEIGHT: u32 = 26;

pub struct Line {
    pub x: u32,
    pub y: u32,
    pub text: String,
}

/// A piece of wrapped text in one language.
pub struct Block {
    pub lang: String,
    pub lines: Vec<Line>,
}

pub struct MoveBox {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    pub text: Block,
}

pub struct Column {
    pub x: u32,
    pub colour: String,
    pub header_height: u32,
    pub height: u32,
    pub header: Block,
    pub moves: Vec<MoveBox>,
    /// The id of each move, in the order of `moves`.
    pub move_ids: Vec<String>,
}

pub struct Band {
    pub y: u32,
    pub height: u32,
    pub label: Line,
    pub truths: Vec<MoveBox>,
}

#[derive(Template)]
#[template(path = "framework/picture.svg")]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub column_width: u32,
    pub title: String,
    pub desc: String,
    pub heading: Block,
    /// Where the columns start, below the heading.
    pub columns_top: u32,
    pub columns: Vec<Column>,
    pub band: Band,
}

/// Breaks `text` into lines of at most `max` characters, at spaces where it
/// can; a word longer than a line is cut.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > max {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let rest = word.split_off(max);
            lines.push(word.into_iter().collect());
            word = rest;
        }
        let word: String = word.into_iter().collect();
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if !line.is_empty() && needed > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Lines of text from `top` down, each `step` apart, with the first baseline
/// placed for a font of `size`.
fn block(lang: &str, lines: Vec<String>, x: u32, top: u32, size: u32, step: u32) -> Block {
    let lines = lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| Line {
            x,
            y: top + size + to_u32(i) * step,
            text,
        })
        .collect();
    Block {
        lang: lang.to_owned(),
        lines,
    }
}

/// A box for wrapped `text`, with room for `extra` more lines below it.
fn text_box(
    lang: &str,
    text: &str,
    (x, y): (u32, u32),
    width: u32,
    chars: usize,
    extra: u32,
) -> MoveBox {
    let lines = wrap(text, chars);
    let height = (to_u32(lines.len()) + extra) * MOVE_LINE + 2 * PADDING - (MOVE_LINE - MOVE_FONT);
    MoveBox {
        x,
        y,
        width,
        height,
        text: block(
            lang,
            lines,
            x + PADDING,
            y + PADDING - 2,
            MOVE_FONT,
            MOVE_LINE,
        ),
    }
}

/// The baseline of a line of move text drawn `n` lines below the first.
pub fn line_below(b: &MoveBox, n: u32) -> u32 {
    b.y + PADDING - 2 + MOVE_FONT + n * MOVE_LINE
}

impl Picture {
    pub fn new(tr: &Tr, fw: &ResolvedFramework) -> Self {
        Self::with_room(tr, fw, 0)
    }

    /// The picture with room for `extra` lines of text below each move's
    /// label (the progress page writes each move's status there).
    pub fn with_room(tr: &Tr, fw: &ResolvedFramework, extra: u32) -> Self {
        let count = to_u32(fw.compartments.len().max(1));
        let width = 2 * MARGIN + count * COLUMN_WIDTH + (count - 1) * GAP;
        let title_lines = wrap(&fw.title.text, TITLE_CHARS);
        let columns_top = MARGIN + to_u32(title_lines.len()) * TITLE_LINE + GAP;
        let heading = block(
            &fw.title.lang,
            title_lines,
            MARGIN,
            MARGIN,
            TITLE_FONT,
            TITLE_LINE,
        );

        let mut columns = Vec::new();
        for (i, c) in fw.compartments.iter().enumerate() {
            let x = MARGIN + to_u32(i) * (COLUMN_WIDTH + GAP);
            let header_lines = wrap(&c.label.text, HEADER_CHARS);
            let header_height = to_u32(header_lines.len()) * HEADER_LINE + 2 * PADDING;
            let header = block(
                &c.label.lang,
                header_lines,
                x + PADDING + 2,
                columns_top + PADDING - 2,
                HEADER_FONT,
                HEADER_LINE,
            );
            let mut y = columns_top + header_height + INSET;
            let mut moves = Vec::new();
            let mut move_ids = Vec::new();
            for m in fw.moves_in(c.id.as_str()) {
                move_ids.push(m.id.to_string());
                let b = text_box(
                    &m.label.lang,
                    &m.label.text,
                    (x + INSET, y),
                    COLUMN_WIDTH - 2 * INSET,
                    MOVE_CHARS,
                    extra,
                );
                y += b.height + MOVE_GAP;
                moves.push(b);
            }
            columns.push(Column {
                x,
                colour: c.colour.clone(),
                header_height,
                height: y - columns_top + INSET - MOVE_GAP,
                header,
                moves,
                move_ids,
            });
        }
        let tallest = columns.iter().map(|c| c.height).max().unwrap_or(0);
        // Every column as tall as the tallest, so the picture reads as one block.
        for column in &mut columns {
            column.height = tallest;
        }

        let band_top = columns_top + tallest + GAP;
        let truths_count = to_u32(fw.noble_truths.len().max(1));
        let inner = width - 2 * MARGIN - 2 * INSET;
        let truth_width = (inner - (truths_count - 1) * GAP) / truths_count;
        let truth_chars = usize::try_from((truth_width - 2 * PADDING) / 8).unwrap_or(20);
        let truths: Vec<MoveBox> = fw
            .noble_truths
            .iter()
            .enumerate()
            .map(|(i, n)| {
                text_box(
                    &n.label.lang,
                    &n.label.text,
                    (
                        MARGIN + INSET + to_u32(i) * (truth_width + GAP),
                        band_top + BAND_LABEL_HEIGHT + INSET,
                    ),
                    truth_width,
                    truth_chars,
                    0,
                )
            })
            .collect();
        let truths_height = truths.iter().map(|t| t.height).max().unwrap_or(0);
        let band_height = BAND_LABEL_HEIGHT + truths_height + 2 * INSET;
        let band = Band {
            y: band_top,
            height: band_height,
            label: Line {
                x: MARGIN + INSET,
                y: band_top + BAND_LABEL_HEIGHT,
                text: tr.t("framework-picture-noble-truths"),
            },
            truths,
        };

        let list = |labels: Vec<&str>| labels.join(", ");
        let desc = tr.t_args(
            "framework-picture-desc",
            &[
                (
                    "compartments",
                    list(
                        fw.compartments
                            .iter()
                            .map(|c| c.label.text.as_str())
                            .collect(),
                    ),
                ),
                (
                    "truths",
                    list(
                        fw.noble_truths
                            .iter()
                            .map(|n| n.label.text.as_str())
                            .collect(),
                    ),
                ),
            ],
        );
        Picture {
            width,
            height: band_top + band_height + MARGIN,
            column_width: COLUMN_WIDTH,
            title: tr.t("framework-picture-title"),
            desc,
            heading,
            columns_top,
            columns,
            band,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_whole_and_cuts_only_long_ones() {
        assert_eq!(wrap("Good enough housing", 26), ["Good enough housing"]);
        assert_eq!(
            wrap("Being free from prejudice & discrimination", 26),
            ["Being free from prejudice", "& discrimination"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a abcdefgh", 4), ["a", "abcd", "efgh"]);
        assert_eq!(wrap("", 4), [""]);
        for line in wrap("Σκέψου ότι το αύριο είναι μια άλλη μέρα", 12)
        {
            assert!(line.chars().count() <= 12, "{line}");
        }
    }
}
