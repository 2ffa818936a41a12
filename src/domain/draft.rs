//! Drafts kept on the writer's own device, and the queue that sends them.
//!
//! A draft is what someone typed into the team-objective or PPP form, kept in
//! the browser as they type so a reload, a crashed tab or a lost connection
//! loses nothing. Submitting puts it in a queue; the queue is sent when the
//! browser is online. Every draft carries a [`ClientKey`] made on the device:
//! the server stores a submission with a given key at most once, so resending
//! after a lost response can never create a second copy.
//!
//! Everything here is pure: the browser keeps a [`DraftBook`] as JSON in local
//! storage (see `ui::offline`), one book per organisation and person.

use super::ids::{OrgId, TeamId, UserId};
use super::validation::ValidationError;
use crate::msg;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// How many drafts one person may keep per organisation on one device.
/// Local storage is small (about 5 MB per site); this keeps a book far below it.
pub const MAX_DRAFTS: usize = 30;

/// The longest wait between two tries to send drafts while the browser says
/// it is online but the server cannot be reached.
pub const RETRY_AT_MOST: Duration = Duration::from_secs(30);

/// How long to wait before trying again after `failures` tries in a row
/// found no server: 1 s, 2 s, 4 s … up to [`RETRY_AT_MOST`]. Browsers say
/// "online" as soon as a network is joined, often a moment before it
/// carries anything (Wi-Fi still asking for an address, a captive portal,
/// a tunnel's end), so the first tries come quickly and later ones back off.
pub fn retry_after(failures: u32) -> Duration {
    let doubled = Duration::from_secs(1).saturating_mul(1u32 << failures.saturating_sub(1).min(16));
    doubled.min(RETRY_AT_MOST)
}

/// A client-generated idempotency key: 16 to 64 characters of `[A-Za-z0-9_-]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ClientKey(String);

impl ClientKey {
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let ok_len = (16..=64).contains(&raw.len());
        let ok_chars = raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if ok_len && ok_chars {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ValidationError::new("client_key", msg!("invalid-draft-key")))
        }
    }

    /// Blank means "no key" (a plain form post without JavaScript).
    pub fn parse_optional(raw: &str) -> Result<Option<Self>, ValidationError> {
        if raw.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(raw.trim()).map(Some)
        }
    }

    /// A key from 16 random bytes (the browser's crypto supplies them).
    pub fn from_random(bytes: [u8; 16]) -> Self {
        Self(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ClientKey {
    type Error = ValidationError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<ClientKey> for String {
    fn from(k: ClientKey) -> String {
        k.0
    }
}

/// Whose book a queued draft was written in: sent with it, so the server
/// stores it only under that person's session. On a shared device a draft
/// written by one person is never sent with the session of whoever is signed
/// in later; it waits on the device for its writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DraftAuthor {
    pub org: OrgId,
    pub user: UserId,
}

impl DraftAuthor {
    /// The form field's value, `<organisation>.<person>`.
    pub fn to_field(self) -> String {
        format!("{}.{}", self.org, self.user)
    }

    /// Blank means "not said" (a plain form post without JavaScript).
    pub fn parse_optional(raw: &str) -> Result<Option<Self>, ValidationError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        // Digits only, no leading zero: one spelling per author.
        let number = |s: &str| s.parse::<i64>().ok().filter(|n| *n > 0 && !s.starts_with('0') && s.bytes().all(|b| b.is_ascii_digit()));
        match raw.split_once('.').map(|(o, u)| (number(o), number(u))) {
            Some((Some(org), Some(user))) => Ok(Some(Self { org: OrgId(org), user: UserId(user) })),
            _ => Err(ValidationError::new("author", msg!("invalid-draft-author"))),
        }
    }
}

/// Which form a draft belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DraftForm {
    TeamObjective,
    Ppp,
}

impl DraftForm {
    /// The server function a draft of this form is sent to. The browser
    /// build has no server functions, so the addresses are written here; a
    /// test of the server build checks they match (`server_fns::tests`).
    pub fn endpoint(self) -> &'static str {
        match self {
            DraftForm::TeamObjective => "/api/create_team_objective",
            DraftForm::Ppp => "/api/save_ppp",
        }
    }

    /// The name of the parts of a page that show what this form stores
    /// (their `data-refresh`), read again once a draft of it is stored.
    pub fn region(self) -> &'static str {
        match self {
            DraftForm::TeamObjective => "team-objectives",
            DraftForm::Ppp => "team-ppp",
        }
    }

    /// Names a draft in lists, from its own words where it has some.
    pub fn describe(self, fields: &[(String, String)]) -> String {
        let value = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.trim()).unwrap_or_default();
        let first_line = |text: &str| text.lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_owned);
        match self {
            DraftForm::TeamObjective => match value("title") {
                "" => msg!("draft-untitled-objective").to_string(),
                t => t.to_owned(),
            },
            DraftForm::Ppp => ["progress", "plans", "problems"]
                .into_iter()
                .find_map(|s| first_line(value(s)))
                .map(|l| msg!("draft-title-ppp", first = l).to_string())
                .unwrap_or_else(|| msg!("draft-title-empty-ppp").to_string()),
        }
    }
}

/// Where a draft goes: one form of one team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DraftTarget {
    pub form: DraftForm,
    pub team: TeamId,
}

/// Where a draft stands. A draft the server stored leaves the book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftStatus {
    /// Typed, kept on this device only.
    Local,
    /// Submitted; waits to be sent.
    Queued,
    /// Being sent now.
    Syncing,
    /// The server refused it. `field` names the form control, if one is at fault.
    Refused { reason: String, field: Option<String> },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub key: ClientKey,
    pub target: DraftTarget,
    /// Form control name → value, in form order (hidden controls included).
    pub fields: Vec<(String, String)>,
    /// Milliseconds since the epoch, from the device's clock.
    pub updated_at: i64,
    pub status: DraftStatus,
}

