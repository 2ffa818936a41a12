//! Who may vote, and how a browser changes its own vote, while nobody can
//! tell how a person voted. The storage side is `server::vote::vault`; the full
//! threat model (what a copy of the database tells, with and without the
//! key) is in docs/security-and-anonymity.md.
//!
//! - A receipt names its voter only by `voter_tag` = HMAC-SHA256(vote key,
//!   person, objective, week). The key lives in a file apart from the data
//!   (`--vote-key-file`), never in the database or its backups.
//! - A ballot is a slot in its objective's box; nothing stored joins a
//!   receipt to a slot. The voter's browser keeps a *claim* on the slot it
//!   filled (slot number and a MAC under the key, bound to the person) in an
//!   HttpOnly cookie; the server checks the MAC to let that browser see and
//!   change its own vote. A vote cast from another browser (or after the
//!   cookie was cleared) cannot be changed.
//! - No log line, error message or response carries anyone's score.

use crate::domain::ids::{ObjectiveId, SurveyId, UserId};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::path::Path;

/// The claims cookie's name (`__Host-` over HTTPS, like the session's).
pub fn claims_cookie(https: bool) -> &'static str {
    if https {
        "__Host-mistvine_ballots"
    } else {
        "mistvine_ballots"
    }
}
const KEY_LEN: usize = 32;

pub type VoteKey = [u8; KEY_LEN];

/// Reads the vote key; `None` when the file does not exist.
pub fn load_key(path: &Path) -> Result<Option<VoteKey>, String> {
    if !path.exists() {
        return Ok(None);
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read vote key {}: {e}", path.display()))?;
    decode_hex(text.trim()).map(Some).ok_or_else(|| format!("vote key {} is not 64 hex digits", path.display()))
}

/// Creates a new key file, readable by its owner only.
pub fn create_key(path: &Path) -> Result<VoteKey, String> {
    let mut key = [0u8; KEY_LEN];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut key);
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    write_private(path, &hex).map_err(|e| format!("cannot write vote key {}: {e}", path.display()))?;
    tracing::info!(path = %path.display(), "created a new vote key; keep a copy apart from your backups");
    Ok(key)
}

/// What the vault stores to recognise its key (the key cannot be derived from it).
pub fn key_fingerprint(key: &VoteKey) -> Vec<u8> {
    mac(key, b"mistvine vault key fingerprint")
}

/// A key for another purpose (sealing a provider's client secret), derived
/// from the vote key: it shares the vote key's keeping (outside the
/// database and its backups, shared by every server) without another file.
pub fn derived_key(key: &VoteKey, purpose: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(&mac(key, format!("mistvine derived key: {purpose}").as_bytes()));
    out
}

fn mac(key: &VoteKey, message: &[u8]) -> Vec<u8> {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    m.update(message);
    m.finalize().into_bytes().to_vec()
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
    mac(key, format!("{}:{}:{}", user.0, objective.0, week).as_bytes())
}

/// The opaque "this person answered this survey" marker.
pub fn survey_tag(key: &VoteKey, user: UserId, survey: SurveyId) -> Vec<u8> {
    mac(key, format!("survey:{}:{}", user.0, survey.0).as_bytes())
}

const CLAIM_MAC_LEN: usize = 16;

fn claim_mac(key: &VoteKey, user: UserId, objective: ObjectiveId, week: u32, slot: i64) -> Vec<u8> {
    let mut m = mac(key, format!("claim:{}:{}:{}:{}", user.0, objective.0, week, slot).as_bytes());
    m.truncate(CLAIM_MAC_LEN);
    m
}

/// The browser's proof that it filled `slot`: `slot.mac`.
pub fn claim(key: &VoteKey, user: UserId, objective: ObjectiveId, week: u32, slot: i64) -> String {
    let m: String = claim_mac(key, user, objective, week, slot).iter().map(|b| format!("{b:02x}")).collect();
    format!("{slot}.{m}")
}

/// The slot a claim names, if the claim is genuine for this person, objective and week.
pub fn claimed_slot(key: &VoteKey, user: UserId, objective: ObjectiveId, week: u32, claim: &str) -> Option<i64> {
    let (slot, m) = claim.split_once('.')?;
    let slot: i64 = slot.parse().ok()?;
    let given: Vec<u8> =
        (0..m.len() / 2).map(|i| m.get(i * 2..i * 2 + 2).and_then(|h| u8::from_str_radix(h, 16).ok())).collect::<Option<_>>()?;
    let expected = claim_mac(key, user, objective, week, slot);
    // Constant-time comparison: a forged claim learns nothing from timing.
    (given.len() == expected.len() && given.iter().zip(&expected).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0).then_some(slot)
}

/// One remembered ballot: objective, week, claim.
type Held = (ObjectiveId, u32, String);

/// The ballot claims a browser holds for one person: what it sends with
/// each request (the claims cookie, read and written by the web layer) and
/// what a vote updates. Entries of anyone else who used the browser are
/// not read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Claims {
    entries: Vec<Held>,
}

impl Claims {
    /// The claims in a cookie's value, if it is `user`'s.
    pub fn parse(value: &str, user: UserId) -> Self {
        let mut parts = value.split('|');
        if parts.next() != Some(user.0.to_string().as_str()) {
            return Self::default();
        }
        let entries = parts
            .filter_map(|entry| {
                let mut f = entry.split(':');
                let objective = f.next()?.parse().ok().map(ObjectiveId)?;
                let week = f.next()?.parse().ok()?;
                let claim = f.next().filter(|s| !s.is_empty() && s.len() <= 64)?;
                Some((objective, week, claim.to_owned()))
            })
            .collect();
        Self { entries }
    }

