//! OpenID Connect, the protocol (the `openidconnect` crate): discovery, the
//! authorization address with PKCE, `state` and `nonce`, and the code
//! exchange whose ID token is checked — signature against the provider's
//! keys, issuer, audience, expiry (on the app's clock) and nonce. What the
//! database keeps and who may sign in is `server::service::sso`'s business.

use crate::domain::sso::Issuer;
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthenticationFlow, CoreClaimName, CoreClaimType, CoreClient, CoreClientAuthMethod, CoreGrantType, CoreJsonWebKey,
    CoreJsonWebKeySet, CoreJweContentEncryptionAlgorithm, CoreJweKeyManagementAlgorithm, CoreResponseMode, CoreResponseType,
    CoreSubjectIdentifierType, CoreTokenResponse,
};
use openidconnect::{
    AccessTokenHash, AdditionalProviderMetadata, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken, IssuerUrl,
    Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, ProviderMetadata, RedirectUrl, RequestTokenError, Scope,
    SignatureVerificationError, TokenResponse,
};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use std::time::Duration;

/// What discovery adds to the core fields: where to end the provider's
/// session too (OpenID Connect RP-Initiated Logout), when it has one.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct EndSession {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_session_endpoint: Option<String>,
}
impl AdditionalProviderMetadata for EndSession {}

type Metadata = ProviderMetadata<
    EndSession,
    CoreAuthDisplay,
    CoreClientAuthMethod,
    CoreClaimName,
    CoreClaimType,
    CoreGrantType,
    CoreJweContentEncryptionAlgorithm,
    CoreJweKeyManagementAlgorithm,
    CoreJsonWebKey,
    CoreResponseMode,
    CoreResponseType,
    CoreSubjectIdentifierType,
>;

/// Why talking to the provider failed.
#[derive(Debug)]
pub enum Failure {
    /// Not reachable, or its answer was not OpenID Connect.
    Unavailable(String),
    /// The token endpoint refused the code (e.g. used twice, or wrong client secret).
    Refused(String),
    /// The ID token is missing or failed a check.
    InvalidToken(String),
    /// The token names a signing key the cached set lacks: fetch the keys again.
    UnknownKey,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unavailable(e) => write!(f, "provider unavailable: {e}"),
            Self::Refused(e) => write!(f, "token request refused: {e}"),
            Self::InvalidToken(e) => write!(f, "invalid ID token: {e}"),
            Self::UnknownKey => f.write_str("ID token signed with a key the provider's key set lacks"),
        }
    }
}

/// One client for every provider: no redirects followed (a provider's
/// answer must not lead the server elsewhere), and short timeouts, since a
/// person is waiting on the other end.
fn http() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(10))
            .build()
            .expect("the HTTP client's settings are valid")
    })
}

/// A provider as discovered: its metadata and its keys, each as the JSON the
/// database keeps.
#[derive(Clone, Debug)]
pub struct Provider {
    metadata: Metadata,
}

impl Provider {
    /// Fetches the discovery document (which must name `issuer` exactly)
    /// and the key set it points at.
    pub async fn discover(issuer: &Issuer) -> Result<Self, Failure> {
        let url = IssuerUrl::new(issuer.as_str().to_owned()).map_err(|e| Failure::Unavailable(e.to_string()))?;
        let metadata = Metadata::discover_async(url, http()).await.map_err(|e| Failure::Unavailable(describe(&e)))?;
        Ok(Self { metadata })
    }

    /// From what the database kept.
    pub fn from_stored(metadata: &str, jwks: &str) -> Result<Self, String> {
        let metadata: Metadata = serde_json::from_str(metadata).map_err(|e| format!("stored provider metadata: {e}"))?;
        let jwks: CoreJsonWebKeySet = serde_json::from_str(jwks).map_err(|e| format!("stored key set: {e}"))?;
        Ok(Self { metadata: metadata.set_jwks(jwks) })
    }

    /// The metadata and the keys, as JSON for the database.
    pub fn to_stored(&self) -> (String, String) {
        let metadata = serde_json::to_string(&self.metadata).expect("provider metadata serialises");
        let jwks = serde_json::to_string(self.metadata.jwks()).expect("a key set serialises");
        (metadata, jwks)
    }

    /// Fetches the key set again (the provider rotated its keys).
    pub async fn refetch_keys(&self) -> Result<Self, Failure> {
        let jwks =
            CoreJsonWebKeySet::fetch_async(self.metadata.jwks_uri(), http()).await.map_err(|e| Failure::Unavailable(describe(&e)))?;
        Ok(Self { metadata: self.metadata.clone().set_jwks(jwks) })
    }

    /// The provider's end-session address, if it announces one.
    pub fn end_session(&self) -> Option<&str> {
        self.metadata.additional_metadata().end_session_endpoint.as_deref()
    }

