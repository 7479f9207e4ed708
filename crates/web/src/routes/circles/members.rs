//! `GET/POST /circles/{id}/members`: the people in a circle, and (for its
//! practitioners) a form to add someone: with an account (a member of the
//! organisation, found by email address or username) or without one (a grandparent who
//! never signs in, a practitioner from another service, who is a member of
//! this circle only). `POST /circles/{id}/members/focus-account` links a young
//! person's account of the organisation to the circle's focus member, so the
//! young person who signs in is the focus person. Both are use cases of
//! `moves_core::circle::members`.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, Worker};
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::family_invite::InviteForm;
use crate::routes::circles::overview::{MemberRow, member_rows};
use crate::routes::circles::{circle_path, role_label, sent_version, text_error};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::focus_account::may_offer_link;
use moves_core::circle::members::{
    self, ADDABLE, LinkProblem, Linked, MemberDraft, MemberProblem, MemberWriteError,
};
use moves_core::circle::{MEMBERS_MAX, OpenCircle, family_invite, open_circle};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct MemberForm {
    #[serde(default)]
    version: String,
    /// "yes" for someone with an account.
    #[serde(default)]
    account: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    relationship: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    decides: Option<String>,
}

pub struct RoleChoice {
    pub value: &'static str,
    pub label: String,
    pub selected: bool,
}

pub(crate) struct FieldError {
    pub field: &'static str,
    pub message: String,
}

#[derive(Template)]
#[template(path = "circles/members.html")]
struct MembersPage {
    layout: Layout,
    csrf: String,
    id: String,
    focus_name: String,
    version: i64,
    members: Vec<MemberRow>,
    may_add: bool,
    closed: bool,
    form: MemberForm,
    roles: Vec<RoleChoice>,
    errors: Vec<FieldError>,
    notice: Option<String>,
    /// The form to link the focus person's own account, when offered.
    link: Option<LinkOffer>,
    /// The form to invite the young person or a parent or carer, when the
    /// organisation allows it.
    invite: Option<InviteForm>,
}

