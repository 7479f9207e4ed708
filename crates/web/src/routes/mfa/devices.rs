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
use moves_core::auth::devices::{DeviceNoted, recent_new_device};
use moves_core::auth::mfa;

/// The device cookie's name: `__Host-` prefixed wherever cookies are `Secure`.
pub fn cookie_name(config: &WebConfig) -> &'static str {
    if CookieNames::for_config(config).secure {
        "__Host-moves-device"
    } else {
        "moves-device"
    }
}

/// After a sign-in that noted the device: the cookie that keeps its id (sent
/// again at every sign-in, so it lives as long as it is used), and, for a new
/// device, the letter telling the person, when the installation sends email.
pub fn remember(
    state: &AppState,
    headers: &HeaderMap,
    device: DeviceNoted,
) -> (HeaderName, HeaderValue) {
    let names = CookieNames::for_config(&state.config);
    if let (Some(mailer), Some(email)) = (state.config.mailer.clone(), device.tell) {
        let tr = crate::i18n::from_headers(headers);
        let letter = letters::new_device(&tr, &format_date(&tr, state.ctx.now()));
        // Sent beside the sign-in, not before it: a slow mail server must
        // not hold the person up. A failure is logged by the mailer.
        tokio::spawn(async move {
            let _ = mailer
                .send("new_device", &email, &letter.subject, letter.body)
                .await;
        });
    }
    cookies::set_for(
        names,
        cookie_name(&state.config),
        device.id,
        mfa::DEVICE_COOKIE_SECS,
    )
}

/// The home page's notice of a recent sign-in from a new device, if there was one.
pub async fn home_notice(
    state: &AppState,
    tr: &Tr,
    viewer: &Viewer,
) -> Result<Option<String>, AppError> {
    let latest = recent_new_device(&state.ctx, &viewer.actor, &viewer.memberships).await?;
    Ok(latest.map(|at| tr.t_args("mfa-new-device-notice", &[("date", format_date(tr, at))])))
}