    fn client(&self, client_id: &str, secret: Option<&str>, redirect: &str) -> Result<OidcClient, Failure> {
        let redirect = RedirectUrl::new(redirect.to_owned()).map_err(|e| Failure::Unavailable(format!("redirect address: {e}")))?;
        Ok(CoreClient::from_provider_metadata(
            self.metadata.clone(),
            ClientId::new(client_id.to_owned()),
            secret.map(|s| ClientSecret::new(s.to_owned())),
        )
        .set_redirect_uri(redirect))
    }

    /// Where to send the browser, and the secrets to keep until it comes back.
    pub fn begin(&self, client_id: &str, redirect: &str) -> Result<Begun, Failure> {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = self
            .client(client_id, None, redirect)?
            .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
            .add_scope(Scope::new("email".into()))
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .url();
        Ok(Begun {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            verifier: verifier.secret().clone(),
        })
    }

    /// Trades the code for tokens and checks the ID token; `now` is the
    /// app's clock (expiry is judged by it). A token signed with a key the
    /// cached set lacks makes the keys be fetched again once, when
    /// `may_refetch` (the provider rotated them); the new set comes back
    /// for the cache.
    pub async fn finish(
        &self,
        client: &ClientCredentials<'_>,
        code: &str,
        verifier: &str,
        nonce: &str,
        now: i64,
        may_refetch: bool,
    ) -> Result<Finished, Failure> {
        let oidc = self.client(client.id, Some(client.secret), client.redirect)?;
        let response = oidc
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| Failure::Unavailable(format!("no token endpoint: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(verifier.to_owned()))
            .request_async(http())
            .await
            .map_err(|e| match e {
                RequestTokenError::ServerResponse(r) => Failure::Refused(r.to_string()),
                other => Failure::Unavailable(describe(&other)),
            })?;
        match self.verify(&oidc, &response, nonce, now) {
            Err(Failure::UnknownKey) if may_refetch => {
                let refetched = self.refetch_keys().await?;
                let oidc = refetched.client(client.id, Some(client.secret), client.redirect)?;
                let identity = refetched.verify(&oidc, &response, nonce, now)?;
                Ok(Finished { identity, refetched: Some(refetched) })
            }
            other => Ok(Finished { identity: other?, refetched: None }),
        }
    }

    fn verify(&self, oidc: &OidcClient, response: &CoreTokenResponse, nonce: &str, now: i64) -> Result<Identity, Failure> {
        let id_token = response.id_token().ok_or_else(|| Failure::InvalidToken("the provider sent no ID token".into()))?;
        let at = chrono::DateTime::from_timestamp(now, 0).unwrap_or_default();
        let checks = oidc.id_token_verifier().set_time_fn(move || at);
        let claims = id_token.claims(&checks, &Nonce::new(nonce.to_owned())).map_err(|e| match e {
            ClaimsVerificationError::SignatureVerification(SignatureVerificationError::NoMatchingKey) => Failure::UnknownKey,
            other => Failure::InvalidToken(other.to_string()),
        })?;
        // The access token must be the one this ID token was issued with.
        if let Some(expected) = claims.access_token_hash() {
            let alg = id_token.signing_alg().map_err(|e| Failure::InvalidToken(e.to_string()))?;
            let key = id_token.signing_key(&checks).map_err(|e| Failure::InvalidToken(e.to_string()))?;
            let actual =
                AccessTokenHash::from_token(response.access_token(), alg, key).map_err(|e| Failure::InvalidToken(e.to_string()))?;
            if actual != *expected {
                return Err(Failure::InvalidToken("the access token does not match the ID token's at_hash".into()));
            }
        }
        Ok(Identity {
            subject: claims.subject().as_str().to_owned(),
            email: claims.email().map(|e| e.as_str().to_owned()),
            email_verified: claims.email_verified() == Some(true),
            name: claims.name().and_then(|n| n.get(None)).map(|n| n.as_str().to_owned()),
        })
    }
}

/// A sign-in the provider confirmed, and the key set fetched on the way, if any.
pub struct Finished {
    pub identity: Identity,
    pub refetched: Option<Provider>,
}

type OidcClient = CoreClient<
    openidconnect::EndpointSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointNotSet,
    openidconnect::EndpointMaybeSet,
    openidconnect::EndpointMaybeSet,
>;

/// Who Mistvine is to the provider.
pub struct ClientCredentials<'a> {
    pub id: &'a str,
    pub secret: &'a str,
    pub redirect: &'a str,
}

/// A sign-in sent to the provider.
pub struct Begun {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub verifier: String,
}

/// Who the provider says signed in, after every check passed.
#[derive(Debug, Clone)]
pub struct Identity {
    pub subject: String,
    pub email: Option<String>,
    pub email_verified: bool,
    pub name: Option<String>,
}

/// An error and its causes on one line, for the log and the admin page.
fn describe(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}
