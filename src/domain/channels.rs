//! Where the weekly rhythm reaches people besides e-mail: phone
//! notifications (Web Push) and the chat channels. What each message says
//! is built here, from facts that hold no score: a vote happens on
//! Mistvine's own page, never in a notification or a chat, and no message
//! says how anyone voted or what a tally is.

use super::validation::bounded_text;
use super::ValidationError;
use crate::msg;
use serde::{Deserialize, Serialize};

/// A way a message leaves the server; every one waits in the same outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    Email,
    Push,
    Teams,
    Slack,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Email, Channel::Push, Channel::Teams, Channel::Slack];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Push => "push",
            Self::Teams => "teams",
            Self::Slack => "slack",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == raw)
    }

    /// What people call it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Email => "E-mail",
            Self::Push => "Phone notifications",
            Self::Teams => "Microsoft Teams",
            Self::Slack => "Slack",
        }
    }
}

/// What a phone notification shows, and the page it opens (a path on this
/// server). The service worker reads exactly these fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushNote {
    pub title: String,
    pub body: String,
    pub url: String,
    /// A newer notification with the same tag replaces an older one.
    pub tag: String,
}

/// The weekly reminder as a notification, in its reader's language: it
/// opens the vote page. (Server side: worded from the message files.)
#[cfg(any(feature = "ssr", test))]
pub fn push_reminder(l: super::locale::Locale, org: &str, wave: &str, week: (u32, u32)) -> PushNote {
    use crate::t_in;
    PushNote {
        title: t_in!(l, "mail-reminder-subject", org = org.to_owned()),
        body: t_in!(l, "push-reminder", week = super::mail::text::week(l, week), wave = wave.to_owned()),
        url: "/vote".into(),
        tag: "mistvine-weekly-reminder".into(),
    }
}

/// What a person calls a device that shows notifications ("Phone").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceLabel(String);

impl DeviceLabel {
    pub const MAX_CHARS: usize = 40;

    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        bounded_text("label", msg!("label-device-name"), raw, Self::MAX_CHARS).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Devices one person may have notifications on.
pub const MAX_PUSH_DEVICES: usize = 10;

/// One device the person gets notifications on, as the account page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PushDevice {
    pub id: i64,
    pub label: String,
    pub created_at: i64,
    pub last_sent_at: Option<i64>,
}

/// The account page's phone-notification section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PushChoices {
    /// The person's current organisation sends notifications (its admins
    /// may turn them off).
    pub org_allows: bool,
    /// The server's public key, for the browser's `pushManager.subscribe`.
    pub public_key: String,
    /// Whether the person wants the weekly reminder on their devices.
    pub wanted: bool,
    pub devices: Vec<PushDevice>,
}

/// A Teams channel an organisation posts to, as admins see it (the URL
/// itself stays sealed: whoever holds it can post there).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamsHook {
    pub host: String,
    pub added_at: i64,
}

/// The admin page's channels section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgChannels {
    /// Members may get the weekly reminder as a phone notification.
    pub push: bool,
    /// Posts go to Teams (when a webhook is set).
    pub teams_on: bool,
    pub teams: Option<TeamsHook>,
}

/// An organisation's Slack, as admins see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlackStatus {
    /// This server is set up as a Slack app (its operator gave the credentials).
    pub available: bool,
    /// The organisation has Slack on (admins may turn it off without disconnecting).
    pub on: bool,
    pub install: Option<SlackInstall>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlackInstall {
    pub workspace: String,
    pub installed_at: i64,
    pub digest_channel: Option<String>,
    pub synced_at: Option<i64>,
    /// Members matched to a Slack user by their verified address.
    pub linked: i64,
}

/// A person's Slack, on their account page: whether they are linked in
/// their current organisation's workspace and want the reminder there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlackChoice {
    pub workspace: Option<String>,
    pub linked: bool,
    pub wanted: bool,
}

/// The Slack channel the digest goes to: `#name` as people type it, or a
/// channel id (`C0123ABCD`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlackChannel(String);

impl SlackChannel {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let raw = raw.trim();
        let is_id = raw.len() >= 8
            && raw.len() <= 20
            && raw.starts_with(['C', 'G'])
            && raw.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if is_id {
            return Ok(Self(raw.to_owned()));
        }
        let name = raw.trim_start_matches('#');
        let fits = !name.is_empty()
            && name.chars().count() <= 80
            && name.chars().all(|c| c.is_lowercase() || c.is_numeric() || matches!(c, '-' | '_' | '.'));
        if fits {
            Ok(Self(format!("#{name}")))
        } else {
            Err(ValidationError::new("channel", msg!("invalid-slack-channel")))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_read_back_as_they_are_written() {
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.as_str()), Some(c));
        }
        assert_eq!(Channel::parse("fax"), None);
    }

    #[test]
    fn a_reminder_opens_the_vote_page_and_names_no_number_but_the_week() {
        use crate::domain::locale::Locale;
        let n = push_reminder(Locale::En, "Acme", "Spring wave", (3, 6));
        assert_eq!(n.url, "/vote");
        assert!(n.body.contains("week 3 of 6") && n.body.contains("Spring wave"));
        assert!(!n.body.chars().any(|c| c.is_ascii_digit() && !"36".contains(c)));
        let n = push_reminder(Locale::De, "Acme", "Spring wave", (3, 6));
        assert_eq!(n.title, "Acme: die Abstimmung dieser Woche");
        assert!(n.body.starts_with("Es ist Woche 3 von 6 der Welle Spring wave."), "{}", n.body);
    }

    #[test]
    fn slack_channels_are_names_or_ids() {
        assert_eq!(SlackChannel::parse(" okr-leads ").unwrap().as_str(), "#okr-leads");
        assert_eq!(SlackChannel::parse("#okr_leads").unwrap().as_str(), "#okr_leads");
        assert_eq!(SlackChannel::parse("C0123ABCD").unwrap().as_str(), "C0123ABCD");
        for bad in ["", "#", "OKR Leads", "<!channel>", "#a b"] {
            assert!(SlackChannel::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn device_labels_are_bounded() {
        assert_eq!(DeviceLabel::parse("  Phone ").unwrap().as_str(), "Phone");
        assert!(DeviceLabel::parse("").is_err());
        assert!(DeviceLabel::parse(&"x".repeat(41)).is_err());
    }
}
