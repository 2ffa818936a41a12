//! Passkeys through the server functions the passkey island calls, with a
//! software authenticator (`Authenticator` below: a P-256 key, answers
//! built byte by byte as the WebAuthn specification lays them out). The
//! browser's side, with Chromium's virtual authenticator, is
//! `end2end/tests/passkeys.spec.ts`. The attacks: a replayed answer, a
//! forged signature, another site's answer, a cloned authenticator (its
//! counter going back), another account's handle, a removed passkey, a
//! challenge begun by someone else, and guessing past the log-in limits.

use crate::common::{Client, TestApp};
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// Passkeys need a name for the site: browsers refuse an IP address.
const ORIGIN: &str = "http://localhost";

async fn app() -> TestApp {
    TestApp::spawn_with(|s| s.public_url = Some(ORIGIN.into())).await
}

/// A passkey authenticator in software: one key pair, its credential id,
/// the user handle the site gave it, and its signature counter.
struct Authenticator {
    key: SigningKey,
    id: Vec<u8>,
    handle: Vec<u8>,
    counter: u32,
    origin: String,
}

/// CBOR (RFC 8949), only what an attestation object and a COSE key need.
fn cbor_head(major: u8, len: usize) -> Vec<u8> {
    match len {
        0..=23 => vec![major << 5 | len as u8],
        24..=255 => vec![major << 5 | 24, len as u8],
        _ => vec![major << 5 | 25, (len >> 8) as u8, len as u8],
    }
}
fn cbor_text(s: &str) -> Vec<u8> {
    [cbor_head(3, s.len()), s.as_bytes().to_vec()].concat()
}
fn cbor_bytes(b: &[u8]) -> Vec<u8> {
    [cbor_head(2, b.len()), b.to_vec()].concat()
}

impl Authenticator {
    fn new(seed: u8) -> Self {
        let key = SigningKey::from_slice(&[seed; 32]).unwrap();
        Self { key, id: vec![seed; 16], handle: vec![], counter: 0, origin: ORIGIN.into() }
    }

    fn rp_id_hash() -> Vec<u8> {
        Sha256::digest(b"localhost").to_vec()
    }

    fn client_data(&self, kind: &str, challenge: &str) -> Vec<u8> {
        json!({ "type": kind, "challenge": challenge, "origin": self.origin, "crossOrigin": false }).to_string().into_bytes()
    }

    /// Answers `navigator.credentials.create` with these options ("none"
    /// attestation, user present and verified).
    fn create(&mut self, options: &Value) -> String {
        let options = &options["publicKey"];
        self.handle = B64.decode(options["user"]["id"].as_str().unwrap()).unwrap();
        let point = self.key.verifying_key().to_sec1_point(false);
        let xy = &point.as_bytes()[1..];
        // COSE key: kty EC2 (2), alg ES256 (-7), crv P-256 (1), x, y.
        let cose =
            [vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21], cbor_bytes(&xy[..32]), vec![0x22], cbor_bytes(&xy[32..])].concat();
        let auth_data = [
            Self::rp_id_hash(),
            vec![0x45], // user present, user verified, credential data included
            0u32.to_be_bytes().to_vec(),
            vec![0; 16], // AAGUID
            (self.id.len() as u16).to_be_bytes().to_vec(),
            self.id.clone(),
            cose,
        ]
        .concat();
        let attestation = [
            vec![0xa3],
            cbor_text("fmt"),
            cbor_text("none"),
            cbor_text("attStmt"),
            vec![0xa0],
            cbor_text("authData"),
            cbor_bytes(&auth_data),
        ]
        .concat();
        let client_data = self.client_data("webauthn.create", options["challenge"].as_str().unwrap());
        json!({
            "id": B64.encode(&self.id),
            "rawId": B64.encode(&self.id),
            "type": "public-key",
            "response": { "attestationObject": B64.encode(attestation), "clientDataJSON": B64.encode(client_data) },
            "extensions": {},
        })
        .to_string()
    }

    /// Answers `navigator.credentials.get`: the counter goes up, and the
    /// signature covers the authenticator data and the client data's hash.
    fn get(&mut self, options: &Value) -> String {
        self.counter += 1;
        let client_data = self.client_data("webauthn.get", options["publicKey"]["challenge"].as_str().unwrap());
        let auth_data = [Self::rp_id_hash(), vec![0x05], self.counter.to_be_bytes().to_vec()].concat();
        let signed = [auth_data.clone(), Sha256::digest(&client_data).to_vec()].concat();
        let signature: Signature = self.key.sign(&signed);
        json!({
            "id": B64.encode(&self.id),
            "rawId": B64.encode(&self.id),
            "type": "public-key",
            "response": {
                "authenticatorData": B64.encode(auth_data),
                "clientDataJSON": B64.encode(client_data),
                "signature": B64.encode(signature.to_der().as_bytes()),
                "userHandle": B64.encode(&self.handle),
            },
            "extensions": {},
        })
        .to_string()
    }
}

