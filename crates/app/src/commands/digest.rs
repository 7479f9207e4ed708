//! `moves digest`: one email to each person who asked for digests and has
//! something waiting for them, saying only that (never what, whose or where).
//! Run it from a timer (say daily). Whether something is waiting is core's
//! rule (`moves_core::home::digest`), over the same store answers the home page
//! reads; a send is recorded only once the mail server took the message, so a
//! failed one is tried again next time. Logs and output hold counts only.

use crate::config::Config;
use crate::database::Backend;
use anyhow::{Result, bail};
use moves_core::Clock;
use moves_core::clock::{SystemClock, Timestamp};
use moves_core::home::{digest_since, due_for, new_for_you, something_waiting};
use moves_core::ids::{OrgId, UserId};
use moves_core::permission::{Actor, Capability};
use moves_core::plan::Day;
use moves_core::store::{DigestRecipient, Store};
use moves_web::i18n::Tr;
use moves_web::mail::{Mailer, letters};
use std::process::ExitCode;

pub async fn run(config: &Config) -> Result<ExitCode> {
    let (Some((_, mailer)), Some(public_url)) = (&config.mail, &config.public_url) else {
        bail!(
            "moves digest sends email, so it needs an SMTP server: set smtp_url, mail_from and \
             public_url (see README: Configuration). Nothing was sent."
        );
    };
    let backend = Backend::open_migrated(config).await?;
    let store = backend.store();
    let result = send_all(store.as_ref(), mailer, public_url, SystemClock.now()).await;
    store.close().await;
    let outcome = result?;
    println!("Sent {} digest email(s).", outcome.sent);
    tracing::info!(sent = outcome.sent, failed = outcome.failed, "digests done");
    if outcome.failed > 0 {
        eprintln!(
            "{} digest email(s) could not be sent; they will be tried again next time.",
            outcome.failed
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

struct Outcome {
    sent: usize,
    failed: usize,
}

async fn send_all(
    store: &dyn Store,
    mailer: &Mailer,
    public_url: &str,
    now: Timestamp,
) -> Result<Outcome> {
    let letter = letters::digest(&Tr::default(), public_url);
    let recipients = store.digest_recipients().await?;
    let mut outcome = Outcome { sent: 0, failed: 0 };
    // The store answers person by person: one email per person, about
    // every organisation where something is waiting.
    for person in recipients.chunk_by(|a, b| a.user == b.user) {
        let mut waiting_in: Vec<OrgId> = Vec::new();
        for r in person {
            if waiting(store, r, now).await? {
                waiting_in.push(r.org);
            }
        }
        let Some(first) = person.first() else {
            continue;
        };
        if waiting_in.is_empty() {
            continue;
        }
        match mailer
            .send("digest", &first.email, &letter.subject, letter.body.clone())
            .await
        {
            Ok(()) => {
                for org in waiting_in {
                    store.digest_sent(org, first.user, now).await?;
                }
                outcome.sent += 1;
            }
            // The mailer logged why (without the address); not recorded, so
            // the next run tries again.
            Err(_) => outcome.failed += 1,
        }
    }
    Ok(outcome)
}

/// Whether something is waiting for `r` in their organisation, from the same
/// store answers and core rules as their home page ("What needs you", "New
/// for you"), since their last look or last digest.
async fn waiting(store: &dyn Store, r: &DigestRecipient, now: Timestamp) -> Result<bool> {
    let actor = actor(store, r.user, r.org).await?;
    let (org, user) = (r.org, r.user);
    let sees_team_circles = actor.may(Capability::SeeTeamCircles);
    if !actor.may(Capability::WorkInOwnCircles) && !sees_team_circles {
        return Ok(false);
    }
    let since = digest_since(r.last_visit, r.last_sent);
    let circles: Vec<_> = store
        .circles_of_user(org, user)
        .await?
        .into_iter()
        .map(|s| s.circle)
        .collect();
    let (team_circles, teams) = if sees_team_circles {
        let circles: Vec<_> = store
            .circles_of_teams_of_user(org, user)
            .await?
            .into_iter()
            .map(|s| s.circle)
            .collect();
        let teams: Vec<_> = store
            .teams_of_user(org, user)
            .await?
            .into_iter()
            .map(|t| t.id)
            .collect();
        (circles, teams)
    } else {
        (Vec::new(), Vec::new())
    };
    let members = store.members_of_circles_of_user(org, user).await?;
    let notes = store
        .notes_shared_in_circles_of_user(org, user, since)
        .await?;
    let perspectives = store
        .perspectives_shared_in_circles_of_user(org, user, since)
        .await?;
    let plans = store.open_plans_for_home(org, user).await?;
    let due = due_for(
        &actor,
        &circles,
        &team_circles,
        &teams,
        &members,
        &plans,
        Day::of(now),
    );
    let shared = new_for_you(&actor, &circles, &members, &notes, &perspectives);
    Ok(something_waiting(since, now, &due, &shared, &plans))
}

/// The person as they act in `org`: their active roles there.
async fn actor(store: &dyn Store, user: UserId, org: OrgId) -> Result<Actor> {
    let installation_admin = store
        .user(user)
        .await?
        .is_some_and(|u| u.installation_admin);
    let roles = store
        .memberships_of_user(user)
        .await?
        .into_iter()
        .filter(|m| m.org_id == org)
        .map(|m| m.role)
        .collect();
    Ok(Actor {
        user: Some(user),
        installation_admin,
        org: Some(org),
        roles,
    })
}
