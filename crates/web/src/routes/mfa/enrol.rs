//! `GET/POST /account/two-factor`: setting up the second factor. The page shows a
//! secret (as a QR code, an `otpauth://` link and in groups of four to type), and
//! the person confirms it with a code from their app. Then, once, the ten
//! recovery codes. A person part-way through signing in is signed in by that
//! confirmation (it is their second factor); a signed-in member of staff may set
//! one up too. A factor that is set up is never shown again: only an
//! administrator's reset removes it.

use super::{
    CODE_PATH, audit_wrong_code, count_code, csrf_for, format_date, scope_of, session_cookies,
    step_up, with_next,
};
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
use moves_core::audit::AuditAction;
use moves_core::auth::mfa::{self, TotpFactor};
use moves_core::auth::totp;
use moves_core::clock::Timestamp;
use moves_core::ids::{OrgId, UserId};
use moves_core::session::Session;
use moves_core::user::User;
use moves_store::AuditEntry;
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

/// Who is setting up a factor: the person part-way through signing in, or the
/// signed-in person.
struct Who {
    user: User,
    /// Set when part-way through signing in.
    pending: Option<Session>,
    org: Option<OrgId>,
}

enum Found {
    Who(Who),
    Elsewhere(Response),
}

async fn who(state: &AppState, viewer: &Viewer, next: &str) -> Result<Found, AppError> {
    let (user_id, pending, org): (UserId, Option<Session>, Option<OrgId>) =
        match (&viewer.pending, &viewer.user) {
            (Some(p), _) => (p.user_id, Some(p.clone()), p.org_id),
            (None, Some(u)) => (u.id, None, viewer.actor.org),
            (None, None) => return Ok(Found::Elsewhere(Redirect::to("/sign-in").into_response())),
        };
    let Some(user) = state.store.user(user_id).await? else {
        return Err(AppError::NotFound);
    };
    if pending.is_none() && !mfa::is_staff_anywhere(&viewer.memberships) {
        // Parents and young people have no second factor.
        return Ok(Found::Elsewhere(
            Redirect::to(&safe_next(next)).into_response(),
        ));
    }
    Ok(Found::Who(Who { user, pending, org }))
}

/// The account name an authenticator app shows: the email address, or the
/// username.
fn account_name(user: &User) -> String {
    user.email
        .as_ref()
        .map(|e| e.as_str().to_owned())
        .or_else(|| user.username.clone())
        .unwrap_or_else(|| user.display_name.clone())
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

async fn enrol_page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    who: &Who,
    next: &str,
    error: Option<String>,
    now: Timestamp,
) -> Result<Response, AppError> {
    let candidate = TotpFactor::begin(
        who.user.id,
        totp::new_secret().map_err(|e| AppError::Internal(e.to_string()))?,
        now,
    );
    // The same secret however often the page is shown, until it is confirmed.
    let factor = state.store.begin_totp_enrolment(&candidate).await?;
    let uri = totp::otpauth_uri(&factor.secret, &account_name(&who.user))
        .map_err(|e| AppError::Internal(e.to_string()))?;
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
        secret: totp::grouped(&factor.secret),
        error,
    };
    render_page(&page, status, [])
}

async fn enrolled_page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    who: &Who,
    factor: &TotpFactor,
) -> Result<Response, AppError> {
    let left = state.store.unused_recovery_codes(who.user.id).await?;
    let since = tr.t_args(
        "mfa-enrolled-since",
        &[(
            "date",
            factor.enrolled_at.map(format_date).unwrap_or_default(),
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

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<NextQuery>,
) -> Result<Response, AppError> {
    let who = match who(&state, &viewer, &q.next).await? {
        Found::Who(w) => w,
        Found::Elsewhere(res) => return Ok(res),
    };
    match state.store.totp_factor(who.user.id).await? {
        Some(f) if f.is_enrolled() => {
            if who.pending.is_some() {
                // Set up already: the code, not a new secret.
                Ok(Redirect::to(&with_next(CODE_PATH, &q.next)).into_response())
            } else {
                enrolled_page(&state, tr, &viewer, &who, &f).await
            }
        }
        _ => enrol_page(&state, tr, &viewer, &who, &q.next, None, state.clock.now()).await,
    }
}

pub async fn confirm(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<ConfirmForm>,
) -> Result<Response, AppError> {
    let who = match who(&state, &viewer, &form.next).await? {
        Found::Who(w) => w,
        Found::Elsewhere(res) => return Ok(res),
    };
    let now = state.clock.now();
    let user = who.user.id;
    let factor = match state.store.totp_factor(user).await? {
        Some(f) if !f.is_enrolled() => f,
        // Set up already (another tab), or never begun: show what is true now.
        _ => return Ok(Redirect::to(&with_next(super::ENROL_PATH, &form.next)).into_response()),
    };
    let attempt = count_code(&state, user).await?;
    let Some(step) = totp::verify(&factor.secret, &form.code, now) else {
        audit_wrong_code(&state, user, who.org, now).await?;
        let error = Some(tr.t("mfa-enrol-wrong"));
        return enrol_page(&state, tr, &viewer, &who, &form.next, error, now).await;
    };
    attempt.succeeded(state.store.as_ref()).await?;
    let codes = totp::new_recovery_codes().map_err(|e| AppError::Internal(e.to_string()))?;
    let hashes: Vec<String> = codes.iter().map(|c| totp::recovery_code_hash(c)).collect();
    if !state
        .store
        .confirm_totp_enrolment(user, &factor.secret, step, &hashes, now)
        .await?
    {
        return Ok(Redirect::to(&with_next(super::ENROL_PATH, &form.next)).into_response());
    }
    state
        .store
        .append_audit(
            &AuditEntry::new(scope_of(who.org), now, Some(user), AuditAction::MfaChanged)
                .subject(user.to_string())
                .detail("enrolled"),
        )
        .await?;
    let title = tr.t("mfa-recovery-title");
    let mut layout = Layout::new(tr, title);
    // Part-way through signing in, this code was the second factor: signed in now.
    let cookies = match &who.pending {
        Some(pending) => {
            let token = step_up(&state, pending, "totp_enrolled", now).await?;
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
