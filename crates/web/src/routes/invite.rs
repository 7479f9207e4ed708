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
use moves_core::auth::invite::{
    acceptance, acceptance_audit, invitation, invite_path, sets_password,
};
use moves_core::auth::one_time::{OneTimeToken, password_set_audit};
use moves_core::auth::password::NewPassword;
use moves_core::auth::token::TOKEN_BYTES;
use moves_core::membership::Role;
use moves_core::organisation::Organisation;
use moves_core::session::hash_token;
use moves_core::user::User;
use moves_store::StoreError;
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

struct Live {
    link: OneTimeToken,
    user: User,
    org: Organisation,
    role: Role,
    /// Accepting sets the account's first password (see
    /// `moves_core::auth::invite::sets_password`); otherwise the person
    /// accepts signed in as themselves.
    sets_password: bool,
}

/// The invitation, its person and organisation, if it can still be accepted.
async fn live_invite(state: &AppState, token: &str) -> Result<Option<Live>, AppError> {
    if token.is_empty() || token.len() > TOKEN_BYTES * 2 {
        return Ok(None);
    }
    let now = state.clock.now();
    let Some(link) = state.store.one_time_token(&hash_token(token)).await? else {
        return Ok(None);
    };
    let Some((org_id, role)) = invitation(&link, now) else {
        return Ok(None);
    };
    let Some(org) = state.store.organisation(org_id).await? else {
        return Ok(None);
    };
    let Some(user) = state.store.user(link.user_id).await? else {
        return Ok(None);
    };
    let memberships = state.store.memberships_of_user(user.id).await?;
    Ok(Some(Live {
        sets_password: sets_password(&link, &user, &memberships),
        link,
        user,
        org,
        role,
    }))
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

fn is_them(viewer: &Viewer, live: &Live) -> bool {
    viewer.user.as_ref().is_some_and(|u| u.id == live.user.id)
}

async fn page(
    state: &AppState,
    tr: Tr,
    viewer: &Viewer,
    headers: &HeaderMap,
    token: &str,
    live: &Live,
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
            ("organisation", live.org.name.clone()),
            ("role", tr.t(&format!("role-{}", live.role.as_str()))),
        ],
    );
    let page = InvitePage {
        csrf,
        sign_in_link: format!("/sign-in?next={}", urlencoding::encode(&action)),
        action,
        lead,
        login: live.user.login(),
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
    match live_invite(&state, &token).await? {
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
    let Some(live) = live_invite(&state, &token).await? else {
        return gone(tr, &viewer);
    };
    let new_password = if live.sets_password {
        let login = live.user.login();
        let login = Some(login.as_str()).filter(|l| !l.is_empty());
        let password = match NewPassword::parse(&form.password, login) {
            Ok(p) => p,
            Err(problem) => {
                let error = Some(password_messages::message(&tr, &problem));
                return page(&state, tr, &viewer, &headers, &token, &live, error).await;
            }
        };
        // Hash before using the link: if hashing failed, the link would still work.
        let hash = state
            .hashing
            .run(move |memory| password.hash_with(memory))
            .await?
            .map_err(|e| AppError::Internal(e.to_string()))?;
        Some(hash)
    } else if is_them(&viewer, &live) {
        None
    } else {
        // Someone with a password accepts only once signed in as themselves.
        return page(&state, tr, &viewer, &headers, &token, &live, None).await;
    };
    let now = state.clock.now();
    // The atomic step: another tab or server may have used the link meanwhile.
    let Some(used) = state
        .store
        .use_one_time_token(&live.link.token_hash, now)
        .await?
    else {
        return gone(tr, &viewer);
    };
    let Some(mut membership) = acceptance(&used, now) else {
        return gone(tr, &viewer);
    };
    if let Some(hash) = &new_password {
        // Only while the account still has none: a password set meanwhile
        // is never replaced by an invitation.
        if !state
            .store
            .set_first_password_hash(used.user_id, hash, now)
            .await?
        {
            return gone(tr, &viewer);
        }
        state.store.end_sessions_of_user(used.user_id).await?;
    }
    match state.store.add_membership(&membership).await {
        Ok(()) => {}
        Err(StoreError::Conflict(_)) => {
            // The person had the role before and it was taken away: given back.
            // Otherwise it was given meanwhile by another invitation.
            match state
                .store
                .restore_membership(membership.org_id, used.user_id, membership.role, now)
                .await?
            {
                Some(id) => membership.id = id,
                None if state
                    .store
                    .memberships_of_user(used.user_id)
                    .await?
                    .iter()
                    .any(|m| m.org_id == membership.org_id && m.role == membership.role) => {}
                None => return gone(tr, &viewer),
            }
        }
        Err(e) => return Err(e.into()),
    }
    let audit = acceptance_audit(&used, &membership, now);
    let mut entries = Vec::with_capacity(3);
    if new_password.is_some() {
        entries.push(password_set_audit(&used, now));
    }
    entries.extend(audit);
    state.store.append_audit_batch(&entries).await?;
    if new_password.is_none() {
        return Ok(Redirect::to("/").into_response());
    }
    let mut res = Redirect::to("/sign-in?password_set=1").into_response();
    if viewer.user.as_ref().is_some_and(|u| u.id == used.user_id) {
        let names = CookieNames::for_config(&state.config);
        let (k, v) = cookies::clear(names, names.session);
        res.headers_mut().append(k, v);
    }
    Ok(res)
}