/// A challenge from `endpoint`: its ceremony id and the browser's options.
async fn challenge(c: &Client, endpoint: &str) -> (String, Value) {
    let r = c.call(endpoint, &[]).await;
    assert_eq!(r.status, 200, "{endpoint}: {}", r.body);
    let ch = r.json();
    (ch["ceremony"].as_str().unwrap().to_owned(), serde_json::from_str(ch["options"].as_str().unwrap()).unwrap())
}

async fn add(c: &Client, authenticator: &mut Authenticator, name: &str) {
    let (ceremony, options) = challenge(c, "passkey_add_options").await;
    let credential = authenticator.create(&options);
    let r = c.call("add_passkey", &[("name", name), ("ceremony", &ceremony), ("credential", &credential)]).await;
    assert_eq!(r.status, 200, "add_passkey: {}", r.body);
}

/// A sign-in with `authenticator` from a new browser; the browser and the reply.
async fn sign_in(app: &TestApp, authenticator: &mut Authenticator) -> (Client, crate::common::Reply) {
    let c = app.client();
    let (ceremony, options) = challenge(&c, "passkey_sign_in_options").await;
    let credential = authenticator.get(&options);
    let r = c.call("passkey_sign_in", &[("ceremony", &ceremony), ("credential", &credential), ("next", "/account")]).await;
    (c, r)
}

