//! `moves digest`: one email to each person who asked for digests and has
//! something waiting for them, saying only that (never what, whose or where).
//! Run it from a timer (say daily). What is waiting is read and decided by
//! core, from the same facts as the person's home page
//! (`moves_core::home::digest`); a send is recorded, with a read entry for
//! each circle it was made from, only once the mail server took the message,
//! so a failed one is tried again next time. One person's trouble (an address that cannot be
//! written to, their circles unreadable, a send not recorded) never stops the
//! others: it is counted, and the run ends non-zero. Logs and output hold
//! counts only, never an address or a name.

use crate::config::Config;
use crate::database::Backend;
use anyhow::{Result, bail};
use moves_core::Ctx;
use moves_core::clock::SystemClock;
use moves_core::home::digest::{self, DigestRecipient};
use moves_store::StoreError;
use moves_web::i18n::Tr;
use moves_web::mail::{Mailer, SendError, letters};
use std::process::ExitCode;
use std::sync::Arc;

pub async fn run(config: &Config) -> Result<ExitCode> {
    let (Some((_, mailer)), Some(public_url)) = (&config.mail, &config.public_url) else {
        bail!(
            "moves digest sends email, so it needs an SMTP server: set smtp_url, mail_from and \
             public_url (see README: Configuration). Nothing was sent."
        );
    };
    let backend = Backend::open_migrated(config).await?;
    let store = backend.store();
    let ctx = Ctx::new(store.clone(), Arc::new(SystemClock));
    let result = send_all(&ctx, mailer, public_url).await;
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

/// An error's kind, for the log: its text could carry data.
fn kind(e: &moves_core::Error) -> &'static str {
    match e {
        moves_core::Error::Store(StoreError::Conflict(_)) => "conflict",
        moves_core::Error::Store(StoreError::Unavailable(_)) => "unavailable",
        moves_core::Error::Store(StoreError::Corrupt(_)) => "corrupt",
        _ => "other",
    }
}

async fn send_all(ctx: &Ctx, mailer: &Mailer, public_url: &str) -> Result<Outcome> {
    let letter = letters::digest(&Tr::default(), public_url);
    let recipients: Vec<DigestRecipient> = digest::recipients(ctx).await?;
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
        let waiting = match digest::waiting_for(ctx, person).await {
            Ok(waiting) => waiting,
            Err(e) => {
                tracing::warn!(
                    why = kind(&e),
                    "digest skipped: the store could not be read"
                );
                outcome.unreadable += 1;
                continue;
            }
        };
        if waiting.is_empty() {
            continue;
        }
        match mailer
            .send("digest", email, &letter.subject, letter.body.clone())
            .await
        {
            Ok(()) => {
                outcome.sent += 1;
                let mut recorded = true;
                for w in &waiting {
                    if let Err(e) = digest::sent(ctx, w).await {
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
