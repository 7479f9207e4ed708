//! The public pages of the Resilience Framework (no sign-in): an overview, a page
//! per compartment and per move, and a picture of the whole framework as SVG.
//!
//! Every page takes `?wording=OVERLAY_ID` to show an overlay's labels (a
//! translation or an audience wording). Without it, the framework is shown in
//! the interface's language where the public edition has a translation into
//! it; `?wording=` (empty) asks for the standard wording.
//! An unknown compartment, move or wording answers 404, on every page alike.

pub(crate) mod picture;
mod view;

use crate::catalogue::{PUBLIC_FRAMEWORK, catalogue};
use crate::i18n::Tr;
use crate::page::Layout;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use moves_core::framework::{ResolvedCompartment, ResolvedMove, ResolvedNobleTruth};
use serde::Deserialize;

pub use view::category_key;
use view::{Chrome, CompartmentBlock, Neighbour};

/// `?wording=OVERLAY_ID`; absent or empty means the standard wording.
#[derive(Debug, Default, Deserialize)]
pub struct WordingQuery {
    #[serde(default)]
    pub wording: Option<String>,
}

impl WordingQuery {
    /// The overlay asked for, or else the public edition's translation into
    /// the reader's language, if there is one.
    fn overlay(&self, tr: &Tr) -> Option<String> {
        match self.wording.as_deref() {
            Some("") => None,
            Some(w) => Some(w.to_owned()),
            None => translation_into(tr),
        }
    }
}

/// The public edition's translation into the interface's language.
fn translation_into(tr: &Tr) -> Option<String> {
    if tr.language() == moves_core::language::Language::EnglishUk {
        return None;
    }
    let tag = tr.language().tag();
    catalogue()
        .ok()?
        .overlays_for(PUBLIC_FRAMEWORK)
        .into_iter()
        .find(|o| {
            o.kind == moves_core::framework::OverlayKind::Translation
                && o.language.eq_ignore_ascii_case(tag)
        })
        .map(|o| o.id.to_string())
}

#[derive(Template, WebTemplate)]
#[template(path = "framework/overview.html")]
pub struct OverviewPage {
    pub layout: Layout,
    chrome: Chrome,
    compartments: Vec<CompartmentBlock>,
    noble_truths: Vec<ResolvedNobleTruth>,
    picture_url: String,
    /// The picture's size, so the page does not jump while it loads.
    picture_size: (u32, u32),
}

#[derive(Template, WebTemplate)]
#[template(path = "framework/compartment.html")]
pub struct CompartmentPage {
    pub layout: Layout,
    chrome: Chrome,
    compartment: ResolvedCompartment,
    moves: Vec<ResolvedMove>,
    previous: Option<Neighbour>,
    next: Option<Neighbour>,
}

#[derive(Template, WebTemplate)]
#[template(path = "framework/move.html")]
pub struct MovePage {
    pub layout: Layout,
    chrome: Chrome,
    compartment: ResolvedCompartment,
    the_move: ResolvedMove,
    /// The "changing the odds" category, in interface words.
    category: Option<String>,
    noble_truths: Vec<ResolvedNobleTruth>,
    previous: Option<Neighbour>,
    next: Option<Neighbour>,
}

/// `GET /framework`
pub async fn overview(tr: Tr, Query(q): Query<WordingQuery>) -> Result<OverviewPage, StatusCode> {
    let chrome = Chrome::new(&tr, q.overlay(&tr).as_deref(), "/framework")?;
    let fw = &chrome.framework;
    let compartments = fw
        .compartments
        .iter()
        .map(|c| CompartmentBlock {
            compartment: c.clone(),
            moves: fw.moves_in(c.id.as_str()).into_iter().cloned().collect(),
        })
        .collect();
    let noble_truths = fw.noble_truths.clone();
    let picture_url = format!("/framework/picture.svg{}", chrome.query);
    let drawn = picture::Picture::new(&tr, fw);
    let picture_size = (drawn.width, drawn.height);
    Ok(OverviewPage {
        layout: Layout::new(tr.clone(), tr.t("framework-page-title")),
        chrome,
        compartments,
        noble_truths,
        picture_url,
        picture_size,
    })
}