impl Draft {
    pub fn describe(&self) -> String {
        self.target.form.describe(&self.fields)
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// What came back from one attempt to send a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// The server has it (now, or from an earlier attempt with the same key).
    Saved,
    /// The server could not be reached; the draft stays queued.
    Unreachable,
    /// The server is signed in as someone else than the draft's writer (the
    /// device changed hands): the draft stays queued for its writer.
    OtherPerson,
    /// The server answered with a refusal; the draft stays, with the reason.
    Refused { reason: String, field: Option<String> },
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("This device already keeps {MAX_DRAFTS} drafts: send or discard one to start another.")]
    Full,
    #[error("This draft is being sent; wait a moment before changing it.")]
    Sending,
    #[error("That draft is no longer on this device.")]
    Missing,
}

/// One person's drafts in one organisation, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftBook {
    drafts: Vec<Draft>,
}

/// The local-storage key of a book: drafts never mix across people or organisations.
pub fn storage_key(org: OrgId, user: UserId) -> String {
    format!("mistvine.drafts.{org}.{user}")
}

impl DraftBook {
    /// Reads a stored book. A book the app cannot read (written by a future
    /// version, or damaged) is an error so the caller can keep it aside
    /// instead of overwriting what someone typed.
    pub fn from_json(raw: &str) -> Result<Self, String> {
        serde_json::from_str(raw).map_err(|e| e.to_string())
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a draft book always serialises")
    }

    pub fn all(&self) -> &[Draft] {
        &self.drafts
    }

    pub fn get(&self, key: &ClientKey) -> Option<&Draft> {
        self.drafts.iter().find(|d| &d.key == key)
    }

    pub fn for_target(&self, target: DraftTarget) -> impl Iterator<Item = &Draft> {
        self.drafts.iter().filter(move |d| d.target == target)
    }

    /// The draft to reopen when the form is opened again: the newest one.
    pub fn latest(&self, target: DraftTarget) -> Option<&Draft> {
        self.for_target(target).next()
    }

    /// Keys waiting to be sent, oldest first (the order they were written in).
    pub fn queued(&self) -> Vec<ClientKey> {
        self.drafts.iter().rev().filter(|d| d.status == DraftStatus::Queued).map(|d| d.key.clone()).collect()
    }

    /// Records what was typed. A draft waiting in the queue goes back to
    /// being local: the writer is still changing it and sends it again when
    /// done. A refused draft keeps its reason until it is sent again.
    pub fn edit(&mut self, key: &ClientKey, target: DraftTarget, fields: Vec<(String, String)>, now: i64) -> Result<(), DraftError> {
        match self.drafts.iter().position(|d| &d.key == key) {
            Some(i) => {
                let mut d = self.drafts.remove(i);
                if d.status == DraftStatus::Syncing {
                    self.drafts.insert(i, d);
                    return Err(DraftError::Sending);
                }
                if d.fields == fields {
                    self.drafts.insert(i, d);
                    return Ok(());
                }
                if d.status == DraftStatus::Queued {
                    d.status = DraftStatus::Local;
                }
                d.fields = fields;
                d.updated_at = now;
                self.drafts.insert(0, d);
            }
            None => {
                if self.drafts.len() >= MAX_DRAFTS {
                    return Err(DraftError::Full);
                }
                self.drafts.insert(0, Draft { key: key.clone(), target, fields, updated_at: now, status: DraftStatus::Local });
            }
        }
        Ok(())
    }

    /// Puts a draft in the queue to be sent.
    pub fn submit(&mut self, key: &ClientKey) -> Result<(), DraftError> {
        let d = self.drafts.iter_mut().find(|d| &d.key == key).ok_or(DraftError::Missing)?;
        if d.status == DraftStatus::Syncing {
            return Err(DraftError::Sending);
        }
        d.status = DraftStatus::Queued;
        Ok(())
    }

    /// Marks a queued draft as being sent; returns what to send.
    pub fn start_sending(&mut self, key: &ClientKey) -> Option<Draft> {
        let d = self.drafts.iter_mut().find(|d| &d.key == key && d.status == DraftStatus::Queued)?;
        d.status = DraftStatus::Syncing;
        Some(d.clone())
    }

    /// Applies the answer to a send. Returns the draft when it was saved.
    pub fn settle(&mut self, key: &ClientKey, outcome: SendOutcome) -> Option<Draft> {
        let i = self.drafts.iter().position(|d| &d.key == key && d.status == DraftStatus::Syncing)?;
        match outcome {
            SendOutcome::Saved => return Some(self.drafts.remove(i)),
            SendOutcome::Unreachable | SendOutcome::OtherPerson => self.drafts[i].status = DraftStatus::Queued,
            SendOutcome::Refused { reason, field } => self.drafts[i].status = DraftStatus::Refused { reason, field },
        }
        None
    }

    /// After a tab closed mid-send nobody knows whether the server got the
    /// draft: it goes back to the queue, and its key makes resending safe.
    pub fn recover(&mut self) {
        for d in &mut self.drafts {
            if d.status == DraftStatus::Syncing {
                d.status = DraftStatus::Queued;
            }
        }
    }

    pub fn discard(&mut self, key: &ClientKey) -> Result<Draft, DraftError> {
        let i = self.drafts.iter().position(|d| &d.key == key).ok_or(DraftError::Missing)?;
        if self.drafts[i].status == DraftStatus::Syncing {
            return Err(DraftError::Sending);
        }
        Ok(self.drafts.remove(i))
    }
}

#[cfg(test)]
mod tests;
