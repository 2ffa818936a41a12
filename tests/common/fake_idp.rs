//! An OpenID Connect provider the attack tests control: it serves discovery,
//! its key set and a token endpoint, and answers the code exchange with
//! whatever ID token the test asks for (signed by a key it publishes, or by
//! one it does not). The happy path also runs against a real provider
//! (`end2end/oidc-provider.mjs`, see `sso::a_real_provider…`).

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use base64::Engine;
use openidconnect::core::{CoreIdToken, CoreIdTokenClaims, CoreJsonWebKeySet, CoreJwsSigningAlgorithm, CoreRsaPrivateSigningKey};
use openidconnect::{
    Audience, EmptyAdditionalClaims, EndUserEmail, IssuerUrl, JsonWebKeyId, Nonce, PrivateSigningKey, StandardClaims, SubjectIdentifier,
};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Test-only RSA keys (tests/fixtures): `a` is published at the start.
pub fn key(name: &str) -> CoreRsaPrivateSigningKey {
    let pem = std::fs::read_to_string(format!("{}/tests/fixtures/oidc-test-key-{name}.pem", env!("CARGO_MANIFEST_DIR"))).unwrap();
    CoreRsaPrivateSigningKey::from_pem(&pem, Some(JsonWebKeyId::new(format!("key-{name}")))).unwrap()
}

/// What the next ID token says; `None` fields take the honest value.
#[derive(Clone, Default)]
pub struct Token {
    pub subject: String,
    pub email: String,
    pub email_verified: bool,
    pub audience: Option<String>,
    pub issuer: Option<String>,
    pub nonce: Option<String>,
    /// Seconds from `now` (the app's clock, which the test passes).
    pub expires_in: Option<i64>,
    /// The key that signs it (default `a`).
    pub signed_by: Option<&'static str>,
}

struct Inner {
    issuer: String,
    published: Vec<&'static str>,
    /// code → (the PKCE challenge, the nonce the sign-in asked for)
    codes: HashMap<String, (String, String)>,
    next: Option<Token>,
    now: i64,
    /// Each token request's client id and secret (HTTP Basic), for checks.
    seen_clients: Vec<String>,
}

#[derive(Clone)]
pub struct FakeIdp {
    inner: Arc<Mutex<Inner>>,
    pub issuer: String,
}

impl FakeIdp {
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let issuer = format!("http://{}", listener.local_addr().unwrap());
        let inner = Arc::new(Mutex::new(Inner {
            issuer: issuer.clone(),
            published: vec!["a"],
            codes: HashMap::new(),
            next: None,
            now: 0,
            seen_clients: vec![],
        }));
        let app = Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/jwks", get(jwks))
            .route("/token", post(token))
            .with_state(inner.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { inner, issuer }
    }

    /// Publishes exactly these keys from now on (a rotation).
    pub fn publish(&self, keys: &[&'static str]) {
        self.inner.lock().unwrap().published = keys.to_vec();
    }

    /// The browser came back with `code` for the sign-in whose
    /// authorization address was `authorize_url`: remember its PKCE
    /// challenge and nonce, and answer the exchange with `token`.
    pub fn approve(&self, authorize_url: &str, code: &str, token: Token, now: i64) {
        let q = query(authorize_url);
        let mut inner = self.inner.lock().unwrap();
        inner.codes.insert(code.to_owned(), (q["code_challenge"].clone(), q["nonce"].clone()));
        inner.next = Some(token);
        inner.now = now;
    }

    pub fn clients_seen(&self) -> Vec<String> {
        self.inner.lock().unwrap().seen_clients.clone()
    }
}

/// The query parameters of a URL.
pub fn query(url: &str) -> HashMap<String, String> {
    url::Url::parse(url).unwrap().query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

async fn discovery(State(inner): State<Arc<Mutex<Inner>>>) -> Json<Value> {
    let issuer = inner.lock().unwrap().issuer.clone();
    Json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "end_session_endpoint": format!("{issuer}/logout"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
    }))
}

async fn jwks(State(inner): State<Arc<Mutex<Inner>>>) -> Json<Value> {
    let published = inner.lock().unwrap().published.clone();
    let set = CoreJsonWebKeySet::new(published.iter().map(|k| key(k).as_verification_key()).collect());
    Json(serde_json::to_value(set).unwrap())
}

async fn token(
    State(inner): State<Arc<Mutex<Inner>>>,
    headers: axum::http::HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Json<Value>, (axum::http::StatusCode, Json<Value>)> {
    let refuse = |e: &str| (axum::http::StatusCode::BAD_REQUEST, Json(json!({ "error": e })));
    let mut inner = inner.lock().unwrap();
    let basic = headers.get("authorization").and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Basic ")).unwrap_or_default();
    let client = String::from_utf8(base64::engine::general_purpose::STANDARD.decode(basic).unwrap_or_default()).unwrap_or_default();
    inner.seen_clients.push(client);
    let code = form.get("code").cloned().unwrap_or_default();
    // A code works once, and only with the verifier whose challenge the
    // sign-in sent (PKCE).
    let Some((challenge, nonce)) = inner.codes.remove(&code) else { return Err(refuse("invalid_grant")) };
    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
    let computed = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    if computed != challenge {
        return Err(refuse("invalid_grant"));
    }
    let t = inner.next.clone().unwrap_or_default();
    let now = inner.now;
    let issued = chrono::DateTime::from_timestamp(now, 0).unwrap();
    let expires = chrono::DateTime::from_timestamp(now + t.expires_in.unwrap_or(300), 0).unwrap();
    let claims = CoreIdTokenClaims::new(
        IssuerUrl::new(t.issuer.clone().unwrap_or_else(|| inner.issuer.clone())).unwrap(),
        vec![Audience::new(t.audience.clone().unwrap_or_else(|| "mistvine-client".into()))],
        expires,
        issued,
        StandardClaims::new(SubjectIdentifier::new(t.subject.clone()))
            .set_email(Some(EndUserEmail::new(t.email.clone())))
            .set_email_verified(Some(t.email_verified)),
        EmptyAdditionalClaims {},
    )
    .set_nonce(Some(Nonce::new(t.nonce.clone().unwrap_or(nonce))));
    let signer = key(t.signed_by.unwrap_or("a"));
    let id_token = CoreIdToken::new(claims, &signer, CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256, None, None).unwrap();
    Ok(Json(json!({
        "access_token": "an-access-token",
        "token_type": "Bearer",
        "expires_in": 300,
        "id_token": serde_json::to_value(&id_token).unwrap(),
    })))
}
