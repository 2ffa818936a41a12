//! What the outbox's sender (`infra::sender`) needs besides the context:
//! its HTTP client, the server's push identity, and the bell requests ring
//! after queueing a message. Requests never send: they add to the outbox
//! in their own transaction and ring.

use super::push::Vapid;
use super::settings::Settings;
use std::time::Duration;
use tokio::sync::Notify;

/// What the sender needs besides the context: its HTTP client, the
/// server's push identity, and the bell requests ring.
pub struct Delivery {
    pub http: reqwest::Client,
    pub vapid: Vapid,
    /// Whom push services may contact about this server (RFC 8292's `sub`).
    pub push_contact: String,
    /// The Slack app, when this server is one.
    pub slack: Option<super::slack::SlackApp>,
    pub(super) poll: Duration,
    /// Rung after a request queues a message, so it goes now rather than at
    /// the next poll (another server's worker finds it by polling).
    pub(super) wake: Notify,
}

impl Delivery {
    pub fn new(settings: &Settings, vapid: Vapid) -> Result<Self, String> {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| format!("cannot make the HTTP client for notifications: {e}"))?;
        let push_contact = match settings.mail_from.as_deref().and_then(|f| f.parse::<lettre::message::Mailbox>().ok()) {
            Some(from) => format!("mailto:{}", from.email),
            None => settings.site_base(),
        };
        let slack = super::slack::SlackApp::from_settings(settings);
        Ok(Self { http, vapid, push_contact, slack, poll: Duration::from_millis(settings.mail_poll_ms.max(10)), wake: Notify::new() })
    }

    /// Has the worker look at the outbox now.
    pub fn wake(&self) {
        self.wake.notify_one();
    }
}
