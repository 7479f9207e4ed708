//! The organisation's members, for its administrators: `GET /admin/members` (who
//! is in, with which role, since when; people whose membership was taken away
//! are listed apart), `POST /admin/members/invite` (invite a person with a role)
//! and `POST /admin/members/{id}/revoke` (take a membership away); resetting a
//! member's password is in [`super::reset`]. Only ever the organisation the administrator works in: another organisation's membership is
//! not found (404). The rules are in `moves_core::auth::invite`; these handlers
//! read, call them and write.

use super::handover::{Handover, hand_over, organisation_name};
use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::SiteOrigin;
use crate::i18n::Tr;
use crate::mail::letters;
use crate::page::{Layout, render_page};
use crate::routes::mfa::format_date;
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::admin::invite::{InviteError, Invited, invite as invite_member};
use moves_core::admin::members::{self, MemberCursor};
use moves_core::admin::revoke::{RevokeError, revoke as revoke_membership};
use moves_core::auth::invite::{InviteProblem, InviteRequest, Login, UsernameError, invite_path};
use moves_core::ids::MembershipId;
use moves_core::membership::Role;
use moves_core::text::TextError;
use moves_core::user::EmailError;
use serde::Deserialize;

pub const MEMBERS_PATH: &str = "/admin/members";

pub struct MemberRow {
    pub id: String,
    pub name: String,
    pub login: String,
    pub role: String,
    pub since: String,
    /// False for the administrator's own administrator role.
    pub revocable: bool,
    /// The button's accessible name: whose role it takes away.
    pub revoke_label: String,
    /// The reset button's accessible name: whose password.
    pub reset_label: String,
}

pub struct RemovedRow {
    pub name: String,
    pub login: String,
    pub role: String,
    pub removed: String,
}

pub struct RoleChoice {
    pub code: &'static str,
    pub label: String,
    pub selected: bool,
}

/// A field's error, for the summary and beside the field.
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

#[derive(Template)]
#[template(path = "admin/members.html")]
struct MembersPage {
    layout: Layout,
    csrf: String,
    rows: Vec<MemberRow>,
    removed: Vec<RemovedRow>,
    /// The link to the next page of members, when there is one.
    more: Option<String>,
    roles: Vec<RoleChoice>,
    name: String,
    email: String,
    username: String,
    errors: Vec<FieldError>,
    notice: Option<String>,
    problem: Option<String>,
}

