//! For an organisation's administrators: `GET/POST /admin/security` (whether staff
//! must give a second factor; off only with a recorded reason) and
//! `POST /admin/members/{id}/reset-two-factor` (removes a member's lost factor so
//! they set up a new one at their next sign-in). Only ever about the
//! organisation the administrator works in: anyone else is not found (404).

use super::format_date;
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::Layout;
use crate::page::render_page;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::auth::account_wide::{
    account_entry, audit_in_every_organisation, check_account_wide,
};
use moves_core::auth::mfa::OrgMfaSetting;
use moves_core::ids::{OrgId, UserId};
use moves_core::text::TextError;
use moves_store::AuditEntry;
use serde::Deserialize;
use std::collections::HashMap;

pub const SECURITY_PATH: &str = "/admin/security";

/// One member of staff on the security page.
pub struct StaffRow {
    pub id: String,
    pub name: String,
    pub status: String,
    pub enrolled: bool,
}

#[derive(Template)]
#[template(path = "mfa/security.html")]
struct SecurityPage {
    layout: Layout,
    csrf: String,
    required: bool,
    /// Who turned it off, when and why (while it is off).
    off_note: Option<String>,
    reason: String,
    error: Option<String>,
    notice: Option<String>,
    problem: Option<String>,
    staff: Vec<StaffRow>,
}

#[derive(Deserialize, Default)]
pub struct SecurityQuery {
    #[serde(default)]
    saved: Option<String>,
    #[serde(default)]
    reset: Option<String>,
}

#[derive(Deserialize)]
pub struct SecurityForm {
    /// "on" or "off".
    #[serde(default)]
    required: String,
    #[serde(default)]
    reason: String,
}

fn org_of(viewer: &Viewer) -> Result<OrgId, AppError> {
    // The rule checked the capability in this organisation; no other can be named.
    viewer.actor.org.ok_or(AppError::Forbidden)
}

/// What the page shows besides what is stored: the choice and reason just
/// posted (when they were refused), and a message.
#[derive(Default)]
struct Shown {
    required: Option<bool>,
    reason: String,
    error: Option<String>,
    notice: Option<String>,
    /// Why a reset was refused.
    problem: Option<String>,
}

