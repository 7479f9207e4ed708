//! `POST /circles/{id}/members/invite`: a circle's practitioner invites the
//! young person (by username or email address) or a parent or carer (by
//! email address) into the circle, when the organisation allows it. The use
//! case is `moves_core::circle::family_invite::invite`; the link is emailed
//! when the installation sends email and the person has an address, otherwise
//! shown to the practitioner with the username, to hand over on paper.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::extract::{PathIds, SiteOrigin, Worker};
use crate::i18n::Tr;
use crate::mail::letters;
use crate::routes::admin::handover::{Handover, hand_over, organisation_name};
use crate::routes::circles::members::{FieldError, Forms, MemberForm, render_with_forms};
use crate::routes::circles::{circle_path, sent_version, text_error};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use moves_core::auth::invite::{Login, invite_path};
use moves_core::circle::MEMBERS_MAX;
use moves_core::circle::family_invite::{
    FamilyInviteDraft, FamilyInvited, FamilyProblem, invite as invite_family,
};
use moves_core::circle::members::MemberWriteError;
use serde::Deserialize;

/// The invitation form as typed (kept when refused).
#[derive(Deserialize, Default)]
pub struct InviteForm {
    #[serde(default)]
    pub version: String,
    /// `young_person` or `parent_carer`.
    #[serde(default)]
    pub part: String,
    #[serde(default)]
    pub name: String,
    /// An email address or a username.
    #[serde(default)]
    pub login: String,
    #[serde(default)]
    pub relationship: String,
    #[serde(default)]
    pub decides: Option<String>,
}

/// The message for a refused invitation, the field it is about, and the
/// answer's status.
fn problem(tr: &Tr, p: &FamilyProblem, focus_name: &str) -> (FieldError, StatusCode) {
    let name = || vec![("name", focus_name.to_owned())];
    let (field, message, status) = match p {
        FamilyProblem::NotAllowedHere => (
            "invite-part",
            tr.t("family-invite-not-allowed"),
            StatusCode::FORBIDDEN,
        ),
        FamilyProblem::CircleClosed => (
            "invite-part",
            tr.t("circles-closed-no-adding"),
            StatusCode::CONFLICT,
        ),
        FamilyProblem::Stale => ("invite-part", tr.t("circles-stale"), StatusCode::CONFLICT),
        FamilyProblem::Part => (
            "invite-part",
            tr.t("family-invite-part-missing"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        FamilyProblem::Name(e) => (
            "invite-name",
            text_error(tr, "circles-member-name", e),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        FamilyProblem::LoginInvalid => (
            "invite-login",
            tr.t("family-invite-login-invalid"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        FamilyProblem::ParentNeedsEmail => (
            "invite-login",
            tr.t("family-invite-parent-email"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        FamilyProblem::UsernameTaken => (
            "invite-login",
            tr.t("family-invite-username-taken"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        FamilyProblem::HasAccountHere => (
            "invite-login",
            tr.t("family-invite-has-account"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        FamilyProblem::Relationship(e) => (
            "invite-relationship",
            text_error(tr, "circles-relationship", e),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        FamilyProblem::DecidesParentOnly => (
            "invite-decides",
            tr.t("circles-decides-parent-only"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        FamilyProblem::FocusLinked => (
            "invite-part",
            tr.t_args("members-link-already", &name()),
            StatusCode::CONFLICT,
        ),
        FamilyProblem::InCircleAsSomeoneElse => (
            "invite-login",
            tr.t("members-link-in-circle"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        FamilyProblem::CircleFull => (
            "invite-part",
            tr.t_args("circles-full", &[("max", MEMBERS_MAX.to_string())]),
            StatusCode::CONFLICT,
        ),
    };
    (FieldError { field, message }, status)
}

pub async fn invite(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    worker: Worker,
    ids: PathIds,
    origin: SiteOrigin,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let circle = ids.circle()?;
    let version = sent_version(&form.version);
    let draft = FamilyInviteDraft {
        part: &form.part,
        name: &form.name,
        login: &form.login,
        relationship: &form.relationship,
        decides: form.decides.is_some(),
    };
    let FamilyInvited {
        token,
        login,
        name,
        part,
    } = match invite_family(&state.ctx, &worker.actor, circle, version, draft).await {
        Ok(invited) => invited,
        Err(MemberWriteError::Refused(refused)) => {
            let open = &refused.open;
            let Some(first) = refused.problems.first() else {
                return Err(AppError::Internal("a refusal without a problem".into()));
            };
            let (error, status) = problem(&tr, first, &open.circle.focus_name);
            let forms = Forms {
                member: MemberForm::default(),
                link_email: String::new(),
                invite: form,
            };
            return render_with_forms(&state, tr, &viewer, open, forms, vec![error], None, status)
                .await;
        }
        Err(MemberWriteError::Core(e)) => return Err(e.into()),
    };
    let organisation = organisation_name(&viewer);
    let role = tr.t(&format!("role-{}", part.role().as_str()));
    let give = tr.t_args(
        "family-invited-give",
        &[("name", name), ("login", login.as_str().to_owned())],
    );
    let (email, username) = match &login {
        Login::Email(e) => (Some(e), None),
        Login::Username(u) => (None, Some(u.clone())),
    };
    let letter_tr = tr.clone();
    let handover = Handover {
        title: tr.t("members-invited-title"),
        give,
        kind: "invitation",
        email,
        path: invite_path(&token),
        origin,
        username,
        back_href: format!("{}/members", circle_path(circle)),
        back_label: tr.t("family-invited-back"),
    };
    hand_over(&state, tr, &viewer, handover, |link| {
        letters::invitation(&letter_tr, &organisation, &role, link)
    })
    .await
}
