//! Phone notifications (Web Push): the server's VAPID identity (RFC 8292),
//! the encryption of each message to its device (RFC 8291, `aes128gcm`),
//! and the POST to the device's push service. Only the device can read a
//! message: the push service carries ciphertext.
//!
//! The VAPID key is derived from the vote key, so it is made on a new
//! server's first start with it, kept beside it, and the same on every
//! server of a database without another file to copy. It is one-way: the
//! signing key says nothing about the vote key.

use crate::domain::channels::PushNote;
use crate::domain::msg::Msg;
use crate::domain::ValidationError;
use crate::msg;
use crate::server::vote::claims::{derived_key, VoteKey};
use aes_gcm::aead::Aead;
use aes_gcm::{Aes128Gcm, KeyInit};
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use hkdf::Hkdf;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use p256::elliptic_curve::sec1::ToSec1Point;
use p256::{PublicKey, SecretKey};
use rand::RngCore;
use sha2::Sha256;
use std::time::Duration;
use url::Url;

/// The push services browsers subscribe with, by host (and their
/// subdomains). A subscription elsewhere needs `--push-service`.
const KNOWN_SERVICES: &[&str] =
    &["fcm.googleapis.com", "updates.push.services.mozilla.com", "push.services.mozilla.com", "notify.windows.com", "push.apple.com"];

/// How long a push service keeps trying to reach a device that is off:
/// a day, then the week's reminder is old news.
const TTL_SECS: u32 = 86_400;

/// The application server's key pair, as push services know it.
pub struct Vapid {
    key: SigningKey,
    /// The public key, uncompressed (65 bytes), as `applicationServerKey`.
    public: Vec<u8>,
}

impl Vapid {
    pub fn from_vote_key(vote_key: &VoteKey) -> Self {
        // A 32-byte string is a valid P-256 key unless it is zero or past the
        // group order (about 1 in 2^32); the next purpose string then.
        let secret = (0u32..)
            .find_map(|n| SecretKey::from_slice(&derived_key(vote_key, &format!("web push vapid {n}"))).ok())
            .expect("some derived key is a valid scalar");
        Self::from_secret(&secret)
    }

    fn from_secret(secret: &SecretKey) -> Self {
        let public = secret.public_key().to_sec1_point(false).as_bytes().to_vec();
        Self { key: SigningKey::from(secret), public }
    }

    /// The public key, base64url: what a browser's `pushManager.subscribe` takes.
    pub fn public_key(&self) -> String {
        B64.encode(&self.public)
    }

    /// The `Authorization` header for a push to `endpoint`: a JWT signed
    /// with ES256 naming the push service's origin, valid 12 hours from
    /// `now`, with `subject` (a contact URL or `mailto:`) for its operator.
    pub fn authorization(&self, endpoint: &Url, subject: &str, now: i64) -> String {
        let header = B64.encode(br#"{"typ":"JWT","alg":"ES256"}"#);
        let claims = serde_json::json!({
            "aud": endpoint.origin().ascii_serialization(),
            "exp": now + 12 * 3600,
            "sub": subject,
        });
        let signing_input = format!("{header}.{}", B64.encode(claims.to_string()));
        let signature: Signature = self.key.sign(signing_input.as_bytes());
        format!("vapid t={signing_input}.{}, k={}", B64.encode(signature.to_bytes()), self.public_key())
    }
}

/// A device's subscription, checked: a push service this server may post
/// to, the device's P-256 public key and its 16-byte auth secret.
#[derive(Debug, Clone)]
pub struct Subscription {
    pub endpoint: Url,
    pub p256dh: PublicKey,
    pub auth: [u8; 16],
}

impl Subscription {
    /// Parses what `PushSubscription.toJSON()` gives (endpoint, keys
    /// base64url), against the push services this server accepts.
    pub fn parse(endpoint: &str, p256dh: &str, auth: &str, extra_services: &[String]) -> Result<Self, ValidationError> {
        let bad = |m: Msg| ValidationError::new("subscription", m);
        let url = Url::parse(endpoint.trim()).map_err(|_| bad(msg!("invalid-push-url")))?;
        let endpoint_text = url.as_str();
        let known = url.scheme() == "https"
            && url.host_str().is_some_and(|h| KNOWN_SERVICES.iter().any(|k| h == *k || h.ends_with(&format!(".{k}"))));
        let extra = extra_services.iter().any(|s| !s.is_empty() && endpoint_text.starts_with(s.as_str()));
        if !known && !extra {
            return Err(bad(msg!("invalid-push-service")));
        }
        let key = B64.decode(p256dh.trim().trim_end_matches('=')).ok().and_then(|k| PublicKey::from_sec1_bytes(&k).ok());
        let key = key.ok_or_else(|| bad(msg!("invalid-push-key")))?;
        let auth: [u8; 16] = B64
            .decode(auth.trim().trim_end_matches('='))
            .ok()
            .and_then(|a| a.try_into().ok())
            .ok_or_else(|| bad(msg!("invalid-push-secret")))?;
        Ok(Self { endpoint: url, p256dh: key, auth })
    }