impl MembersPage {
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

#[derive(Deserialize, Default)]
pub struct MembersQuery {
    #[serde(default)]
    revoked: Option<String>,
    #[serde(default)]
    refused: Option<String>,
    #[serde(default)]
    reset_refused: Option<String>,
    /// Where the page of members starts.
    #[serde(default)]
    after: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct InviteForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    role: String,
}

#[derive(Deserialize)]
pub struct Empty {}

pub(super) fn role_label(tr: &Tr, role: Role) -> String {
    tr.t(&format!("role-{}", role.as_str()))
}

fn text_message(tr: &Tr, field: &str, e: &TextError) -> String {
    match e {
        TextError::Empty => tr.t(&format!("members-{field}-empty")),
        TextError::TooLong { max } => {
            tr.t_args("members-field-too-long", &[("max", max.to_string())])
        }
        TextError::ControlCharacter { .. } => tr.t("members-field-hidden-character"),
    }
}

fn problem_message(tr: &Tr, p: &InviteProblem) -> String {
    match p {
        InviteProblem::Name(e) => text_message(tr, "name", e),
        InviteProblem::Email(EmailError::Text(e)) => text_message(tr, "email", e),
        InviteProblem::Email(EmailError::Shape) => tr.t("members-email-shape"),
        InviteProblem::Username(UsernameError::TooShort | UsernameError::TooLong) => {
            tr.t("members-username-length")
        }
        InviteProblem::Username(UsernameError::Characters) => tr.t("members-username-characters"),
        InviteProblem::NoLogin => tr.t("members-no-login"),
        InviteProblem::BothLogins => tr.t("members-both-logins"),
        InviteProblem::UsernameTaken => tr.t("members-username-taken"),
        InviteProblem::Role => tr.t("members-role-missing"),
        InviteProblem::AlreadyHasRole => tr.t("members-already-has-role"),
    }
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    after: Option<MemberCursor>,
    form: &InviteForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
    problem: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let page = members::list(&state.ctx, &viewer.actor, after).await?;
    let mut rows = Vec::new();
    let mut removed = Vec::new();
    for r in page.rows {
        let m = r.membership;
        let (name, login) = r
            .person
            .map(|u| (u.display_name.clone(), u.login()))
            .unwrap_or_default();
        match m.revoked_at {
            None => rows.push(MemberRow {
                id: m.id.to_string(),
                revoke_label: tr.t_args(
                    "members-revoke-label",
                    &[("name", name.clone()), ("role", role_label(&tr, m.role))],
                ),
                reset_label: tr.t_args("members-reset-label", &[("name", name.clone())]),
                name,
                login,
                role: role_label(&tr, m.role),
                since: format_date(&tr, m.created_at),
                revocable: r.revocable,
            }),
            Some(at) => removed.push(RemovedRow {
                name,
                login,
                role: role_label(&tr, m.role),
                removed: format_date(&tr, at),
            }),
        }
    }
    let more = page
        .next
        .map(|c| format!("{MEMBERS_PATH}?after={}", c.to_param()));
    rows.sort_by_key(|r| r.name.to_lowercase());
    removed.sort_by_key(|r| r.name.to_lowercase());
    let roles = Role::ALL
        .into_iter()
        .map(|r| RoleChoice {
            code: r.as_str(),
            label: role_label(&tr, r),
            selected: form.role == r.as_str(),
        })
        .collect();
    let csrf = viewer.csrf_token.clone().unwrap_or_default();
    let title = tr.t("members-title");
    let page = MembersPage {
        layout: Layout::for_viewer(tr, title, viewer),
        csrf,
        rows,
        removed,
        more,
        roles,
        name: form.name.clone(),
        email: form.email.clone(),
        username: form.username.clone(),
        errors,
        notice,
        problem,
    };
    render_page(&page, status, None)
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Query(q): Query<MembersQuery>,
) -> Result<Response, AppError> {
    let notice = q.revoked.is_some().then(|| tr.t("members-revoked"));
    let problem = match (q.refused.is_some(), q.reset_refused.as_deref()) {
        (true, _) => Some(tr.t("members-cannot-revoke-own-admin")),
        (false, Some("other-organisation")) => {
            Some(tr.t("members-reset-refused-other-organisation"))
        }
        (false, Some("yourself")) => Some(tr.t("members-reset-refused-yourself")),
        (false, Some(_)) => Some(tr.t("members-reset-refused")),
        (false, None) => None,
    };
    let after = q.after.as_deref().and_then(MemberCursor::parse);
    render(
        &state,
        tr,
        &viewer,
        after,
        &InviteForm::default(),
        Vec::new(),
        notice,
        problem,
        StatusCode::OK,
    )
    .await
}

pub async fn invite(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    origin: SiteOrigin,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let request = InviteRequest {
        name: form.name.clone(),
        email: form.email.clone(),
        username: form.username.clone(),
        role: form.role.clone(),
    };
    let Invited {
        token,
        plan,
        person,
    } = match invite_member(&state.ctx, &viewer.actor, &request).await {
        Ok(invited) => invited,
        Err(InviteError::Core(e)) => return Err(e.into()),
        Err(InviteError::Refused(problems)) => {
            let errors = problems
                .iter()
                .map(|p| FieldError {
                    field: p.field(),
                    message: problem_message(&tr, p),
                })
                .collect();
            return render(
                &state,
                tr,
                &viewer,
                None,
                &form,
                errors,
                None,
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let organisation = organisation_name(&viewer);
    let role = role_label(&tr, plan.role);
    let give = tr.t_args(
        "members-invited-give",
        &[
            ("name", person.display_name.clone()),
            ("login", plan.login.as_str().to_owned()),
        ],
    );
    let title = tr.t("members-invited-title");
    let email = match &plan.login {
        Login::Email(e) => Some(e),
        Login::Username(_) => None,
    };
    let letter_tr = tr.clone();
    let handover = Handover {
        title,
        give,
        kind: "invitation",
        email,
        path: invite_path(&token),
        origin,
        username: match &plan.login {
            Login::Username(u) => Some(u.clone()),
            Login::Email(_) => None,
        },
        back_href: "/admin/members".to_owned(),
        back_label: tr.t("members-invited-back"),
    };
    hand_over(&state, tr, &viewer, handover, |link| {
        letters::invitation(&letter_tr, &organisation, &role, link)
    })
    .await
}

pub async fn revoke(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let id: MembershipId = id.parse().map_err(|_| AppError::NotFound)?;
    match revoke_membership(&state.ctx, &viewer.actor, id).await {
        // Taken away now, or already (another tab, another administrator): done.
        Ok(_) => Ok(Redirect::to(&format!("{MEMBERS_PATH}?revoked=1")).into_response()),
        Err(RevokeError::OwnLastAdmin) => {
            Ok(Redirect::to(&format!("{MEMBERS_PATH}?refused=1")).into_response())
        }
        Err(RevokeError::Core(e)) => Err(e.into()),
    }
}
