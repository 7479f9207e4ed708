//! Setting up the second factor: a secret to scan, confirmed with a code from
//! the app, then (once) ten recovery codes. A person part-way through signing
//! in is signed in by that confirmation (it is their second factor); a
//! signed-in member of staff may set one up too. Setting one up is an
//! account-wide change: it is audited in every organisation the person
//! belongs to, in the same transaction as the factor.

use super::account_wide::{account_entry, audit_in_every_organisation};
use super::mfa::{self, TotpFactor};
use super::second_factor::{audit_wrong_code, count_code, step_up};
use super::totp;
use crate::{Ctx, Error};
use moves_domain::audit::AuditAction;
use moves_domain::clock::Timestamp;
use moves_domain::ids::{OrgId, UserId};
use moves_domain::membership::Membership;
use moves_domain::permission::Actor;
use moves_domain::session::Session;
use moves_domain::user::User;

/// Who is setting up a factor.
#[derive(Debug, Clone, Copy)]
pub enum Enroller<'a> {
    /// Part-way through signing in.
    Pending(&'a Session),
    /// Signed in, with their active memberships.
    SignedIn {
        actor: &'a Actor,
        memberships: &'a [Membership],
    },
}

impl Enroller<'_> {
    fn person(&self) -> Option<UserId> {
        match self {
            Enroller::Pending(p) => Some(p.user_id),
            Enroller::SignedIn { actor, .. } => actor.user,
        }
    }

    fn org(&self) -> Option<OrgId> {
        match self {
            Enroller::Pending(p) => p.org_id,
            Enroller::SignedIn { actor, .. } => actor.org,
        }
    }

    fn pending(&self) -> Option<&Session> {
        match self {
            Enroller::Pending(p) => Some(p),
            Enroller::SignedIn { .. } => None,
        }
    }
}

/// Where a person stands with their factor.
#[derive(Debug)]
pub enum Enrolment {
    /// Parents, carers and young people have no second factor.
    NotForThem,
    /// Set up: since when, and how many recovery codes are left.
    Enrolled {
        since: Option<Timestamp>,
        recovery_codes_left: u64,
    },
    /// Being set up: the secret to scan (the same however often the page is
    /// shown, until it is confirmed) and the account name the app shows.
    Begun { secret: String, account: String },
}

/// The account name an authenticator app shows: the email address, or the
/// username.
fn account_name(user: &User) -> String {
    user.email
        .as_ref()
        .map(|e| e.as_str().to_owned())
        .or_else(|| user.username.clone())
        .unwrap_or_else(|| user.display_name.clone())
}

/// The person setting up, if a factor is for them.
async fn person(ctx: &Ctx, who: Enroller<'_>) -> Result<Option<User>, Error> {
    if let Enroller::SignedIn { memberships, .. } = who
        && !mfa::is_staff_anywhere(memberships)
    {
        return Ok(None);
    }
    let id = who.person().ok_or(Error::NotFound)?;
    ctx.store().user(id).await?.map(Some).ok_or(Error::NotFound)
}

/// The person's factor as it stands; one being set up is begun if there is
/// none.
pub async fn enrolment(ctx: &Ctx, who: Enroller<'_>) -> Result<Enrolment, Error> {
    let Some(user) = person(ctx, who).await? else {
        return Ok(Enrolment::NotForThem);
    };
    if let Some(f) = ctx.store().totp_factor(user.id).await?
        && f.is_enrolled()
    {
        let left = ctx.store().unused_recovery_codes(user.id).await?;
        return Ok(Enrolment::Enrolled {
            since: f.enrolled_at,
            recovery_codes_left: left,
        });
    }
    let candidate = TotpFactor::begin(user.id, totp::new_secret()?, ctx.now());
    let factor = ctx.store().begin_totp_enrolment(&candidate).await?;
    Ok(Enrolment::Begun {
        secret: factor.secret,
        account: account_name(&user),
    })
}

#[derive(Debug)]
pub enum Confirmed {
    NotForThem,
    /// Nothing being set up (set up already in another tab, or never begun):
    /// show what is true now.
    NothingBegun,
    /// The code was wrong (counted and audited).
    Wrong,
    /// Set up: the recovery codes to show once, and for a pending sign-in
    /// the token of the full session it became.
    Enrolled {
        recovery_codes: Vec<String>,
        token: Option<String>,
    },
}

/// Confirms the factor being set up with `code`; [`Error::Throttled`] when
/// too many codes were tried.
pub async fn confirm(ctx: &Ctx, who: Enroller<'_>, code: &str) -> Result<Confirmed, Error> {
    let Some(user) = person(ctx, who).await? else {
        return Ok(Confirmed::NotForThem);
    };
    let factor = match ctx.store().totp_factor(user.id).await? {
        Some(f) if !f.is_enrolled() => f,
        _ => return Ok(Confirmed::NothingBegun),
    };
    let counted = count_code(ctx, user.id).await?;
    let now = ctx.now();
    let Some(step) = totp::verify(&factor.secret, code, now) else {
        audit_wrong_code(ctx, user.id, who.org()).await?;
        return Ok(Confirmed::Wrong);
    };
    counted.succeeded(ctx.store()).await?;
    let codes = totp::new_recovery_codes()?;
    let hashes: Vec<String> = codes.iter().map(|c| totp::recovery_code_hash(c)).collect();
    // A factor guards the whole account: every organisation's log says so.
    let memberships = ctx.store().memberships_of_user(user.id).await?;
    let entry = account_entry(
        user.id,
        Some(user.id),
        AuditAction::MfaChanged,
        "enrolled",
        now,
    );
    let audit = audit_in_every_organisation(&memberships, &entry);
    if !ctx
        .store()
        .confirm_totp_enrolment(user.id, &factor.secret, step, &hashes, now, &audit)
        .await?
    {
        return Ok(Confirmed::NothingBegun);
    }
    // Part-way through signing in, this code was the second factor.
    let token = match who.pending() {
        Some(pending) => Some(step_up(ctx, pending, "totp_enrolled").await?),
        None => None,
    };
    Ok(Confirmed::Enrolled {
        recovery_codes: codes,
        token,
    })
}