    /// The device's public key as stored (base64url, uncompressed).
    pub fn p256dh_text(&self) -> String {
        B64.encode(self.p256dh.to_sec1_point(false).as_bytes())
    }

    pub fn auth_text(&self) -> String {
        B64.encode(self.auth)
    }
}

/// Encrypts `plaintext` for the device with public key `ua_public` and
/// auth secret `auth` (RFC 8291): one `aes128gcm` record, its header
/// carrying `salt` and the sender's one-time public key.
pub fn encrypt(ua_public: &PublicKey, auth: &[u8; 16], plaintext: &[u8], sender: &SecretKey, salt: &[u8; 16]) -> Vec<u8> {
    let ua = ua_public.to_sec1_point(false);
    let as_public = sender.public_key().to_sec1_point(false);
    let shared = p256::elliptic_curve::ecdh::diffie_hellman(sender.to_nonzero_scalar(), ua_public.as_affine());
    // The input key mixes the shared secret with the auth secret, bound to both public keys.
    let key_info = [b"WebPush: info\0".as_slice(), ua.as_bytes(), as_public.as_bytes()].concat();
    let mut ikm = [0u8; 32];
    Hkdf::<Sha256>::new(Some(auth), shared.raw_secret_bytes()).expand(&key_info, &mut ikm).expect("32 bytes is a valid length");
    let prk = Hkdf::<Sha256>::new(Some(salt), &ikm);
    let (mut cek, mut nonce) = ([0u8; 16], [0u8; 12]);
    prk.expand(b"Content-Encoding: aes128gcm\0", &mut cek).expect("16 bytes is a valid length");
    prk.expand(b"Content-Encoding: nonce\0", &mut nonce).expect("12 bytes is a valid length");
    // One record, the last: its padding delimiter is 2.
    let record = [plaintext, &[2u8]].concat();
    let cipher = Aes128Gcm::new_from_slice(&cek).expect("16-byte key");
    let sealed = cipher.encrypt(&nonce.into(), record.as_slice()).expect("encrypting in memory cannot fail");
    let mut body = Vec::with_capacity(86 + sealed.len());
    body.extend_from_slice(salt);
    body.extend_from_slice(&4096u32.to_be_bytes());
    body.push(as_public.as_bytes().len() as u8);
    body.extend_from_slice(as_public.as_bytes());
    body.extend_from_slice(&sealed);
    body
}

/// Encrypts with a fresh sender key and salt, as every message must.
pub fn seal(subscription: &Subscription, plaintext: &[u8]) -> Vec<u8> {
    let mut rng = rand::rngs::OsRng;
    let sender = loop {
        let mut bytes = [0u8; 32];
        rng.fill_bytes(&mut bytes);
        if let Ok(key) = SecretKey::from_slice(&bytes) {
            break key;
        }
    };
    let mut salt = [0u8; 16];
    rng.fill_bytes(&mut salt);
    encrypt(&subscription.p256dh, &subscription.auth, plaintext, &sender, &salt)
}

/// How a push went.
pub enum Pushed {
    Sent,
    /// The device unsubscribed or the subscription expired (404, 410): forget it.
    Gone(String),
    Transient(String),
    Permanent(String),
}

/// Sends `note` to the device: encrypted, signed, with a day to live.
pub async fn send(client: &reqwest::Client, vapid: &Vapid, subject: &str, to: &Subscription, note: &PushNote, now: i64) -> Pushed {
    let body = seal(to, &serde_json::to_vec(note).expect("a note serialises"));
    let sent = client
        .post(to.endpoint.clone())
        .header("TTL", TTL_SECS.to_string())
        .header("Urgency", "normal")
        .header("Content-Encoding", "aes128gcm")
        .header("Content-Type", "application/octet-stream")
        .header("Authorization", vapid.authorization(&to.endpoint, subject, now))
        .timeout(Duration::from_secs(30))
        .body(body)
        .send()
        .await;
    match sent {
        Err(e) => Pushed::Transient(format!("push service unreachable: {e}")),
        Ok(r) if r.status().is_success() => Pushed::Sent,
        Ok(r) => {
            let status = r.status();
            let said: String = r.text().await.unwrap_or_default().chars().take(200).collect();
            let what = format!("push service answered {status}: {said}");
            match status.as_u16() {
                404 | 410 => Pushed::Gone(what),
                code if crate::domain::mail::worth_retrying(code) => Pushed::Transient(what),
                _ => Pushed::Permanent(what),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &str) -> Vec<u8> {
        B64.decode(s).unwrap()
    }

    /// RFC 8291, section 5 and appendix A: every input pinned, the output to the byte.
    #[test]
    fn encryption_matches_the_rfc_8291_example() {
        let ua =
            PublicKey::from_sec1_bytes(&b64("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"))
                .unwrap();
        let auth: [u8; 16] = b64("BTBZMqHH6r4Tts7J_aSIgg").try_into().unwrap();
        let sender = SecretKey::from_slice(&b64("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw")).unwrap();
        let salt: [u8; 16] = b64("DGv6ra1nlYgDCS1FRnbzlw").try_into().unwrap();
        let body = encrypt(&ua, &auth, b"When I grow up, I want to be a watermelon", &sender, &salt);
        assert_eq!(
            B64.encode(body),
            "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN"
        );
    }

    #[test]
    fn a_vapid_token_is_signed_by_the_key_it_names() {
        use p256::ecdsa::signature::Verifier;
        let vapid = Vapid::from_vote_key(&[9u8; 32]);
        let endpoint = Url::parse("https://fcm.googleapis.com/fcm/send/abc").unwrap();
        let header = vapid.authorization(&endpoint, "mailto:okr@example.com", 1_000);
        let (t, k) = header.strip_prefix("vapid t=").unwrap().split_once(", k=").unwrap();
        assert_eq!(k, vapid.public_key());
        let (signed, signature) = t.rsplit_once('.').unwrap();
        let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(&b64(k)).unwrap();
        let signature = Signature::from_slice(&b64(signature)).unwrap();
        key.verify(signed.as_bytes(), &signature).unwrap();
        let claims: serde_json::Value = serde_json::from_slice(&b64(signed.split_once('.').unwrap().1)).unwrap();
        assert_eq!(claims["aud"], "https://fcm.googleapis.com");
        assert_eq!(claims["exp"], 1_000 + 12 * 3600);
        // The same vote key gives the same VAPID key on every server.
        assert_eq!(Vapid::from_vote_key(&[9u8; 32]).public_key(), vapid.public_key());
    }

    #[test]
    fn subscriptions_name_a_push_service_a_key_and_a_secret() {
        let key = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
        let auth = "BTBZMqHH6r4Tts7J_aSIgg";
        assert!(Subscription::parse("https://fcm.googleapis.com/fcm/send/x", key, auth, &[]).is_ok());
        assert!(Subscription::parse("https://wns2-par02p.notify.windows.com/w/?token=x", key, auth, &[]).is_ok());
        // Anything else is refused, however it is dressed up.
        for endpoint in
            ["http://fcm.googleapis.com/x", "https://fcm.googleapis.com.evil.example/x", "https://169.254.169.254/latest", "not a url"]
        {
            assert!(Subscription::parse(endpoint, key, auth, &[]).is_err(), "{endpoint}");
        }
        let local = vec!["http://127.0.0.1:9999/".to_string()];
        assert!(Subscription::parse("http://127.0.0.1:9999/push/1", key, auth, &local).is_ok());
        assert!(Subscription::parse("http://127.0.0.1:9998/push/1", key, auth, &local).is_err());
        assert!(Subscription::parse("https://fcm.googleapis.com/x", "AAAA", auth, &[]).is_err());
        assert!(Subscription::parse("https://fcm.googleapis.com/x", key, "AAAA", &[]).is_err());
    }
}