/// `GET /framework/compartments/{id}`
pub async fn compartment(
    tr: Tr,
    Path(id): Path<String>,
    Query(q): Query<WordingQuery>,
) -> Result<CompartmentPage, StatusCode> {
    let chrome = Chrome::new(
        &tr,
        q.overlay(&tr).as_deref(),
        &format!("/framework/compartments/{id}"),
    )?;
    let fw = &chrome.framework;
    let compartment = fw
        .compartment_by_id(&id)
        .ok_or(StatusCode::NOT_FOUND)?
        .clone();
    let moves = fw.moves_in(&id).into_iter().cloned().collect();
    let (before, after) = fw.compartments_around(&id);
    let previous = before.map(|c| Neighbour::compartment(c, &chrome.query));
    let next = after.map(|c| Neighbour::compartment(c, &chrome.query));
    let title = tr.t_args(
        "framework-compartment-page-title",
        &[("compartment", compartment.label.text.clone())],
    );
    Ok(CompartmentPage {
        layout: Layout::new(tr, title),
        chrome,
        compartment,
        moves,
        previous,
        next,
    })
}

/// `GET /framework/moves/{id}`
pub async fn a_move(
    tr: Tr,
    Path(id): Path<String>,
    Query(q): Query<WordingQuery>,
) -> Result<MovePage, StatusCode> {
    let chrome = Chrome::new(
        &tr,
        q.overlay(&tr).as_deref(),
        &format!("/framework/moves/{id}"),
    )?;
    let fw = &chrome.framework;
    let the_move = fw.move_by_id(&id).ok_or(StatusCode::NOT_FOUND)?.clone();
    let compartment = fw
        .compartment_by_id(the_move.compartment.as_str())
        .ok_or(StatusCode::INTERNAL_SERVER_ERROR)?
        .clone();
    let (before, after) = fw.moves_around(&id);
    let previous = before.map(|m| Neighbour::a_move(m, &chrome.query));
    let next = after.map(|m| Neighbour::a_move(m, &chrome.query));
    let category = the_move.category.map(|c| tr.t(category_key(c)));
    let noble_truths = fw.noble_truths.clone();
    let title = tr.t_args(
        "framework-move-page-title",
        &[("move", the_move.label.text.clone())],
    );
    Ok(MovePage {
        layout: Layout::new(tr, title),
        chrome,
        compartment,
        the_move,
        category,
        noble_truths,
        previous,
        next,
    })
}

/// `GET /framework/picture.svg`: the five compartments with their moves, drawn
/// on the server. The overview shows it with a text equivalent.
pub async fn picture(tr: Tr, Query(q): Query<WordingQuery>) -> Result<Response, StatusCode> {
    let chrome = Chrome::new(&tr, q.overlay(&tr).as_deref(), "/framework")?;
    let svg = picture::Picture::new(&tr, &chrome.framework)
        .render()
        .map_err(|e| {
            tracing::error!(error = %e, "the framework picture failed to render");
            StatusCode::INTERNAL_SERVER_ERROR
        })?;
    Ok((
        [(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8")],
        svg,
    )
        .into_response())
}

/// `GET /framework/colours.css`: each compartment's colour as a class, so pages
/// can decorate with it without inline styles (which the CSP forbids).
pub async fn colours() -> Result<Response, StatusCode> {
    let catalogue = catalogue().map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let framework = catalogue
        .framework(PUBLIC_FRAMEWORK)
        .ok_or(StatusCode::INTERNAL_SERVER_ERROR)?;
    let css = view::colour_classes(&framework.compartments);
    Ok((
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        css,
    )
        .into_response())
}
