//! New-device notices for people without a second factor (parents, carers and
//! young people). Their browser keeps a long-lived random device id (cookie
//! `moves-device`); the database keeps its SHA-256 per person. A sign-in from a
//! device not seen before, when another was, is audited and shown on their home
//! page for a week: "We noticed a sign-in from a new device on DATE.", and
//! emailed to them when the installation sends email and they have an address.

use super::format_date;
use crate::auth::cookies::{self, CookieNames};
use crate::auth::viewer::Viewer;
use crate::config::WebConfig;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::mail::letters;
use crate::state::AppState;
use axum::http::{HeaderMap, HeaderName, HeaderValue};
use moves_core::audit::{AuditAction, AuditScope};
use moves_core::auth::mfa::{self, DeviceSeen};
use moves_core::auth::token::new_token;
use moves_core::clock::Timestamp;
use moves_core::membership::Membership;
use moves_core::session::hash_token;
use moves_core::user::User;
use moves_store::AuditEntry;

/// The device cookie's name: `__Host-` prefixed wherever cookies are `Secure`.
pub fn cookie_name(config: &WebConfig) -> &'static str {
    if CookieNames::for_config(config).secure {
        "__Host-moves-device"
    } else {
        "moves-device"
    }
}

/// At a sign-in with a password only: for someone without a second factor,
/// remembers the device (setting its cookie if it has none) and, if it is new,
/// audits it. Returns the cookie to set.
pub async fn note_sign_in(
    state: &AppState,
    user: &User,
    memberships: &[Membership],
    headers: &HeaderMap,
    now: Timestamp,
) -> Result<Option<(HeaderName, HeaderValue)>, AppError> {
    if !mfa::watches_devices(memberships) {
        return Ok(None);
    }
    let name = cookie_name(&state.config);
    let device = match cookies::read(headers, name).filter(|d| d.len() >= 32) {
        Some(d) => d,
        None => new_token().map_err(|e| AppError::Internal(e.to_string()))?,
    };
    // Sent again at every sign-in, so it lives as long as it is used.
    let names = CookieNames::for_config(&state.config);
    let cookie = cookies::set_for(names, name, device.clone(), mfa::DEVICE_COOKIE_SECS);
    let seen = state
        .store
        .remember_device(user.id, &hash_token(&device), now)
        .await?;
    if seen == DeviceSeen::New {
        let org = memberships.first().map(|m| m.org_id);
        let scope = org.map_or(AuditScope::Installation, AuditScope::Organisation);
        state
            .store
            .append_audit(&AuditEntry::new(
                scope,
                now,
                Some(user.id),
                AuditAction::NewDeviceSignIn,
            ))
            .await?;
        if let (Some(mailer), Some(email)) = (state.config.mailer.clone(), user.email.clone()) {
            let letter =
                letters::new_device(&crate::i18n::from_headers(headers), &format_date(now));
            // Sent beside the sign-in, not before it: a slow mail server must
            // not hold the person up. A failure is logged by the mailer.
            tokio::spawn(async move {
                let _ = mailer
                    .send("new_device", &email, &letter.subject, letter.body)
                    .await;
            });
        }
    }
    Ok(Some(cookie))
}

/// The home page's notice of a recent sign-in from a new device, if there was one.
pub async fn home_notice(
    state: &AppState,
    tr: &Tr,
    viewer: &Viewer,
) -> Result<Option<String>, AppError> {
    let Some(user) = &viewer.user else {
        return Ok(None);
    };
    if !mfa::watches_devices(&viewer.memberships) {
        return Ok(None);
    }
    let now = state.clock.now();
    let latest = state
        .store
        .latest_new_device(user.id, mfa::new_device_notice_since(now))
        .await?;
    Ok(latest.map(|at| tr.t_args("mfa-new-device-notice", &[("date", format_date(at))])))
}
