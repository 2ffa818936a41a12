//! A loopback Web Push service, and devices that subscribe to it. It checks
//! each push as a real push service and browser would: the VAPID JWT's
//! ES256 signature against the key it names, its audience and expiry, the
//! `aes128gcm` content coding; then the device decrypts the payload with
//! its own private key and auth secret (RFC 8291's receiving side), which
//! proves the payload was encrypted to it. Each device answers with the
//! status the test gives it (201 by default; 404 or 410 for one that is
//! gone, 500 for a service in trouble).

use aes_gcm::aead::Aead;
use aes_gcm::{Aes128Gcm, KeyInit};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use hkdf::Hkdf;
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{Signature, VerifyingKey};
use p256::elliptic_curve::sec1::ToSec1Point;
use p256::{PublicKey, SecretKey};
use serde_json::Value;
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A device: its key pair and auth secret, as a browser keeps them.
pub struct Device {
    pub name: String,
    secret: SecretKey,
    auth: [u8; 16],
}

/// What arrived for a device, decrypted.
#[derive(Debug, Clone)]
pub struct Push {
    pub device: String,
    pub note: Value,
    /// The VAPID token's claims and the public key it was checked against.
    pub claims: Value,
    pub vapid_key: String,
    pub ttl: String,
}

#[derive(Default)]
struct Inner {
    devices: HashMap<String, (SecretKey, [u8; 16])>,
    answers: HashMap<String, u16>,
    received: Vec<Push>,
    /// Requests the service refused and why (a bad signature, a payload it could not decrypt).
    refused: Vec<String>,
}

#[derive(Clone)]
pub struct PushService {
    pub base: String,
    inner: Arc<Mutex<Inner>>,
}

impl PushService {
    pub async fn start() -> Self {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let app = Router::new().route("/push/{device}", post(receive)).with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { base: format!("http://{addr}"), inner }
    }

    /// The prefix the app must be told to accept (`--push-service`).
    pub fn prefix(&self) -> String {
        format!("{}/push/", self.base)
    }

    /// A new device of this service; it answers 201 until told otherwise.
    pub fn device(&self, name: &str) -> Device {
        let secret = loop {
            let bytes: [u8; 32] = rand::random();
            if let Ok(k) = SecretKey::from_slice(&bytes) {
                break k;
            }
        };
        let auth: [u8; 16] = rand::random();
        self.inner.lock().unwrap().devices.insert(name.to_owned(), (secret.clone(), auth));
        Device { name: name.to_owned(), secret, auth }
    }

    /// Makes the service answer `status` for the device from now on.
    pub fn answer(&self, device: &Device, status: u16) {
        self.inner.lock().unwrap().answers.insert(device.name.clone(), status);
    }

    pub fn received(&self) -> Vec<Push> {
        self.inner.lock().unwrap().received.clone()
    }

    pub fn refused(&self) -> Vec<String> {
        self.inner.lock().unwrap().refused.clone()
    }