async fn security_page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    shown: Shown,
    status: StatusCode,
) -> Result<Response, AppError> {
    let Shown {
        required: required_choice,
        reason,
        error,
        notice,
        problem,
    } = shown;
    let org = org_of(viewer)?;
    let setting = state.store.org_mfa_setting(org).await?;

    let mut staff_ids: Vec<UserId> = state
        .store
        .members_of_organisation(org)
        .await?
        .into_iter()
        .filter(|m| m.is_active() && m.role.is_staff())
        .map(|m| m.user_id)
        .collect();
    staff_ids.sort_unstable();
    staff_ids.dedup();
    let enrolled: HashMap<UserId, _> = state
        .store
        .totp_enrolments(&staff_ids)
        .await?
        .into_iter()
        .collect();
    let staff = state
        .store
        .users(&staff_ids)
        .await?
        .into_iter()
        .map(|u| {
            let since = enrolled.get(&u.id).copied();
            StaffRow {
                id: u.id.to_string(),
                name: u.display_name,
                status: match since {
                    Some(at) => {
                        tr.t_args("mfa-security-staff-enrolled", &[("date", format_date(at))])
                    }
                    None => tr.t("mfa-security-staff-not-enrolled"),
                },
                enrolled: since.is_some(),
            }
        })
        .collect();

    let off_note = if setting.required {
        None
    } else {
        let by = match setting.changed_by {
            Some(id) => state
                .store
                .user(id)
                .await?
                .map(|u| u.display_name)
                .unwrap_or_default(),
            None => String::new(),
        };
        Some(tr.t_args(
            "mfa-security-off-note",
            &[
                ("name", by),
                (
                    "date",
                    setting.changed_at.map(format_date).unwrap_or_default(),
                ),
            ],
        ))
    };
    let reason = if reason.is_empty() {
        setting.off_reason.clone().unwrap_or_default()
    } else {
        reason
    };
    let title = tr.t("mfa-security-title");
    let page = SecurityPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        required: required_choice.unwrap_or(setting.required),
        off_note,
        reason,
        error,
        notice,
        problem,
        staff,
    };
    render_page(&page, status, [])
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<SecurityQuery>,
) -> Result<Response, AppError> {
    let refused = q.reset.as_deref().and_then(|r| r.strip_prefix("refused-"));
    let notice = match (q.saved.is_some(), q.reset.as_deref()) {
        (true, _) => Some(tr.t("mfa-security-saved")),
        (false, Some("done")) => Some(tr.t("mfa-security-reset-done")),
        (false, Some(_)) if refused.is_some() => None,
        (false, Some(_)) => Some(tr.t("mfa-security-reset-nothing")),
        (false, None) => None,
    };
    let problem = refused.map(|code| match code {
        "other-organisation" => tr.t("mfa-security-reset-refused-other-organisation"),
        "installation-admin" => tr.t("mfa-security-reset-refused-installation-admin"),
        "yourself" => tr.t("mfa-security-reset-refused-yourself"),
        _ => tr.t("mfa-security-reset-refused"),
    });
    let shown = Shown {
        notice,
        problem,
        ..Shown::default()
    };
    security_page(&state, tr, &viewer, shown, StatusCode::OK).await
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<SecurityForm>,
) -> Result<Response, AppError> {
    let org = org_of(&viewer)?;
    let admin = viewer.actor.user.ok_or(AppError::Forbidden)?;
    let now = state.clock.now();
    let setting = match form.required.as_str() {
        "on" => OrgMfaSetting::turn_on(admin, now),
        "off" => match OrgMfaSetting::turn_off(&form.reason, admin, now) {
            Ok(s) => s,
            Err(e) => {
                let key = match e {
                    TextError::Empty => "mfa-security-reason-missing",
                    TextError::TooLong { .. } => "mfa-security-reason-too-long",
                    TextError::ControlCharacter { .. } => "mfa-security-reason-hidden-character",
                };
                let error = Some(tr.t(key));
                let shown = Shown {
                    required: Some(false),
                    reason: form.reason,
                    error,
                    ..Shown::default()
                };
                return security_page(&state, tr, &viewer, shown, StatusCode::UNPROCESSABLE_ENTITY)
                    .await;
            }
        },
        _ => {
            let error = Some(tr.t("mfa-security-choose"));
            let shown = Shown {
                required: None,
                reason: form.reason,
                error,
                ..Shown::default()
            };
            return security_page(&state, tr, &viewer, shown, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
    };
    let current = state.store.org_mfa_setting(org).await?;
    if current.required && setting.required {
        // Already required: nothing to change, nothing to log.
        return Ok(Redirect::to(&format!("{SECURITY_PATH}?saved=1")).into_response());
    }
    let audit = AuditEntry::new(
        AuditScope::Organisation(org),
        now,
        Some(admin),
        AuditAction::MfaChanged,
    )
    .subject(org.to_string())
    .detail(setting.audit_detail());
    state
        .store
        .set_org_mfa_setting(org, &setting, &audit)
        .await?;
    Ok(Redirect::to(&format!("{SECURITY_PATH}?saved=1")).into_response())
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn reset_member(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let org = org_of(&viewer)?;
    let admin = viewer.actor.user.ok_or(AppError::Forbidden)?;
    let target: UserId = id.parse().map_err(|_| AppError::NotFound)?;
    // Only a member of this organisation: anyone else, as if they did not exist.
    let theirs = state.store.memberships_of_user(target).await?;
    if !theirs.iter().any(|m| m.org_id == org) {
        return Err(AppError::NotFound);
    }
    let person = state.store.user(target).await?.ok_or(AppError::NotFound)?;
    // The factor guards the whole account: never for someone who belongs
    // elsewhere too, or who administers the installation.
    if let Err(problem) = check_account_wide(org, &person, admin, &theirs) {
        return Ok(
            Redirect::to(&format!("{SECURITY_PATH}?reset=refused-{}", problem.code()))
                .into_response(),
        );
    }
    let now = state.clock.now();
    let entry = account_entry(target, Some(admin), AuditAction::MfaChanged, "reset", now);
    let audit = audit_in_every_organisation(&theirs, &entry);
    let done = state.store.reset_mfa(target, &audit).await?;
    if done {
        // Whoever holds the lost factor's sessions is signed out; the person sets
        // up a new factor at their next sign-in.
        state.store.end_sessions_of_user(target).await?;
    }
    let outcome = if done { "done" } else { "nothing" };
    Ok(Redirect::to(&format!("{SECURITY_PATH}?reset={outcome}")).into_response())
}
