//! Random secrets and what the database keeps instead of them. Used by
//! sessions, invite links and ballot secrets alike.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// 256 random bits, URL-safe: session tokens and invite links.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database stores instead of a token.
pub fn token_hash(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

/// Seals `plain` (a provider's client secret) for the database: ChaCha20-
/// Poly1305 under `key`, bound to `context` (the organisation it belongs
/// to, so a sealed value copied to another row does not open). The result
/// is the random nonce and the ciphertext, URL-safe base64.
pub fn seal(key: &[u8; 32], context: &[u8], plain: &str) -> String {
    use chacha20poly1305::aead::{Aead, KeyInit, Payload};
    use chacha20poly1305::{ChaCha20Poly1305, Nonce};
    let mut nonce = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let sealed = ChaCha20Poly1305::new(key.into())
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: plain.as_bytes(), aad: context })
        .expect("sealing in memory cannot fail");
    let mut out = nonce.to_vec();
    out.extend_from_slice(&sealed);
    URL_SAFE_NO_PAD.encode(out)
}

/// Opens what [`seal`] made with the same key and context; `None` when it
/// was made under another key (the vote key changed) or altered.
pub fn unseal(key: &[u8; 32], context: &[u8], sealed: &str) -> Option<String> {
    use chacha20poly1305::aead::{Aead, KeyInit, Payload};
    use chacha20poly1305::{ChaCha20Poly1305, Nonce};
    let bytes = URL_SAFE_NO_PAD.decode(sealed).ok()?;
    if bytes.len() < 12 {
        return None;
    }
    let (nonce, ciphertext) = bytes.split_at(12);
    let plain = ChaCha20Poly1305::new(key.into()).decrypt(Nonce::from_slice(nonce), Payload { msg: ciphertext, aad: context }).ok()?;
    String::from_utf8(plain).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_with_its_key_and_context_only() {
        let key = [7u8; 32];
        let sealed = seal(&key, b"org 1", "s3cr3t");
        assert!(!sealed.contains("s3cr3t"));
        assert_eq!(unseal(&key, b"org 1", &sealed).as_deref(), Some("s3cr3t"));
        assert_eq!(unseal(&key, b"org 2", &sealed), None, "copied to another organisation's row");
        assert_eq!(unseal(&[8u8; 32], b"org 1", &sealed), None, "another key");
        assert_ne!(seal(&key, b"org 1", "s3cr3t"), sealed, "a fresh nonce every time");
    }
}