    /// The cookie's value: the person, then each claim.
    pub fn value(&self, user: UserId) -> String {
        let mut v = user.0.to_string();
        for (o, w, s) in &self.entries {
            v.push_str(&format!("|{}:{}:{}", o.0, w, s));
        }
        v
    }

    /// The slot this browser filled on `objective` in `week`, if its claim is genuine.
    pub fn slot(&self, key: &VoteKey, user: UserId, objective: ObjectiveId, week: u32) -> Option<i64> {
        self.entries.iter().find(|(o, w, _)| *o == objective && *w == week).and_then(|(o, w, c)| claimed_slot(key, user, *o, *w, c))
    }

    /// Every genuine claim of `week`: (objective, slot).
    pub fn slots_of_week(&self, key: &VoteKey, user: UserId, week: u32) -> Vec<(ObjectiveId, i64)> {
        self.entries
            .iter()
            .filter(|(_, w, _)| *w == week)
            .filter_map(|(o, w, c)| claimed_slot(key, user, *o, *w, c).map(|s| (*o, s)))
            .collect()
    }

    /// Records that this browser filled `slot` (replacing an older claim on
    /// the same objective and week), and keeps only `week`'s claims: older
    /// weeks can no longer change.
    pub fn record(&mut self, key: &VoteKey, user: UserId, objective: ObjectiveId, week: u32, slot: i64) {
        self.keep_week(week);
        self.entries.retain(|(o, _, _)| *o != objective);
        self.entries.push((objective, week, claim(key, user, objective, week, slot)));
    }

    /// Drops the claims of weeks before `week`.
    pub fn keep_week(&mut self, week: u32) {
        self.entries.retain(|(_, w, _)| *w == week);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_round_trips_for_its_owner_only() {
        let entries = vec![(ObjectiveId(3), 2, "abc".to_string()), (ObjectiveId(9), 2, "def".to_string())];
        let v = Claims { entries: entries.clone() }.value(UserId(7));
        assert_eq!(Claims::parse(&v, UserId(7)).entries, entries);
        assert_eq!(Claims::parse(&v, UserId(8)), Claims::default(), "another person on the same browser sees nothing");
        assert_eq!(Claims::parse("7|garbage|3:x:y", UserId(7)), Claims::default());
    }

    #[test]
    fn a_recorded_vote_replaces_its_older_claim_and_drops_past_weeks() {
        let k = [6u8; KEY_LEN];
        let mut c = Claims::default();
        c.record(&k, UserId(1), ObjectiveId(2), 3, 10);
        c.record(&k, UserId(1), ObjectiveId(5), 3, 11);
        c.record(&k, UserId(1), ObjectiveId(2), 3, 12);
        assert_eq!(c.slot(&k, UserId(1), ObjectiveId(2), 3), Some(12));
        assert_eq!(c.slots_of_week(&k, UserId(1), 3), [(ObjectiveId(5), 11), (ObjectiveId(2), 12)]);
        assert_eq!(c.slot(&k, UserId(2), ObjectiveId(2), 3), None, "a claim is bound to its person");
        c.record(&k, UserId(1), ObjectiveId(5), 4, 1);
        assert_eq!(c.slots_of_week(&k, UserId(1), 3), [], "a new week's vote drops last week's claims");
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
    fn key_file_is_created_once_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys").join("vote.key");
        assert_eq!(load_key(&path).unwrap(), None);
        let first = create_key(&path).unwrap();
        assert_eq!(load_key(&path).unwrap(), Some(first));
        assert!(create_key(&path).is_err(), "an existing key is never overwritten");
        std::fs::write(&path, "nope").unwrap();
        assert!(load_key(&path).is_err());
    }

    #[test]
    fn claims_are_bound_to_person_objective_week_and_slot() {
        let k = [3u8; KEY_LEN];
        let c = claim(&k, UserId(1), ObjectiveId(2), 3, 17);
        assert_eq!(claimed_slot(&k, UserId(1), ObjectiveId(2), 3, &c), Some(17));
        assert_eq!(claimed_slot(&k, UserId(9), ObjectiveId(2), 3, &c), None);
        assert_eq!(claimed_slot(&k, UserId(1), ObjectiveId(4), 3, &c), None);
        assert_eq!(claimed_slot(&k, UserId(1), ObjectiveId(2), 4, &c), None);
        assert_eq!(claimed_slot(&[4u8; KEY_LEN], UserId(1), ObjectiveId(2), 3, &c), None);
        let forged = c.replacen("17.", "18.", 1);
        assert_eq!(claimed_slot(&k, UserId(1), ObjectiveId(2), 3, &forged), None);
        assert_eq!(claimed_slot(&k, UserId(1), ObjectiveId(2), 3, "17.zz"), None);
    }

    proptest::proptest! {
        /// The ballot cookie comes from the browser: any text is read
        /// without panic, and no made-up claim is ever taken as genuine.
        #[test]
        fn any_cookie_or_claim_is_read_without_panic_and_never_forges(raw in "\\PC{0,120}", slot in 0i64..1000) {
            let k = [5u8; KEY_LEN];
            for (o, w, c) in Claims::parse(&raw, UserId(7)).entries {
                proptest::prop_assert!(c.len() <= 64);
                let _ = claimed_slot(&k, UserId(7), o, w, &c);
            }
            proptest::prop_assert_eq!(claimed_slot(&k, UserId(7), ObjectiveId(1), 1, &raw), None);
            proptest::prop_assert_eq!(claimed_slot(&k, UserId(7), ObjectiveId(1), 1, &format!("{slot}.{raw}")), None);
        }
    }
}
