//! A loopback Teams workflow: it takes what the app posts to a "when a
//! webhook request is received" workflow, checks that it is a message with
//! one Adaptive Card attachment, and validates the card against the
//! Adaptive Card schema (1.4, fetched by scripts/install.sh). It answers
//! 202 as Power Automate does, or the status the test gives it.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use axum::{Json, Router};
use serde_json::Value;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const SCHEMA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/target/test-data/adaptive-card-1.4.json");

#[derive(Default)]
struct Inner {
    answer: Option<u16>,
    cards: Vec<Value>,
    refused: Vec<String>,
}

#[derive(Clone)]
pub struct TeamsHook {
    pub base: String,
    inner: Arc<Mutex<Inner>>,
}

/// The Adaptive Card schema's validator.
pub fn card_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(SCHEMA).unwrap_or_else(|e| panic!("{SCHEMA}: {e}; scripts/install.sh test fetches it"));
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema).expect("the Adaptive Card schema compiles")
}

/// Why `message` is not a Teams message with a valid Adaptive Card.
pub fn check_message(validator: &jsonschema::Validator, message: &Value) -> Result<Value, String> {
    if message["type"] != "message" {
        return Err(format!("not a message: {message}"));
    }
    let attachments = message["attachments"].as_array().ok_or("no attachments")?;
    let [card] = attachments.as_slice() else { return Err(format!("{} attachments", attachments.len())) };
    if card["contentType"] != "application/vnd.microsoft.card.adaptive" {
        return Err(format!("content type {}", card["contentType"]));
    }
    let content = &card["content"];
    let errors: Vec<String> = validator.iter_errors(content).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    if errors.is_empty() {
        Ok(content.clone())
    } else {
        Err(format!("not a valid Adaptive Card: {errors:?}"))
    }
}

impl TeamsHook {
    pub async fn start() -> Self {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let validator = Arc::new(card_validator());
        let app = Router::new()
            .route(
                "/workflows/channel",
                post(move |State(inner): State<Arc<Mutex<Inner>>>, Json(message): Json<Value>| {
                    let validator = validator.clone();
                    async move {
                        let mut inner = inner.lock().unwrap();
                        if let Some(status) = inner.answer {
                            return StatusCode::from_u16(status).unwrap();
                        }
                        match check_message(&validator, &message) {
                            Ok(card) => {
                                inner.cards.push(card);
                                StatusCode::ACCEPTED
                            }
                            Err(why) => {
                                inner.refused.push(why);
                                StatusCode::BAD_REQUEST
                            }
                        }
                    }
                }),
            )
            .with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { base: format!("http://{addr}"), inner }
    }

    /// The URL an admin pastes.
    pub fn url(&self) -> String {
        format!("{}/workflows/channel", self.base)
    }

    /// Answers `status` from now on (`None`: accept and check again).
    pub fn answer(&self, status: Option<u16>) {
        self.inner.lock().unwrap().answer = status;
    }

    pub fn cards(&self) -> Vec<Value> {
        self.inner.lock().unwrap().cards.clone()
    }

    pub fn refused(&self) -> Vec<String> {
        self.inner.lock().unwrap().refused.clone()
    }

    pub async fn wait_for(&self, n: usize) -> Vec<Value> {
        for _ in 0..1000 {
            let got = self.cards();
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("expected {n} Teams cards within 10 s; got {:?}, refused {:?}", self.cards(), self.refused());
    }
}
