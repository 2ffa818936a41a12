//! Slack's side: the app's credentials (from the environment), the check
//! of every request Slack signs, and the Web API calls Mistvine makes —
//! the OAuth code exchange, the workspace's people (to link them by their
//! verified e-mail), posting a message and opening a modal. Plain HTTP:
//! four endpoints do not need an SDK.

use super::settings::Settings;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;
use std::time::Duration;

/// What the app asks a workspace for: to post (also to public channels it
/// has not joined, for the digest), the slash command, and people's
/// e-mail addresses to link them.
pub const SCOPES: &str = "chat:write,chat:write.public,commands,users:read,users:read.email";

/// How old a signed request may be: Slack's own advice.
pub const MAX_AGE_SECS: i64 = 300;

/// The Slack app this server is, when it is configured.
#[derive(Clone)]
pub struct SlackApp {
    pub client_id: String,
    client_secret: String,
    signing_secret: String,
    api: String,
    pub authorize_url: String,
}

impl SlackApp {
    /// `None` unless the client id, its secret and the signing secret are all set.
    pub fn from_settings(s: &Settings) -> Option<Self> {
        let set = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        Some(Self {
            client_id: set(&s.slack_client_id)?,
            client_secret: set(&s.slack_client_secret)?,
            signing_secret: set(&s.slack_signing_secret)?,
            api: s.slack_api.trim_end_matches('/').to_owned(),
            authorize_url: s.slack_authorize_url.clone(),
        })
    }

    /// Checks a request's `X-Slack-Signature` (`v0=` and the HMAC-SHA256 of
    /// `v0:timestamp:body` under the signing secret) and that its
    /// `X-Slack-Request-Timestamp` is within five minutes of `now`.
    pub fn verify(&self, timestamp: &str, body: &[u8], signature: &str, now: i64) -> Result<(), &'static str> {
        let ts: i64 = timestamp.trim().parse().map_err(|_| "no request timestamp")?;
        if (now - ts).abs() > MAX_AGE_SECS {
            return Err("the request is too old (or from the future)");
        }
        let given = signature.strip_prefix("v0=").and_then(decode_hex).ok_or("no v0 signature")?;
        let mut mac = Hmac::<Sha256>::new_from_slice(self.signing_secret.as_bytes()).expect("HMAC takes any key");
        mac.update(format!("v0:{ts}:").as_bytes());
        mac.update(body);
        mac.verify_slice(&given).map_err(|_| "the signature does not hold")
    }
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

/// An installation, as `oauth.v2.access` answers.
pub struct Installed {
    pub token: String,
    pub bot_user_id: String,
    pub team_id: String,
    pub team_name: String,
}

/// How a Web API call failed.
#[derive(Debug)]
pub enum ApiError {
    /// Worth another try (rate limited, Slack in trouble, unreachable).
    Transient(String),
    /// Not (a revoked token, a channel that does not exist).
    Permanent(String),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Transient(e) | Self::Permanent(e) => f.write_str(e),
        }
    }
}

const TRANSIENT: &[&str] = &["ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"];

/// Calls `method` with a JSON body (and the bot token, when given); the
/// answer when Slack says `ok`.
async fn call(http: &reqwest::Client, app: &SlackApp, method: &str, token: &str, body: &Value) -> Result<Value, ApiError> {
    let sent = http
        .post(format!("{}/{method}", app.api))
        .bearer_auth(token)
        .header("Content-Type", "application/json; charset=utf-8")
        .timeout(Duration::from_secs(20))
        .body(body.to_string())
        .send()
        .await
        .map_err(|e| ApiError::Transient(format!("Slack unreachable: {e}")))?;
    answer(method, sent).await
}

async fn answer(method: &str, sent: reqwest::Response) -> Result<Value, ApiError> {
    let status = sent.status();
    if crate::domain::mail::worth_retrying(status.as_u16()) {
        return Err(ApiError::Transient(format!("{method}: Slack answered {status}")));
    }
    let body = sent.bytes().await.map_err(|e| ApiError::Transient(format!("{method}: no answer: {e}")))?;
    let said: Value = serde_json::from_slice(&body).map_err(|e| ApiError::Transient(format!("{method}: unreadable answer: {e}")))?;
    if said["ok"] == true {
        return Ok(said);
    }
    let error = said["error"].as_str().unwrap_or("unknown_error").to_owned();
    if TRANSIENT.contains(&error.as_str()) {
        Err(ApiError::Transient(format!("{method}: {error}")))
    } else {
        Err(ApiError::Permanent(format!("{method}: {error}")))
    }
}

