//! Anonymous ballots: how one vote per person is enforced while nobody can
//! tell how a person voted. Scorecard survey answers follow the same design
//! (random-keyed responses, HMAC receipts; see `store::survey`).
//!
//! # Threat model
//!
//! We protect the *link between a person and a score* against: admins and
//! leaders using the app; anyone holding a copy of the database or a backup;
//! and anyone reading the server's logs. We do not protect against an
//! operator who controls the running server (they could change the code),
//! nor against what a tally itself reveals (if all three voters choose 2,
//! each of them chose 2) — results therefore show only from 3 voters up.
//!
//! # Design
//!
//! - `ballots` holds (random id, objective, week, score, change_hash): no
//!   user, no timestamp finer than the week, and a WITHOUT ROWID table keyed
//!   by 16 random bytes, so storage order says nothing about who came first.
//! - `vote_receipts` holds (objective, week, voter_tag), written in the same
//!   transaction, with nothing that refers to a ballot. `voter_tag` is
//!   HMAC-SHA256(vote key, user, objective, week); the key lives in a file
//!   outside the database (`--vote-key-file`), so a database copy cannot even
//!   say who voted — which matters when very few people did.
//! - To change a vote, the voter's browser keeps a random secret per ballot
//!   in an HttpOnly cookie that names its owner; the ballot stores only the
//!   secret's SHA-256. The server finds "this browser's ballot" from the
//!   secret, so no table ever joins a person to a ballot. A vote cast from
//!   another browser (or after the cookie was cleared) cannot be changed.
//! - No log line, error message or response carries anyone's score; a
//!   person's own score is shown only to the browser holding its secret.
//! - A receipt and its ballot are written in one commit, so SQLite's
//!   write-ahead log briefly holds both pages together; every vote ends with
//!   a `wal_checkpoint(TRUNCATE)` so the -wal file does not keep that
//!   pairing around (best effort: a checkpoint waits while others read).

use crate::domain::ids::{ObjectiveId, SurveyId, UserId};
use hmac::{Hmac, Mac};
use http::header::{COOKIE, SET_COOKIE};
use http::HeaderValue;
use leptos::prelude::{expect_context, use_context};
use leptos_axum::ResponseOptions;
use sha2::{Digest, Sha256};
use std::path::Path;

pub const BALLOT_COOKIE: &str = "mistvine_ballots";
const KEY_LEN: usize = 32;

pub type VoteKey = [u8; KEY_LEN];

/// Reads the vote key, creating it (readable by the owner only) on first start.
pub fn load_or_create_key(path: &Path) -> Result<VoteKey, String> {
    if path.exists() {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read vote key {}: {e}", path.display()))?;
        return decode_hex(text.trim()).ok_or_else(|| format!("vote key {} is not 64 hex digits", path.display()));
    }
    let mut key = [0u8; KEY_LEN];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut key);
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    write_private(path, &hex).map_err(|e| format!("cannot write vote key {}: {e}", path.display()))?;
    tracing::info!(path = %path.display(), "created a new vote key; keep it with (not inside) your backups");
    Ok(key)
}

#[cfg(unix)]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