    /// Waits until `n` pushes have been accepted.
    pub async fn wait_for(&self, n: usize) -> Vec<Push> {
        for _ in 0..1000 {
            let got = self.received();
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("expected {n} pushes within 10 s; got {:?}, refused {:?}", self.received(), self.refused());
    }
}

impl Device {
    /// What `PushSubscription.toJSON()` gives for this device.
    pub fn subscription(&self, service: &PushService) -> String {
        serde_json::json!({
            "endpoint": format!("{}{}", service.prefix(), self.name),
            "expirationTime": null,
            "keys": {
                "p256dh": B64.encode(self.secret.public_key().to_sec1_point(false).as_bytes()),
                "auth": B64.encode(self.auth),
            }
        })
        .to_string()
    }
}

async fn receive(State(inner): State<Arc<Mutex<Inner>>>, Path(device): Path<String>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let answer = inner.lock().unwrap().answers.get(&device).copied().unwrap_or(201);
    if answer != 201 {
        return StatusCode::from_u16(answer).unwrap();
    }
    let keys = inner.lock().unwrap().devices.get(&device).cloned();
    let checked = keys.ok_or_else(|| format!("unknown device {device}")).and_then(|(secret, auth)| check(&headers, &body, &secret, &auth));
    let mut inner = inner.lock().unwrap();
    match checked {
        Ok((note, claims, vapid_key)) => {
            let ttl = headers.get("ttl").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
            inner.received.push(Push { device, note, claims, vapid_key, ttl });
            StatusCode::CREATED
        }
        Err(why) => {
            inner.refused.push(why);
            StatusCode::BAD_REQUEST
        }
    }
}

fn check(headers: &HeaderMap, body: &[u8], secret: &SecretKey, auth: &[u8; 16]) -> Result<(Value, Value, String), String> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    if header("content-encoding") != "aes128gcm" {
        return Err(format!("content-encoding {:?}", header("content-encoding")));
    }
    if header("ttl").parse::<u32>().is_err() {
        return Err("no TTL".into());
    }
    // RFC 8292: "vapid t=<JWT>, k=<public key>".
    let authorization = header("authorization");
    let (t, k) = authorization
        .strip_prefix("vapid t=")
        .and_then(|rest| rest.split_once(", k="))
        .ok_or_else(|| format!("authorization {authorization:?}"))?;
    let (signed, signature) = t.rsplit_once('.').ok_or("JWT without signature")?;
    let key = VerifyingKey::from_sec1_bytes(&B64.decode(k).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    let signature = Signature::from_slice(&B64.decode(signature).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    key.verify(signed.as_bytes(), &signature).map_err(|_| "VAPID signature does not hold".to_string())?;
    let (jwt_header, claims) = signed.split_once('.').ok_or("JWT without claims")?;
    let jwt_header: Value = serde_json::from_slice(&B64.decode(jwt_header).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    if jwt_header["alg"] != "ES256" {
        return Err(format!("JWT header {jwt_header}"));
    }
    let claims: Value = serde_json::from_slice(&B64.decode(claims).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    let plain = decrypt(body, secret, auth)?;
    let note: Value = serde_json::from_slice(&plain).map_err(|e| format!("payload is not JSON: {e}"))?;
    Ok((note, claims, k.to_owned()))
}

/// RFC 8291's receiving side: the browser's decryption.
pub fn decrypt(body: &[u8], secret: &SecretKey, auth: &[u8; 16]) -> Result<Vec<u8>, String> {
    if body.len() < 21 {
        return Err("body shorter than its header".into());
    }
    let salt = &body[..16];
    let id_len = body[20] as usize;
    let as_public = body.get(21..21 + id_len).ok_or("truncated key id")?;
    let ciphertext = &body[21 + id_len..];
    let sender = PublicKey::from_sec1_bytes(as_public).map_err(|_| "key id is not a P-256 key")?;
    let shared = p256::elliptic_curve::ecdh::diffie_hellman(secret.to_nonzero_scalar(), sender.as_affine());
    let ua_public = secret.public_key().to_sec1_point(false);
    let info = [b"WebPush: info\0".as_slice(), ua_public.as_bytes(), as_public].concat();
    let mut ikm = [0u8; 32];
    Hkdf::<Sha256>::new(Some(auth), shared.raw_secret_bytes()).expand(&info, &mut ikm).unwrap();
    let prk = Hkdf::<Sha256>::new(Some(salt), &ikm);
    let (mut cek, mut nonce) = ([0u8; 16], [0u8; 12]);
    prk.expand(b"Content-Encoding: aes128gcm\0", &mut cek).unwrap();
    prk.expand(b"Content-Encoding: nonce\0", &mut nonce).unwrap();
    let mut plain =
        Aes128Gcm::new_from_slice(&cek).unwrap().decrypt(&nonce.into(), ciphertext).map_err(|_| "payload does not decrypt".to_string())?;
    // Padding: zeros after the delimiter 2 of the last record.
    while plain.last() == Some(&0) {
        plain.pop();
    }
    if plain.pop() != Some(2) {
        return Err("no last-record delimiter".into());
    }
    Ok(plain)
}
