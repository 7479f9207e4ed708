//! Changes made from the main page: adopting an edition and crediting who
//! co-produced the adaptation. (Local moves are in `moves.rs`.)

use super::page::{Kept, PAGE, Problem, render};
use super::{current, done, error_message, is_current, save, shipped, stale_message};
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::framework::adaptation::{Change, ChangeKind, SaveOutcome};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct AdoptForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    edition: String,
}

#[derive(Deserialize)]
pub struct CreditForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    credit: String,
}

/// `POST /admin/framework/edition`
pub async fn adopt(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<AdoptForm>,
) -> Result<Response, AppError> {
    let now = current(&state, &viewer).await?;
    let refuse = |message: String| Problem {
        message,
        field: "edition",
    };
    if !is_current(&form.version, &now) {
        let p = refuse(stale_message(&tr, now.version));
        return render(
            &state,
            tr,
            &viewer,
            Kept::default(),
            Some(p),
            None,
            StatusCode::CONFLICT,
        )
        .await;
    }
    let Some(edition) = shipped()?.framework(form.edition.trim()) else {
        let p = refuse(tr.t("adapt-error-unknown-edition"));
        return render(
            &state,
            tr,
            &viewer,
            Kept::default(),
            Some(p),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    if edition.id == now.base {
        return Ok(done(PAGE, "unchanged"));
    }
    let mut next = now.next();
    if let Err(e) = next.adopt(edition) {
        let p = refuse(error_message(&tr, &e));
        return render(
            &state,
            tr,
            &viewer,
            Kept::default(),
            Some(p),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let change = Change::new(ChangeKind::Adopted, Some(edition.id.to_string()));
    match save(&state, &viewer, &next, change).await? {
        SaveOutcome::Saved => Ok(done(PAGE, "adopted")),
        SaveOutcome::Stale { latest } => {
            let p = refuse(stale_message(&tr, latest));
            render(
                &state,
                tr,
                &viewer,
                Kept::default(),
                Some(p),
                None,
                StatusCode::CONFLICT,
            )
            .await
        }
    }
}

/// `POST /admin/framework/credit`
pub async fn credit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<CreditForm>,
) -> Result<Response, AppError> {
    let now = current(&state, &viewer).await?;
    let kept = || Kept {
        credit: Some(form.credit.clone()),
        ..Kept::default()
    };
    let refuse = |message: String| Problem {
        message,
        field: "credit",
    };
    if !is_current(&form.version, &now) {
        let p = refuse(stale_message(&tr, now.version));
        return render(
            &state,
            tr,
            &viewer,
            kept(),
            Some(p),
            None,
            StatusCode::CONFLICT,
        )
        .await;
    }
    let mut next = now.next();
    if let Err(e) = next.credit(&form.credit) {
        let p = refuse(error_message(&tr, &e));
        return render(
            &state,
            tr,
            &viewer,
            kept(),
            Some(p),
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    if next.co_produced_by == now.co_produced_by {
        return Ok(done(PAGE, "unchanged"));
    }
    match save(
        &state,
        &viewer,
        &next,
        Change::new(ChangeKind::Credited, None),
    )
    .await?
    {
        SaveOutcome::Saved => Ok(done(PAGE, "credited")),
        SaveOutcome::Stale { latest } => {
            let p = refuse(stale_message(&tr, latest));
            render(
                &state,
                tr,
                &viewer,
                kept(),
                Some(p),
                None,
                StatusCode::CONFLICT,
            )
            .await
        }
    }
}
