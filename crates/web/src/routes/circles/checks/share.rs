//! `GET/POST /circles/{id}/checks/{check}/perspectives/{p}/share`: the
//! author (or whoever typed it with them) chooses who sees the perspective,
//! each choice naming who that is, or keeps it as a draft. Saved against the
//! version the form showed.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::checks::perspective::editable;
use crate::routes::circles::checks::{check_change, check_path, open_check, open_check_to_change};
use crate::routes::circles::sharing::{AudienceChoice, audience_choices, byline_text};
use crate::routes::circles::{sent_version, worker};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::check::{Check, Perspective, share_choice};
use moves_core::circle::{Audience, CircleMember, OpenCircle};
use moves_store::VersionedWrite;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "circles/checks/share.html")]
struct SharePage {
    layout: Layout,
    csrf: String,
    action: String,
    back: String,
    version: i64,
    byline: String,
    audience: Vec<AudienceChoice>,
    errors: Vec<crate::routes::circles::checks::answers::FieldError>,
}

#[derive(Deserialize, Default)]
pub struct ShareForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    audience: String,
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    (open, check, p, me): (&OpenCircle, &Check, &Perspective, &CircleMember),
    selected: Option<Audience>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let title = tr.t("checks-share-title");
    let errors = error
        .map(
            |message| crate::routes::circles::checks::answers::FieldError {
                field: "audience".into(),
                message,
            },
        )
        .into_iter()
        .collect();
    let page = SharePage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        action: format!("{}/perspectives/{}/share", check_path(check), p.id),
        back: check_path(check),
        version: p.version,
        byline: byline_text(&tr, &p.byline, &open.members),
        audience: audience_choices(
            &tr,
            open,
            me,
            &p.byline,
            false,
            selected.or(Some(p.audience)),
        ),
        errors,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, check, p)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let (open, check) = open_check(&state, &viewer, &id, &check, "check_share").await?;
    let (p, me) = editable(&state, &open, &check, &p).await?;
    render(
        tr,
        &viewer,
        (&open, &check, &p, &me),
        None,
        None,
        StatusCode::OK,
    )
}

pub async fn share(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path((id, check, p)): Path<(String, String, String)>,
    CsrfForm(form): CsrfForm<ShareForm>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let (open, check) = open_check_to_change(&state, &viewer, &id, &check, "check_share").await?;
    let (p, me) = editable(&state, &open, &check, &p).await?;
    let parts = (&open, &check, &p, &me);
    let Ok(audience) = share_choice(me.role, &form.audience) else {
        let error = Some(tr.t("checks-share-choose"));
        return render(
            tr,
            &viewer,
            parts,
            None,
            error,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let version = sent_version(&form.version);
    if version != p.version && audience == p.audience {
        // Sent twice: it is shared like that already.
        return Ok(Redirect::to(&format!("{}?done=shared", check_path(&check))).into_response());
    }
    let audit = check_change(
        &state,
        org,
        user,
        check.id,
        &format!("shared:{}:{}", p.id, audience.as_str()),
    );
    match state
        .store
        .share_perspective(org, p.id, version, audience, state.clock.now(), &audit)
        .await?
    {
        VersionedWrite::Done => {
            Ok(Redirect::to(&format!("{}?done=shared", check_path(&check))).into_response())
        }
        VersionedWrite::Stale => {
            let error = Some(tr.t("checks-share-stale"));
            render(
                tr,
                &viewer,
                parts,
                Some(audience),
                error,
                StatusCode::CONFLICT,
            )
        }
        VersionedWrite::NotFound => Err(AppError::NotFound),
    }
}