/// The form linking the focus person's account: its heading and the address
/// typed (kept when refused).
pub struct LinkOffer {
    pub heading: String,
    pub lead: String,
    pub email: String,
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
pub struct Done {
    #[serde(default)]
    done: Option<String>,
}

/// The page as `open` is, with the forms as given.
pub(crate) struct Forms {
    pub member: MemberForm,
    pub link_email: String,
    pub invite: InviteForm,
}

impl Forms {
    fn member(member: MemberForm) -> Self {
        Forms {
            member,
            link_email: String::new(),
            invite: InviteForm::default(),
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) async fn render_with_forms(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    forms: Forms,
    errors: Vec<FieldError>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let Forms {
        member: form,
        link_email,
        invite,
    } = forms;
    let invite = family_invite::offered(&state.ctx, &viewer.actor, open)
        .await?
        .then_some(invite);
    let link = may_offer_link(open, &viewer.actor).then(|| {
        let name = open.circle.focus_name.clone();
        LinkOffer {
            heading: tr.t_args("members-link-heading", &[("name", name.clone())]),
            lead: tr.t_args("members-link-lead", &[("name", name)]),
            email: link_email,
        }
    });
    let roles = ADDABLE
        .into_iter()
        .map(|r| RoleChoice {
            value: r.as_str(),
            label: role_label(&tr, r),
            selected: form.role == r.as_str(),
        })
        .collect();
    let title = tr.t_args(
        "circles-members-title",
        &[("name", open.circle.focus_name.clone())],
    );
    let page = MembersPage {
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        id: open.circle.id.to_string(),
        focus_name: open.circle.focus_name.clone(),
        version: open.circle.version,
        members: member_rows(&tr, open),
        may_add: open.access.may_manage(&viewer.actor),
        closed: !open.circle.is_open(),
        form,
        roles,
        errors,
        notice,
        link,
        invite,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let open = open_circle(&state.ctx, &worker.actor, ids.circle()?, "members").await?;
    let notice = match q.done.as_deref() {
        Some("added") => Some(tr.t("circles-done-added")),
        Some("linked") => Some(tr.t_args(
            "members-link-done",
            &[("name", open.circle.focus_name.clone())],
        )),
        Some("invited") => Some(tr.t("family-invite-done")),
        _ => None,
    };
    let forms = Forms::member(MemberForm::default());
    render_with_forms(
        &state,
        tr,
        &viewer,
        &open,
        forms,
        Vec::new(),
        notice,
        StatusCode::OK,
    )
    .await
}

impl MemberForm {
    /// Who to add, as typed, for the use case.
    fn draft(&self) -> MemberDraft<'_> {
        MemberDraft {
            with_account: self.account == "yes",
            login: &self.email,
            name: &self.name,
            relationship: &self.relationship,
            role: &self.role,
            decides: self.decides.is_some(),
        }
    }
}

/// The message for a refused member, and the field it is about.
fn member_error(tr: &Tr, p: &MemberProblem) -> FieldError {
    let (field, message) = match p {
        MemberProblem::Stale => ("name", tr.t("circles-stale")),
        MemberProblem::Name(e) => ("name", text_error(tr, "circles-member-name", e)),
        MemberProblem::RoleMissing => ("role", tr.t("circles-role-missing")),
        MemberProblem::DecidesParentOnly => ("decides", tr.t("circles-decides-parent-only")),
        MemberProblem::GuestNoAccount => ("role", tr.t("circles-guest-no-account")),
        MemberProblem::LoginInvalid => ("email", tr.t("circles-email-invalid")),
        MemberProblem::LoginNotInOrganisation => {
            ("email", tr.t("circles-email-not-in-organisation"))
        }
        MemberProblem::Relationship(e) => {
            ("relationship", text_error(tr, "circles-relationship", e))
        }
        MemberProblem::AlreadyMember => ("email", tr.t("circles-already-member")),
        MemberProblem::CircleFull => (
            "name",
            tr.t_args("circles-full", &[("max", MEMBERS_MAX.to_string())]),
        ),
    };
    FieldError { field, message }
}

pub async fn add(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response, AppError> {
    let circle = ids.circle()?;
    let version = sent_version(&form.version);
    match members::add(&state.ctx, &worker.actor, circle, version, form.draft()).await {
        Ok(_) => Ok(
            Redirect::to(&format!("{}/members?done=added", circle_path(circle))).into_response(),
        ),
        Err(MemberWriteError::Refused(refused)) => {
            // A stale form is a conflict with the circle as it is now.
            let status = if refused.problems.contains(&MemberProblem::Stale) {
                StatusCode::CONFLICT
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let errors = refused
                .problems
                .iter()
                .map(|p| member_error(&tr, p))
                .collect();
            let forms = Forms::member(form);
            render_with_forms(
                &state,
                tr,
                &viewer,
                &refused.open,
                forms,
                errors,
                None,
                status,
            )
            .await
        }
        Err(MemberWriteError::Core(e)) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
pub struct LinkForm {
    #[serde(default)]
    version: String,
    #[serde(default)]
    email: String,
}

/// `POST /circles/{id}/members/focus-account`: links the young person's
/// account with this email address or username to the focus member. Refused, with the
/// address kept, for an account that is not a young person's of this
/// organisation (said the same way whether or not it exists elsewhere), one
/// in this circle already, or a focus person linked already.
pub async fn link(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    CsrfForm(form): CsrfForm<LinkForm>,
) -> Result<Response, AppError> {
    let circle = ids.circle()?;
    let version = sent_version(&form.version);
    match members::link_account(&state.ctx, &worker.actor, circle, version, &form.email).await {
        Ok(Linked::Now | Linked::Already) => Ok(Redirect::to(&format!(
            "{}/members?done=linked",
            circle_path(circle)
        ))
        .into_response()),
        Err(MemberWriteError::Refused(refused)) => {
            let problem = refused.problems.first().copied();
            let (key, status) = match problem {
                Some(LinkProblem::LoginInvalid) | None => {
                    ("circles-email-invalid", StatusCode::UNPROCESSABLE_ENTITY)
                }
                Some(LinkProblem::Stale) => ("circles-stale", StatusCode::CONFLICT),
                Some(LinkProblem::CircleClosed) => {
                    ("circles-closed-no-adding", StatusCode::CONFLICT)
                }
                Some(LinkProblem::AlreadyLinked) => ("members-link-already", StatusCode::CONFLICT),
                Some(LinkProblem::NotAYoungPerson) => {
                    ("members-link-not-young", StatusCode::UNPROCESSABLE_ENTITY)
                }
                Some(LinkProblem::AlreadyInCircle) => {
                    ("members-link-in-circle", StatusCode::UNPROCESSABLE_ENTITY)
                }
            };
            let open = &refused.open;
            let message = tr.t_args(key, &[("name", open.circle.focus_name.clone())]);
            let errors = vec![FieldError {
                field: "link-email",
                message,
            }];
            let forms = Forms {
                link_email: form.email,
                ..Forms::member(MemberForm::default())
            };
            render_with_forms(&state, tr, &viewer, open, forms, errors, None, status).await
        }
        Err(MemberWriteError::Core(e)) => Err(e.into()),
    }
}