fn decode_hex(s: &str) -> Option<VoteKey> {
    if s.len() != KEY_LEN * 2 {
        return None;
    }
    let mut out = [0u8; KEY_LEN];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(s.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

/// The opaque "this person voted on this objective this week" marker.
pub fn voter_tag(key: &VoteKey, user: UserId, objective: ObjectiveId, week: u32) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(format!("{}:{}:{}", user.0, objective.0, week).as_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// The opaque "this person answered this survey" marker.
pub fn survey_tag(key: &VoteKey, user: UserId, survey: SurveyId) -> Vec<u8> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(format!("survey:{}:{}", user.0, survey.0).as_bytes());
    mac.finalize().into_bytes().to_vec()
}

pub fn change_hash(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

pub fn new_secret() -> String {
    super::tokens::random_token()
}

/// One remembered ballot: objective, week, secret.
pub type Held = (ObjectiveId, u32, String);

/// The ballot secrets this browser holds for `user` (entries of anyone else
/// who used this browser are ignored).
pub fn held(user: UserId) -> Vec<Held> {
    let Some(parts) = use_context::<http::request::Parts>() else { return Vec::new() };
    let raw = parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(BALLOT_COOKIE).and_then(|rest| rest.strip_prefix('=')).map(str::to_owned));
    raw.map(|v| parse_cookie(&v, user)).unwrap_or_default()
}

fn parse_cookie(value: &str, user: UserId) -> Vec<Held> {
    let mut parts = value.split('|');
    if parts.next() != Some(user.0.to_string().as_str()) {
        return Vec::new();
    }
    parts
        .filter_map(|entry| {
            let mut f = entry.split(':');
            let objective = f.next()?.parse().ok().map(ObjectiveId)?;
            let week = f.next()?.parse().ok()?;
            let secret = f.next().filter(|s| !s.is_empty() && s.len() <= 64)?;
            Some((objective, week, secret.to_owned()))
        })
        .collect()
}

fn cookie_value(user: UserId, entries: &[Held]) -> String {
    let mut v = user.0.to_string();
    for (o, w, s) in entries {
        v.push_str(&format!("|{}:{}:{}", o.0, w, s));
    }
    v
}

/// Stores the browser's secrets for `week` (older weeks can no longer change, so they are dropped).
pub fn remember(user: UserId, week: u32, mut entries: Vec<Held>, secure: bool) {
    entries.retain(|(_, w, _)| *w == week);
    let attrs = if secure { "Path=/; HttpOnly; SameSite=Lax; Secure" } else { "Path=/; HttpOnly; SameSite=Lax" };
    set(format!("{BALLOT_COOKIE}={}; Max-Age={}; {attrs}", cookie_value(user, &entries), 8 * 86_400));
}

/// Drops the browser's ballot secrets (at log-out: the next person on this
/// browser must not see or change them).
pub fn forget(secure: bool) {
    let attrs = if secure { "Path=/; HttpOnly; SameSite=Lax; Secure" } else { "Path=/; HttpOnly; SameSite=Lax" };
    set(format!("{BALLOT_COOKIE}=; Max-Age=0; {attrs}"));
}

fn set(cookie: String) {
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        expect_context::<ResponseOptions>().append_header(SET_COOKIE, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_round_trips_for_its_owner_only() {
        let entries = vec![(ObjectiveId(3), 2, "abc".to_string()), (ObjectiveId(9), 2, "def".to_string())];
        let v = cookie_value(UserId(7), &entries);
        assert_eq!(parse_cookie(&v, UserId(7)), entries);
        assert!(parse_cookie(&v, UserId(8)).is_empty(), "another person on the same browser sees nothing");
        assert!(parse_cookie("7|garbage|3:x:y", UserId(7)).is_empty());
    }

    #[test]
    fn tags_differ_per_person_objective_and_week_and_need_the_key() {
        let k = [1u8; KEY_LEN];
        let t = voter_tag(&k, UserId(1), ObjectiveId(2), 3);
        assert_eq!(t.len(), 32);
        assert_ne!(t, voter_tag(&k, UserId(2), ObjectiveId(2), 3));
        assert_ne!(t, voter_tag(&k, UserId(1), ObjectiveId(3), 3));
        assert_ne!(t, voter_tag(&k, UserId(1), ObjectiveId(2), 4));
        assert_ne!(t, voter_tag(&[2u8; KEY_LEN], UserId(1), ObjectiveId(2), 3));
    }

    #[test]
    fn key_file_is_created_once_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vote.key");
        let first = load_or_create_key(&path).unwrap();
        assert_eq!(load_or_create_key(&path).unwrap(), first);
        std::fs::write(&path, "nope").unwrap();
        assert!(load_or_create_key(&path).is_err());
    }
}
