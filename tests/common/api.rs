//! A client of the JSON API (`/api/v1`) with a bearer token, for the tests
//! of the API and of importing through it.

use super::TestApp;
use serde_json::Value;

pub struct Api {
    http: reqwest::Client,
    base: String,
}

impl Api {
    pub fn of(app: &TestApp) -> Self {
        Self { http: reqwest::Client::new(), base: format!("{}/api/v1", app.base) }
    }

    pub async fn get(&self, token: &str, path: &str) -> (u16, Value) {
        let r = self.http.get(format!("{}{path}", self.base)).bearer_auth(token).send().await.unwrap();
        (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
    }

    pub async fn post(&self, token: &str, path: &str, body: Value) -> (u16, Value) {
        let r = self.http.post(format!("{}{path}", self.base)).bearer_auth(token).json(&body).send().await.unwrap();
        (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
    }

    /// Posts `body` as it is (a file).
    pub async fn post_bytes(&self, token: &str, path: &str, body: Vec<u8>) -> (u16, Value) {
        let r = self.http.post(format!("{}{path}", self.base)).bearer_auth(token).body(body).send().await.unwrap();
        (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
    }
}
