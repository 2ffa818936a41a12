//! E-mail: the SMTP connection (lettre, pure-Rust TLS). The worker that
//! empties the outbox is `infra::sender`. Requests never send: they add
//! to the outbox inside their own transaction (so a message exists exactly
//! when what it announces does) and wake the worker. The outbox is a table,
//! so nothing queued is lost on a restart, and every server of a shared
//! database may run a worker (see `store::outbox`).

use crate::domain::mail::text::Message;
use crate::infra::settings::{Settings, SmtpTls};
use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::sync::Arc;
use std::time::Duration;

/// How a server sends e-mail; absent when no SMTP server is configured.
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// Where links in e-mails point.
    pub base: String,
}

/// Why a message could not be sent.
pub enum SendError {
    /// Try again later (the server is down, busy, or refused for now).
    Transient(String),
    /// It will never go (a malformed address, a permanent refusal).
    Permanent(String),
}

impl Mailer {
    /// The mailer the settings describe; `None` without `--smtp-host`.
    pub fn from_settings(settings: &Settings) -> Result<Option<Arc<Self>>, String> {
        let Some(host) = settings.smtp_host.as_deref().filter(|h| !h.trim().is_empty()) else { return Ok(None) };
        let from = settings.mail_from.as_deref().ok_or(
            "--smtp-host is set, so --mail-from (MISTVINE_MAIL_FROM) must say who e-mails come from, e.g. \"Mistvine <okr@example.com>\"",
        )?;
        let from: Mailbox = from.parse().map_err(|e| format!("--mail-from {from:?} is not an e-mail address: {e}"))?;
        let bad = |e: lettre::transport::smtp::Error| format!("cannot use SMTP server {host}: {e}");
        let mut builder = match settings.smtp_tls {
            SmtpTls::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host).map_err(bad)?,
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host).map_err(bad)?,
            SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
        };
        if let Some(port) = settings.smtp_port {
            builder = builder.port(port);
        }
        match (&settings.smtp_user, &settings.smtp_password) {
            (Some(user), Some(password)) => builder = builder.credentials(Credentials::new(user.clone(), password.clone())),
            (None, None) => {}
            _ => return Err("give both --smtp-user and MISTVINE_SMTP_PASSWORD, or neither".into()),
        }
        if settings.public_url.is_none() {
            tracing::warn!("e-mail links will point at {}: set --public-url to the address people use", settings.site_base());
        }
        Ok(Some(Arc::new(Self { transport: builder.timeout(Some(Duration::from_secs(30))).build(), from, base: settings.site_base() })))
    }

    /// Sends one message over SMTP.
    pub async fn send(&self, to: &str, message: &Message) -> Result<(), SendError> {
        let to: Mailbox = to.parse().map_err(|e| SendError::Permanent(format!("not an e-mail address: {e}")))?;
        let email = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(message.body.clone())
            .map_err(|e| SendError::Permanent(format!("cannot build the message: {e}")))?;
        match self.transport.send(email).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
            Err(e) => Err(SendError::Transient(e.to_string())),
        }
    }
}
