//! Accepting an invitation (`/invite/{token}`): the link an administrator passes
//! on. The page names the organisation and the role. A person without a password
//! yet sets one here (as on the set-password page) and the invitation is
//! accepted with it; a person who has one signs in first and then accepts with
//! one button.
//!
//! Showing the page does not use the link, and neither does a refused password:
//! only accepting uses it, atomically, so of two tabs (or two servers) at most
//! one succeeds. A link that is unknown, used or expired gets the same plain
//! page (410 Gone) as the set-password link.

use crate::auth::cookies::{self, CookieNames};
use crate::auth::csrf::{self, CsrfForm};
use crate::auth::password_messages;
use crate::auth::viewer::Viewer;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::{Layout, render_page};
use crate::state::AppState;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use moves_core::auth::accept_invite::{Accepted, Invitation, accept, open_invitation};
use moves_core::auth::invite::invite_path;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "invite.html")]
struct InvitePage {
    layout: Layout,
    csrf: String,
    action: String,
    lead: String,
    /// The person's email address or username, for password managers.
    login: String,
    /// Their username, told plainly when this link sets their first
    /// password (they have no email address to be reminded by).
    username: Option<String>,
    /// The person has no password yet: the form sets one.
    sets_password: bool,
    /// The person has a password and is signed in as themselves.
    may_accept: bool,
    sign_in_link: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "auth/link_gone.html")]
struct LinkGonePage {
    layout: Layout,
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    password: String,
}

fn gone(tr: Tr, viewer: &Viewer) -> Result<Response, AppError> {
    let title = tr.t("link-gone-title");
    let html = LinkGonePage {
        layout: Layout::for_viewer(tr, title, viewer),
    }
    .render()
    .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((StatusCode::GONE, Html(html)).into_response())
}

fn is_them(viewer: &Viewer, invitation: &Invitation) -> bool {
    viewer.actor.user == Some(invitation.person)
}

async fn page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    headers: &HeaderMap,
    token: &str,
    live: &Invitation,
    error: Option<String>,
) -> Result<Response, AppError> {
    let (csrf, cookie) = csrf::token_for_page(state, viewer, headers).await?;
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let action = invite_path(token);
    let title = tr.t("invite-title");
    let lead = tr.t_args(
        "invite-lead",
        &[
            ("organisation", live.organisation.clone()),
            ("role", tr.t(&format!("role-{}", live.role.as_str()))),
        ],
    );
    let page = InvitePage {
        csrf,
        sign_in_link: format!("/sign-in?next={}", urlencoding::encode(&action)),
        action,
        lead,
        login: live.login.clone(),
        username: (live.sets_password && !live.login.contains('@')).then(|| live.login.clone()),
        sets_password: live.sets_password,
        may_accept: is_them(viewer, live),
        error,
        layout: Layout::for_viewer(tr, title, viewer),
    };
    render_page(&page, status, cookie)
}

pub async fn form(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    match open_invitation(&state.ctx, &token).await? {
        Some(live) => page(&state, tr, &viewer, &headers, &token, &live, None).await,
        None => gone(tr, &viewer),
    }
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    viewer: Viewer,
    headers: HeaderMap,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<AcceptForm>,
) -> Result<Response, AppError> {
    let (person, password_set) =
        match accept(&state.ctx, &viewer.actor, &token, &form.password).await? {
            Accepted::Done {
                person,
                password_set,
            } => (person, password_set),
            Accepted::Gone => return gone(tr, &viewer),
            Accepted::Refused {
                invitation,
                problem,
            } => {
                let error = Some(password_messages::message(&tr, &problem));
                return page(&state, tr, &viewer, &headers, &token, &invitation, error).await;
            }
            // Someone with a password accepts only once signed in as themselves.
            Accepted::SignInFirst(invitation) => {
                return page(&state, tr, &viewer, &headers, &token, &invitation, None).await;
            }
        };
    if !password_set {
        return Ok(Redirect::to("/").into_response());
    }
    let mut res = Redirect::to("/sign-in?password_set=1").into_response();
    if viewer.actor.user == Some(person) {
        let names = CookieNames::for_config(&state.config);
        let (k, v) = cookies::clear(names, names.session);
        res.headers_mut().append(k, v);
    }
    Ok(res)
}
