//! `GET/POST /circles/{id}/members`: the people in a circle, and (for its
//! practitioners) a form to add someone: with an account (a member of the
//! organisation, found by email address) or without one (a grandparent who
//! never signs in, a practitioner from another service, who is a member of
//! this circle only). `POST /circles/{id}/members/focus-account` links a young
//! person's account of the organisation to the circle's focus member, so the
//! young person who signs in is the focus person
//! (`moves_core::circle::focus_account`).

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::routes::circles::overview::{MemberRow, member_rows};
use crate::routes::circles::{
    change, circle_path, open, role_label, sent_version, text_error, worker,
};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::circle::focus_account::{LinkError, focus_member_to_link, may_offer_link};
use moves_core::circle::{CircleMember, CircleRole, MemberError, OpenCircle};
use moves_core::ids::UserId;
use moves_core::user::Email;
use moves_store::{StoreError, VersionedWrite};
use serde::Deserialize;

/// The roles a member can be added with (the focus person is in from the start).
const ADDABLE: [CircleRole; 4] = [
    CircleRole::ParentCarer,
    CircleRole::Practitioner,
    CircleRole::GuestPractitioner,
    CircleRole::Supporter,
];

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

pub struct FieldError {
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

#[allow(clippy::too_many_arguments)]
fn render_with_link(
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    form: MemberForm,
    link_email: String,
    errors: Vec<FieldError>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
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
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, [])
}

fn render(
    tr: Tr,
    viewer: &Viewer,
    open: &OpenCircle,
    form: MemberForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let email = String::new();
    render_with_link(tr, viewer, open, form, email, errors, notice, status)
}

pub async fn page(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(q): Query<Done>,
) -> Result<Response, AppError> {
    let open = open(&state, &viewer, &id, "members").await?;
    let notice = match q.done.as_deref() {
        Some("added") => Some(tr.t("circles-done-added")),
        Some("linked") => Some(tr.t_args(
            "members-link-done",
            &[("name", open.circle.focus_name.clone())],
        )),
        _ => None,
    };
    render(
        tr,
        &viewer,
        &open,
        MemberForm::default(),
        Vec::new(),
        notice,
        StatusCode::OK,
    )
}

/// The organisation's member with this email address, if they have an active
/// role there that fits `role` in a circle. Said the same way whether or not
/// the address belongs to someone elsewhere.
async fn account_for(
    state: &AppState,
    viewer: &Viewer,
    email: &Email,
    role: CircleRole,
) -> Result<Option<(UserId, String)>, AppError> {
    let (org, _) = worker(viewer)?;
    let Some(user) = state.store.user_by_login(email.as_str()).await? else {
        return Ok(None);
    };
    let fits = state
        .store
        .memberships_of_user(user.id)
        .await?
        .iter()
        .any(|m| m.org_id == org && m.is_active() && role.fits_account(m.role));
    Ok(fits.then_some((user.id, user.display_name)))
}

