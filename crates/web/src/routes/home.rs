//! The home page: the setup page's door on a fresh installation, a welcome for
//! visitors, and for a signed-in person where they are and what they can do.

use crate::auth::csrf::CsrfForm;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::Layout;
use crate::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use moves_core::home::organisations::{self, installation_has_organisations, organisations_of};
use moves_core::ids::OrgId;
use moves_core::permission::Capability;
use serde::Deserialize;

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomePage {
    pub layout: Layout,
}

/// One organisation the person may switch to.
pub struct OrgChoice {
    pub id: String,
    pub name: String,
    pub current: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "home_signed_in.html")]
pub struct SignedInHome {
    pub layout: Layout,
    pub signed_in_as: String,
    pub working_in: Option<String>,
    pub roles: Option<String>,
    pub installation_admin: bool,
    pub choices: Vec<OrgChoice>,
    pub csrf: String,
    pub can_read_audit: bool,
    /// Administrators: a link to the organisation's teams.
    pub can_manage_teams: bool,
    pub can_adapt_framework: bool,
    /// Links to the circles page (for anyone who may work in or see circles).
    pub can_open_circles: bool,
    /// "We noticed a sign-in from a new device on DATE" (people without a
    /// second factor).
    pub new_device_notice: Option<String>,
    /// Staff: a link to their second factor.
    pub two_factor_link: bool,
    /// Administrators: a link to the sign-in security settings.
    pub can_manage_security: bool,
    pub can_manage_members: bool,
    /// The privacy notice, until the person says they have read it.
    pub privacy_unread: Option<crate::routes::privacy::NoticeShown>,
    /// Working in an organisation: a link to its privacy notice.
    pub privacy_link: bool,
    /// Someone working in circles: what is new for them there.
    pub whats_new: Option<crate::routes::whats_new::WhatsNew>,
}

pub async fn home(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
) -> Result<Response, AppError> {
    if viewer.pending_second_factor {
        // Not signed in until the second factor is given.
        return Ok(Redirect::to(crate::auth::guard::SECOND_FACTOR_PATH).into_response());
    }
    let Some(user) = &viewer.user else {
        if !installation_has_organisations(&state.ctx).await? {
            return Ok(Redirect::to("/setup").into_response());
        }
        let title = tr.t("home-title");
        return Ok(HomePage {
            layout: Layout::new(tr, title),
        }
        .into_response());
    };
    let orgs = organisations_of(&state.ctx, &viewer.actor).await?;
    let several = orgs.len() > 1;
    let choices = orgs
        .into_iter()
        .map(|org| OrgChoice {
            current: Some(org.id) == viewer.actor.org,
            id: org.id.to_string(),
            name: org.name,
        })
        .collect();
    let roles = (!viewer.actor.roles.is_empty()).then(|| {
        let names: Vec<String> = viewer
            .actor
            .roles
            .iter()
            .map(|r| tr.t(&format!("role-{}", r.as_str())))
            .collect();
        tr.t_args("home-your-roles", &[("roles", names.join(", "))])
    });
    let working_in = viewer
        .org
        .as_ref()
        .map(|o| tr.t_args("home-working-in", &[("organisation", o.name.clone())]));
    let privacy_unread = crate::routes::privacy::shown_to(&state, &tr, &viewer, None)
        .await?
        .filter(|n| n.unread);
    let whats_new = crate::routes::whats_new::for_viewer(&state, &tr, &viewer).await?;
    let title = tr.t("home-title");
    Ok(SignedInHome {
        whats_new,
        privacy_unread,
        privacy_link: viewer.org.is_some(),
        signed_in_as: tr.t_args("home-signed-in-as", &[("name", user.display_name.clone())]),
        working_in,
        roles,
        installation_admin: user.installation_admin,
        choices: if several { choices } else { Vec::new() },
        csrf: viewer.csrf_token.clone().unwrap_or_default(),
        can_read_audit: viewer.actor.may(Capability::ReadAuditLog),
        can_manage_teams: viewer.actor.may(Capability::ManageTeams),
        can_adapt_framework: viewer.actor.may(Capability::AdaptFramework),
        can_open_circles: viewer.actor.may(Capability::WorkInOwnCircles)
            || viewer.actor.may(Capability::SeeTeamCircles),
        new_device_notice: crate::routes::mfa::devices::home_notice(&state, &tr, &viewer).await?,
        two_factor_link: moves_core::auth::mfa::is_staff_anywhere(&viewer.memberships),
        can_manage_security: viewer.actor.may(Capability::ManageSettings),
        can_manage_members: viewer.actor.may(Capability::ManageMembers),
        layout: Layout::for_viewer(tr, title, &viewer),
    }
    .into_response())
}

#[derive(Deserialize)]
pub struct SwitchForm {
    #[serde(default)]
    organisation: String,
}

/// Work in another of one's organisations. Only one the person belongs to: any
/// other id is simply not found.
pub async fn switch_organisation(
    State(state): State<AppState>,
    viewer: Viewer,
    CsrfForm(form): CsrfForm<SwitchForm>,
) -> Result<Response, AppError> {
    let target: OrgId = form.organisation.parse().map_err(|_| AppError::NotFound)?;
    let Some(session) = &viewer.session else {
        return Err(AppError::NotFound);
    };
    organisations::switch_organisation(&state.ctx, &viewer.actor, session, target).await?;
    Ok(Redirect::to("/").into_response())
}