fn passkeys(v: &Value) -> Vec<String> {
    v["list"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn a_passkey_signs_its_owner_in_and_is_listed_and_removed() {
    let app = app().await;
    let owner = app.owner("pat@example.com", "Keys").await;
    let listed = owner.call("passkeys", &[]).await.json();
    assert_eq!(listed["available"], true);
    assert!(passkeys(&listed).is_empty());
    let mut laptop = Authenticator::new(1);
    add(&owner, &mut laptop, "Work laptop").await;
    let mut phone = Authenticator::new(2);
    add(&owner, &mut phone, "Phone").await;
    assert_eq!(passkeys(&owner.call("passkeys", &[]).await.json()), ["Work laptop", "Phone"]);
    // Both were given the account's one handle, not its e-mail or row id.
    assert_eq!(laptop.handle, phone.handle);
    assert_eq!(laptop.handle.len(), 16);

    let (c, r) = sign_in(&app, &mut laptop).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(c.me().await["email"], "pat@example.com");
    let listed = c.call("passkeys", &[]).await.json();
    assert!(listed["list"][0]["last_used_at"].is_i64(), "{listed}");
    assert!(listed["list"][1]["last_used_at"].is_null(), "{listed}");

    // Removed, it signs no one in (the device still holds it).
    let id = listed["list"][0]["id"].to_string();
    assert_eq!(c.call("remove_passkey", &[("passkey_id", &id)]).await.status, 200);
    assert_eq!(passkeys(&c.call("passkeys", &[]).await.json()), ["Phone"]);
    let (c, r) = sign_in(&app, &mut laptop).await;
    assert_eq!(r.status, 422);
    assert!(r.error_text().contains("not known here"), "{}", r.body);
    assert!(c.me().await.is_null());
    // Removing again, or someone else's: not found.
    assert_eq!(owner.call("remove_passkey", &[("passkey_id", &id)]).await.status, 404);
}

#[tokio::test]
async fn forged_replayed_cloned_and_foreign_answers_are_refused() {
    let app = app().await;
    let owner = app.owner("pat@example.com", "Keys").await;
    let mut key = Authenticator::new(3);
    add(&owner, &mut key, "Laptop").await;

    // A replayed answer: its challenge was used.
    let c = app.client();
    let (ceremony, options) = challenge(&c, "passkey_sign_in_options").await;
    let answer = key.get(&options);
    let form = [("ceremony", ceremony.as_str()), ("credential", answer.as_str())];
    assert_eq!(c.call("passkey_sign_in", &form).await.status, 200);
    let again = app.client();
    let r = again.call("passkey_sign_in", &form).await;
    assert_eq!(r.status, 410, "{}", r.body);
    assert!(again.me().await.is_null());

    // A forged signature (another key, same credential id and handle).
    let mut forger = Authenticator::new(4);
    forger.id = key.id.clone();
    forger.handle = key.handle.clone();
    forger.counter = 100;
    let (c, r) = sign_in(&app, &mut forger).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(c.me().await.is_null());

    // An answer made for another site (a phishing page relaying the challenge).
    key.origin = "http://localhost.evil.example".into();
    let (_, r) = sign_in(&app, &mut key).await;
    assert_eq!(r.status, 422, "{}", r.body);
    key.origin = ORIGIN.into();

    // A clone of the authenticator: its counter is behind the one seen.
    let mut clone = Authenticator::new(3);
    clone.handle = key.handle.clone();
    let (_, r) = sign_in(&app, &mut key).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let (c, r) = sign_in(&app, &mut clone).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(c.me().await.is_null());

    // The right key presenting another account's handle.
    let other = app.owner("other@example.com", "Other").await;
    let mut theirs = Authenticator::new(5);
    add(&other, &mut theirs, "Theirs").await;
    key.handle = theirs.handle.clone();
    let (c, r) = sign_in(&app, &mut key).await;
    assert_eq!(r.status, 422, "{}", r.body);
    assert!(c.me().await.is_null());

    // Someone else's challenge cannot add a passkey to one's own account.
    let (ceremony, options) = challenge(&owner, "passkey_add_options").await;
    let credential = Authenticator::new(6).create(&options);
    let r = other.call("add_passkey", &[("name", "Mine now"), ("ceremony", &ceremony), ("credential", &credential)]).await;
    assert_eq!(r.status, 410, "{}", r.body);
    assert!(passkeys(&other.call("passkeys", &[]).await.json()) == ["Theirs"]);
    // Garbage is a clear 422, not a server error.
    let (ceremony, _) = challenge(&owner, "passkey_add_options").await;
    let r = owner.call("add_passkey", &[("name", "X"), ("ceremony", &ceremony), ("credential", "not json")]).await;
    assert_eq!(r.status, 422, "{}", r.body);
    let r = owner.call("add_passkey", &[("name", " "), ("ceremony", "x"), ("credential", "{}")]).await;
    assert_eq!((r.status, r.error_kind()), (422, "Invalid".to_string()), "{}", r.body);
}

#[tokio::test]
async fn passkey_guesses_count_against_the_log_in_limits() {
    let app = app().await;
    let owner = app.owner("pat@example.com", "Keys").await;
    let mut key = Authenticator::new(7);
    add(&owner, &mut key, "Laptop").await;
    let mut forger = Authenticator::new(8);
    forger.id = key.id.clone();
    forger.handle = key.handle.clone();
    for _ in 0..5 {
        forger.counter += 10;
        let (_, r) = sign_in(&app, &mut forger).await;
        assert_eq!(r.status, 422, "{}", r.body);
    }
    // Five failures on this account from this address: even the right key waits.
    let (c, r) = sign_in(&app, &mut key).await;
    assert_eq!(r.status, 429, "{}", r.body);
    assert!(c.me().await.is_null());
    // And so does its password from here: one set of limits.
    let r = app.client().call("login", &[("email", "pat@example.com"), ("password", "password-1")]).await;
    assert_eq!(r.status, 429, "{}", r.body);
}

#[tokio::test]
async fn a_server_reached_by_its_ip_address_offers_no_passkeys() {
    let app = TestApp::spawn_with(|s| s.public_url = Some("http://127.0.0.1:3000".into())).await;
    let owner = app.owner("pat@example.com", "Keys").await;
    assert_eq!(app.client().call("passkeys_offered", &[]).await.json(), false);
    assert_eq!(owner.call("passkeys", &[]).await.json()["available"], false);
    let r = owner.call("passkey_add_options", &[]).await;
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.error_text().contains("not by an IP address"), "{}", r.body);
    assert_eq!(app.client().call("passkey_sign_in_options", &[]).await.status, 409);
}