pub async fn add(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let open = open(&state, &viewer, &id, "members").await?;
    if !open.access.may_manage(&viewer.actor) {
        return Err(AppError::Forbidden);
    }
    let refuse = |tr: Tr, form: MemberForm, errors: Vec<FieldError>, status| {
        render(tr, &viewer, &open, form, errors, None, status)
    };
    if sent_version(&form.version) != open.circle.version || !open.circle.is_open() {
        let errors = vec![FieldError {
            field: "name",
            message: tr.t("circles-stale"),
        }];
        return refuse(tr, form, errors, StatusCode::CONFLICT);
    }
    let mut errors = Vec::new();
    let role = ADDABLE.into_iter().find(|r| r.as_str() == form.role);
    if role.is_none() {
        errors.push(FieldError {
            field: "role",
            message: tr.t("circles-role-missing"),
        });
    }
    let with_account = form.account == "yes";
    let decides = form.decides.is_some();
    if decides && role != Some(CircleRole::ParentCarer) {
        errors.push(FieldError {
            field: "decides",
            message: tr.t("circles-decides-parent-only"),
        });
    }
    let mut account = None;
    if with_account {
        if role == Some(CircleRole::GuestPractitioner) {
            errors.push(FieldError {
                field: "role",
                message: tr.t("circles-guest-no-account"),
            });
        } else {
            match Email::parse(&form.email) {
                Err(_) => errors.push(FieldError {
                    field: "email",
                    message: tr.t("circles-email-invalid"),
                }),
                Ok(email) => {
                    if let Some(r) = role {
                        account = account_for(&state, &viewer, &email, r).await?;
                        if account.is_none() {
                            errors.push(FieldError {
                                field: "email",
                                message: tr.t("circles-email-not-in-organisation"),
                            });
                        }
                    }
                }
            }
        }
    }
    let now = state.clock.now();
    // With an account, they are named as on their account unless a name is given.
    let name = match (&account, form.name.trim()) {
        (Some((_, account_name)), "") => account_name.clone(),
        _ => form.name.clone(),
    };
    let member = match CircleMember::new(
        org,
        open.circle.id,
        account.as_ref().map(|(u, _)| *u),
        &name,
        &form.relationship,
        role.unwrap_or(CircleRole::Supporter),
        now,
    ) {
        Ok(m) => Some(m),
        Err(MemberError::Name(e)) => {
            errors.insert(
                0,
                FieldError {
                    field: "name",
                    message: text_error(&tr, "circles-member-name", &e),
                },
            );
            None
        }
        Err(MemberError::Relationship(e)) => {
            errors.push(FieldError {
                field: "relationship",
                message: text_error(&tr, "circles-relationship", &e),
            });
            None
        }
    };
    let (Some(member), true) = (member, errors.is_empty()) else {
        return refuse(tr, form, errors, StatusCode::UNPROCESSABLE_ENTITY);
    };
    let audit = change(
        &state,
        org,
        user,
        open.circle.id,
        &format!("member_added:{}", member.id),
    );
    let outcome = state
        .store
        .add_circle_member(&member, open.circle.version, decides, &audit)
        .await;
    match outcome {
        Ok(VersionedWrite::Done) => Ok(Redirect::to(&format!(
            "{}/members?done=added",
            circle_path(open.circle.id)
        ))
        .into_response()),
        Ok(VersionedWrite::Stale) => {
            let errors = vec![FieldError {
                field: "name",
                message: tr.t("circles-stale"),
            }];
            refuse(tr, form, errors, StatusCode::CONFLICT)
        }
        Ok(VersionedWrite::NotFound) => Err(AppError::NotFound),
        Err(StoreError::Conflict(_)) => {
            let errors = vec![FieldError {
                field: "email",
                message: tr.t("circles-already-member"),
            }];
            refuse(tr, form, errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(e) => Err(e.into()),
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
/// account with this email address to the focus member. Refused, with the
/// address kept, for an account that is not a young person's of this
/// organisation (said the same way whether or not it exists elsewhere), one
/// in this circle already, or a focus person linked already.
pub async fn link(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<LinkForm>,
) -> Result<Response, AppError> {
    let (org, user) = worker(&viewer)?;
    let open = open(&state, &viewer, &id, "members").await?;
    if !open.access.may_manage(&viewer.actor) {
        return Err(AppError::Forbidden);
    }
    let refuse = |tr: Tr, key: &str, status| {
        let message = tr.t_args(key, &[("name", open.circle.focus_name.clone())]);
        let errors = vec![FieldError {
            field: "link-email",
            message,
        }];
        let email = form.email.clone();
        let blank = MemberForm::default();
        render_with_link(tr, &viewer, &open, blank, email, errors, None, status)
    };
    let Ok(email) = Email::parse(&form.email) else {
        return refuse(
            tr,
            "circles-email-invalid",
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    // An address without an account takes the same path as an account of
    // another organisation (no membership here), so no answer tells which.
    let young = state
        .store
        .user_by_login(email.as_str())
        .await?
        .map_or_else(UserId::new, |account| account.id);
    let done = Redirect::to(&format!(
        "{}/members?done=linked",
        circle_path(open.circle.id)
    ));
    // The same form sent twice: linked once.
    let focus_is_them = open
        .members
        .iter()
        .any(|m| m.role == CircleRole::FocusPerson && m.user_id == Some(young));
    if focus_is_them {
        return Ok(done.into_response());
    }
    if sent_version(&form.version) != open.circle.version {
        return refuse(tr, "circles-stale", StatusCode::CONFLICT);
    }
    let memberships = state.store.memberships_of_user(young).await?;
    let focus = match focus_member_to_link(&open, &viewer.actor, young, &memberships) {
        Ok(m) => m,
        Err(LinkError::NotAllowed) => return Err(AppError::Forbidden),
        Err(LinkError::CircleClosed) => {
            return refuse(tr, "circles-closed-no-adding", StatusCode::CONFLICT);
        }
        Err(LinkError::NoFocusPerson | LinkError::AlreadyLinked) => {
            return refuse(tr, "members-link-already", StatusCode::CONFLICT);
        }
        Err(LinkError::NotAYoungPerson) => {
            return refuse(
                tr,
                "members-link-not-young",
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        Err(LinkError::AlreadyInCircle) => {
            return refuse(
                tr,
                "members-link-in-circle",
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    let audit = change(
        &state,
        org,
        user,
        open.circle.id,
        &format!("account_linked:{}", focus.id),
    );
    match state
        .store
        .link_focus_account(
            org,
            open.circle.id,
            focus.id,
            young,
            open.circle.version,
            &audit,
        )
        .await
    {
        Ok(VersionedWrite::Done) => Ok(done.into_response()),
        Ok(VersionedWrite::Stale) => refuse(tr, "circles-stale", StatusCode::CONFLICT),
        Ok(VersionedWrite::NotFound) => Err(AppError::NotFound),
        Err(StoreError::Conflict(_)) => refuse(
            tr,
            "members-link-in-circle",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(e) => Err(e.into()),
    }
}
