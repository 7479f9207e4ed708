//! A form kept while its sender's session had ended (see `core::kept_form`):
//! after signing in again they see what they sent and send it once more, with a
//! fresh token. Showing it takes it, so it can be sent from here only once.

use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::Layout;
use crate::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use moves_core::ids::KeptFormId;

pub struct Field {
    pub name: String,
    pub value: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "kept.html")]
pub struct KeptPage {
    pub layout: Layout,
    pub action: String,
    pub fields: Vec<Field>,
    pub csrf: String,
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<KeptPage, AppError> {
    let id: KeptFormId = id.parse().map_err(|_| AppError::NotFound)?;
    let kept = moves_core::kept_forms::take(&state.ctx, &viewer.actor, id).await?;
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&kept.body).map_err(|_| AppError::BadForm)?;
    let fields = pairs
        .into_iter()
        .filter(|(name, _)| name != crate::auth::csrf::FIELD)
        .map(|(name, value)| Field { name, value })
        .collect();
    let title = tr.t("kept-title");
    Ok(KeptPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        layout: Layout::for_viewer(tr, title, &viewer),
        action: kept.path,
        fields,
    })
}
