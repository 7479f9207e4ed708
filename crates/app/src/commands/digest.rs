//! `moves digest`: one email to each person who asked for digests and has
//! something waiting for them, saying only that (never what, whose or where).
//! Run it from a timer (say daily). What is waiting is read and decided by
//! core, from the same facts as the person's home page
//! (`moves_core::home::home_facts`, `moves_core::home::digest`); a send is
//! recorded only once the mail server took the message, so a failed one is
//! tried again next time. One person's trouble (an address that cannot be
//! written to, their circles unreadable, a send not recorded) never stops the
//! others: it is counted, and the run ends non-zero. Logs and output hold
//! counts only, never an address or a name.

use crate::config::Config;
use crate::database::Backend;
use anyhow::{Result, bail};
use moves_core::Clock;
use moves_core::clock::{SystemClock, Timestamp};
use moves_core::home::{digest_since, home_facts, something_waiting};
use moves_core::ids::{OrgId, UserId};
use moves_core::permission::Actor;
use moves_core::plan::Day;
use moves_store::{DigestRecipient, Store, StoreError, StoreResult};
use moves_web::i18n::Tr;
use moves_web::mail::{Mailer, SendError, letters};
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
    tracing::info!(
        sent = outcome.sent,
        not_sent = outcome.not_sent,
        not_recorded = outcome.not_recorded,
        bad_address = outcome.bad_address,
        unreadable = outcome.unreadable,
        "digests done"
    );
    let said = [
        (
            outcome.not_sent,
            "digest email(s) could not be sent; they will be tried again next time.",
        ),
        (
            outcome.not_recorded,
            "digest email(s) were sent but could not be recorded; they may be sent again next \
             time.",
        ),
        (
            outcome.bad_address,
            "person(s) skipped: their stored email address cannot be written to; they get no \
             digest until it is corrected.",
        ),
        (
            outcome.unreadable,
            "person(s) skipped: what is waiting for them could not be read (the log says why); \
             they will be tried again next time.",
        ),
    ];
    for (count, what) in said {
        if count > 0 {
            eprintln!("{count} {what}");
        }
    }
    if outcome.failed() > 0 {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// How a run went, in counts only.
#[derive(Debug, Default)]
struct Outcome {
    /// Emails the mail server took.
    sent: usize,
    /// Refused by the mail server, or it could not be reached.
    not_sent: usize,
    /// Sent, but the send could not be recorded.
    not_recorded: usize,
    /// People whose stored address is not one an email can go to.
    bad_address: usize,
    /// People whose circles could not be read.
    unreadable: usize,
}

impl Outcome {
    fn failed(&self) -> usize {
        self.not_sent + self.not_recorded + self.bad_address + self.unreadable
    }
}

/// A store error's kind, for the log: its text could carry data.
fn kind(e: &StoreError) -> &'static str {
    match e {
        StoreError::Conflict(_) => "conflict",
        StoreError::Unavailable(_) => "unavailable",
        StoreError::Corrupt(_) => "corrupt",
    }
}

async fn send_all(
    store: &dyn Store,
    mailer: &Mailer,
    public_url: &str,
    now: Timestamp,
) -> Result<Outcome> {
    let letter = letters::digest(&Tr::default(), public_url);
    let recipients = store.digest_recipients().await?;
    let mut outcome = Outcome::default();
    // The store answers person by person: one email per person, about
    // every organisation where something is waiting.
    for person in recipients.chunk_by(|a, b| a.user == b.user) {
        let Some(first) = person.first() else {
            continue;
        };
        let Some(email) = &first.email else {
            tracing::warn!("digest skipped: a stored email address is not valid");
            outcome.bad_address += 1;
            continue;
        };
        let waiting_in = match waiting_in(store, person, now).await {
            Ok(orgs) => orgs,
            Err(e) => {
                tracing::warn!(
                    why = kind(&e),
                    "digest skipped: the store could not be read"
                );
                outcome.unreadable += 1;
                continue;
            }
        };
        if waiting_in.is_empty() {
            continue;
        }
        match mailer
            .send("digest", email, &letter.subject, letter.body.clone())
            .await
        {
            Ok(()) => {
                outcome.sent += 1;
                let mut recorded = true;
                for org in waiting_in {
                    if let Err(e) = store.digest_sent(org, first.user, now).await {
                        tracing::warn!(why = kind(&e), "digest sent but not recorded");
                        recorded = false;
                    }
                }
                if !recorded {
                    outcome.not_recorded += 1;
                }
            }
            // The address cannot be made into a message: sending again
            // would fail the same way.
            Err(SendError::Build) => outcome.bad_address += 1,
            // The mailer logged why (without the address); not recorded, so
            // the next run tries again.
            Err(SendError::Transport(_)) => outcome.not_sent += 1,
        }
    }
    Ok(outcome)
}

/// The organisations of `person` (their rows of the store's answer, one per
/// organisation) where something is waiting for them since their last look
/// or last digest: their home page's facts there, decided by core.
async fn waiting_in(
    store: &dyn Store,
    person: &[DigestRecipient],
    now: Timestamp,
) -> StoreResult<Vec<OrgId>> {
    let mut orgs = Vec::new();
    for r in person {
        let actor = actor(store, r.user, r.org).await?;
        let since = digest_since(r.last_visit, r.last_sent);
        let Some(facts) = home_facts(store, &actor, since, Day::of(now)).await? else {
            continue;
        };
        if something_waiting(since, now, &facts) {
            orgs.push(r.org);
        }
    }
    Ok(orgs)
}

/// The person as they act in `org`: their active roles there.
async fn actor(store: &dyn Store, user: UserId, org: OrgId) -> StoreResult<Actor> {
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
