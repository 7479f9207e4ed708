//! Email, when the installation is given an SMTP server (`smtp_url`): invitation
//! and password-reset links, and new-device notices for people without a second
//! factor. Without one, nothing is sent and links are shown to the person who
//! made them, to pass on by hand.
//!
//! Messages are short plain text, written in Fluent like every other string
//! (`i18n/en-GB/mail.ftl`). They hold a link or a notice, never anything from a
//! circle. Logs say that a message was or was not sent, never to whom: an SMTP
//! server's error can repeat the address, so only the kind of failure is logged.

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncTransport, Tokio1Executor};
use moves_core::user::Email;
use std::fmt;
use std::time::Duration;

/// How long one message may take to hand over before the page goes on without it.
const SEND_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a mail setting is refused at start-up.
#[derive(Debug, thiserror::Error)]
pub enum MailSetupError {
    #[error(
        "smtp_url must look like smtp://host:25, smtp://user:password@host:587?tls=required or smtps://host:465 ({0})"
    )]
    Url(String),
    #[error("mail_from must be an address like \"Resilient Moves <moves@example.org>\" ({0})")]
    From(String),
}

/// Why one message was not sent.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("the message could not be built")]
    Build,
    #[error("the mail server refused or could not be reached ({0})")]
    Transport(&'static str),
}

/// Sends mail through one SMTP server.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The URL may hold the server's password.
        f.debug_struct("Mailer").finish_non_exhaustive()
    }
}

impl Mailer {
    /// Checks both settings; nothing is connected until the first message.
    pub fn new(smtp_url: &str, from: &str) -> Result<Self, MailSetupError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| MailSetupError::Url(e.to_string()))?
            .timeout(Some(SEND_TIMEOUT))
            .build();
        let from = from
            .parse::<Mailbox>()
            .map_err(|e| MailSetupError::From(e.to_string()))?;
        Ok(Self { transport, from })
    }

    /// Sends one plain-text message. `kind` names it in the log.
    pub async fn send(
        &self,
        kind: &'static str,
        to: &Email,
        subject: &str,
        body: String,
    ) -> Result<(), SendError> {
        let to = to
            .as_str()
            .parse::<Mailbox>()
            .map_err(|_| SendError::Build)?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|_| SendError::Build)?;
        match self.transport.send(message).await {
            Ok(_) => {
                tracing::info!(kind, "email sent");
                Ok(())
            }
            Err(e) => {
                let why = if e.is_timeout() {
                    "timeout"
                } else if e.is_permanent() {
                    "refused"
                } else if e.is_transient() {
                    "try later"
                } else {
                    "connection"
                };
                tracing::warn!(kind, why, "email not sent");
                Err(SendError::Transport(why))
            }
        }
    }
}

pub mod letters;
