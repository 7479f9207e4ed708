//! `GET/POST /account/two-factor`: setting up the second factor. The page shows a
//! secret (as a QR code, an `otpauth://` link and in groups of four to type), and
//! the person confirms it with a code from their app. Then, once, the ten
//! recovery codes. A person part-way through signing in is signed in by that
//! confirmation (it is their second factor); a signed-in member of staff may set
//! one up too. A factor that is set up is never shown again: only an
//! administrator's reset removes it.

use super::{CODE_PATH, csrf_for, format_date, session_cookies, with_next};
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::Layout;
use crate::page::render_page;
use crate::routes::mfa::code::NextQuery;
use crate::routes::sign_in::safe_next;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::auth::enrol::{Confirmed, Enroller, Enrolment, confirm as confirm_code, enrolment};
use moves_core::auth::totp;
use moves_core::clock::Timestamp;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "mfa/enrol.html")]
struct EnrolPage {
    layout: Layout,
    csrf: String,
    next: String,
    /// An inline SVG of the `otpauth://` link, when it could be drawn.
    qr_svg: Option<String>,
    uri: String,
    secret: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "mfa/enrolled.html")]
struct EnrolledPage {
    layout: Layout,
    since: String,
    codes_left: String,
}

#[derive(Template)]
#[template(path = "mfa/recovery_codes.html")]
struct RecoveryCodesPage {
    layout: Layout,
    codes: Vec<String>,
    next: String,
}

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

/// Who is setting up a factor: the person part-way through signing in, or
/// the signed-in person; `None` for nobody.
fn who(viewer: &Viewer) -> Option<Enroller<'_>> {
    match (&viewer.pending, &viewer.user) {
        (Some(p), _) => Some(Enroller::Pending(p)),
        (None, Some(_)) => Some(Enroller::SignedIn {
            actor: &viewer.actor,
            memberships: &viewer.memberships,
        }),
        (None, None) => None,
    }
}

/// The QR code of `uri` as inline SVG (no request for an image, so the page's
/// CSP needs no exception), hidden from screen readers: the wrapper says what
/// it is, and the secret is also written out.
fn qr_svg(uri: &str) -> Option<String> {
    let code = qrcode::QrCode::new(uri.as_bytes()).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    let start = svg.find("<svg")?;
    Some(svg[start..].replacen("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ", 1))
}

fn enrol_page(
    tr: Tr,
    viewer: &Viewer,
    secret: &str,
    account: &str,
    next: &str,
    error: Option<String>,
) -> Result<Response, AppError> {
    let uri = totp::otpauth_uri(secret, account).map_err(|e| AppError::Internal(e.to_string()))?;
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let title = tr.t("mfa-enrol-title");
    let page = EnrolPage {
        layout: Layout::new(tr, title),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        next: safe_next(next),
        qr_svg: qr_svg(&uri),
        uri,
        secret: totp::grouped(secret),
        error,
    };
    render_page(&page, status, [])
}

fn enrolled_page(
    tr: Tr,
    viewer: &Viewer,
    since: Option<Timestamp>,
    left: u64,
) -> Result<Response, AppError> {
    let since = tr.t_args(
        "mfa-enrolled-since",
        &[(
            "date",
            since.map(|at| format_date(&tr, at)).unwrap_or_default(),
        )],
    );
    let codes_left = tr.t_args("mfa-enrolled-codes-left", &[("count", left.to_string())]);
    let title = tr.t("mfa-enrolled-title");
    let page = EnrolledPage {
        layout: Layout::for_viewer(tr, title, viewer),
        since,
        codes_left,
    };
    render_page(&page, StatusCode::OK, [])
}

/// The page for where the person stands now, with `error` beside the code.
async fn current(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    next: &str,
    error: Option<String>,
) -> Result<Response, AppError> {
    let Some(who) = who(viewer) else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    match enrolment(&state.ctx, who).await? {
        // Parents and young people have no second factor.
        Enrolment::NotForThem => Ok(Redirect::to(&safe_next(next)).into_response()),
        // Set up already: the code, not a new secret.
        Enrolment::Enrolled { .. } if viewer.pending.is_some() => {
            Ok(Redirect::to(&with_next(CODE_PATH, next)).into_response())
        }
        Enrolment::Enrolled {
            since,
            recovery_codes_left,
        } => enrolled_page(tr, viewer, since, recovery_codes_left),
        Enrolment::Begun { secret, account } => {
            enrol_page(tr, viewer, &secret, &account, next, error)
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<NextQuery>,
) -> Result<Response, AppError> {
    current(&state, tr, &viewer, &q.next, None).await
}

pub async fn confirm(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, AppError> {
    let Some(who) = who(&viewer) else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    let (codes, token) = match confirm_code(&state.ctx, who, &form.code).await? {
        Confirmed::NotForThem => return Ok(Redirect::to(&safe_next(&form.next)).into_response()),
        // Set up already (another tab), or never begun: show what is true now.
        Confirmed::NothingBegun => {
            return Ok(Redirect::to(&with_next(super::ENROL_PATH, &form.next)).into_response());
        }
        Confirmed::Wrong => {
            let error = Some(tr.t("mfa-enrol-wrong"));
            return current(&state, tr, &viewer, &form.next, error).await;
        }
        Confirmed::Enrolled {
            recovery_codes,
            token,
        } => (recovery_codes, token),
    };
    let title = tr.t("mfa-recovery-title");
    let mut layout = Layout::new(tr, title);
    // Part-way through signing in, this code was the second factor: signed in now.
    let cookies = match token {
        Some(token) => {
            layout.csrf = Some(csrf_for(&token));
            session_cookies(&state, token).to_vec()
        }
        None => {
            layout.csrf = viewer.csrf_token.clone();
            Vec::new()
        }
    };
    let page = RecoveryCodesPage {
        layout,
        codes,
        next: safe_next(&form.next),
    };
    render_page(&page, StatusCode::OK, cookies)
}