/// Exchanges the code Slack sent back for the workspace's bot token.
pub async fn oauth_access(http: &reqwest::Client, app: &SlackApp, code: &str, redirect_uri: &str) -> Result<Installed, ApiError> {
    let sent = http
        .post(format!("{}/oauth.v2.access", app.api))
        .basic_auth(&app.client_id, Some(&app.client_secret))
        .form(&[("code", code), ("redirect_uri", redirect_uri)])
        .timeout(Duration::from_secs(20))
        .send()
        .await
        .map_err(|e| ApiError::Transient(format!("Slack unreachable: {e}")))?;
    let said = answer("oauth.v2.access", sent).await?;
    let text = |v: &Value| v.as_str().filter(|s| !s.is_empty()).map(str::to_owned);
    match (text(&said["access_token"]), text(&said["bot_user_id"]), text(&said["team"]["id"])) {
        (Some(token), Some(bot_user_id), Some(team_id)) => {
            Ok(Installed { token, bot_user_id, team_id, team_name: text(&said["team"]["name"]).unwrap_or_default() })
        }
        _ => Err(ApiError::Permanent("oauth.v2.access: no bot token in the answer".into())),
    }
}

/// The workspace's people who have an e-mail address Slack verified:
/// (Slack user id, address). Bots, guests' deleted accounts and people
/// without an address are left out.
pub async fn people(http: &reqwest::Client, app: &SlackApp, token: &str) -> Result<Vec<(String, String)>, ApiError> {
    let mut found = Vec::new();
    let mut cursor = String::new();
    for _ in 0..1000 {
        let mut body = serde_json::json!({ "limit": 200 });
        if !cursor.is_empty() {
            body["cursor"] = Value::String(cursor.clone());
        }
        let page = call(http, app, "users.list", token, &body).await?;
        for m in page["members"].as_array().into_iter().flatten() {
            if m["deleted"] == true || m["is_bot"] == true {
                continue;
            }
            if let (Some(id), Some(email)) = (m["id"].as_str(), m["profile"]["email"].as_str()) {
                found.push((id.to_owned(), email.to_owned()));
            }
        }
        cursor = page["response_metadata"]["next_cursor"].as_str().unwrap_or_default().to_owned();
        if cursor.is_empty() {
            break;
        }
    }
    Ok(found)
}

/// Posts `message` (`text` and `blocks`) to `channel`: a channel, or a
/// person's Slack user id for a direct message from the app.
pub async fn post(http: &reqwest::Client, app: &SlackApp, token: &str, channel: &str, message: &Value) -> Result<(), ApiError> {
    let mut body = message.clone();
    body["channel"] = Value::String(channel.to_owned());
    body["unfurl_links"] = Value::Bool(false);
    call(http, app, "chat.postMessage", token, &body).await.map(drop)
}

/// Opens `view` (a modal) for the person whose action gave `trigger_id`.
pub async fn open_view(http: &reqwest::Client, app: &SlackApp, token: &str, trigger_id: &str, view: &Value) -> Result<(), ApiError> {
    call(http, app, "views.open", token, &serde_json::json!({ "trigger_id": trigger_id, "view": view })).await.map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> SlackApp {
        SlackApp {
            client_id: "c".into(),
            client_secret: "s".into(),
            signing_secret: "8f742231b10e8888abcd99yyyzzz85a5".into(),
            api: String::new(),
            authorize_url: String::new(),
        }
    }

    /// Slack's documented example of a signed request.
    #[test]
    fn slacks_own_example_verifies() {
        let body = b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        let signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
        assert_eq!(app().verify("1531420618", body, signature, 1_531_420_618 + 10), Ok(()));
        assert!(app().verify("1531420618", b"token=changed", signature, 1_531_420_618).is_err());
        assert!(app().verify("1531420618", body, signature, 1_531_420_618 + 301).is_err(), "stale");
        assert!(app().verify("1531420618", body, "v1=00", 1_531_420_618).is_err());
    }
}
