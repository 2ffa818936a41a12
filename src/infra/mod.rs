//! What requests and jobs run on, whatever they ask: the router and its
//! middleware (`router`, `security`, `limits`, `errors`, `observe`),
//! the context a request gets (`ctx`: pool, vault, settings, the one
//! `clock`), the database connection (`db`), configuration (`settings`),
//! static files (`assets`), random secrets (`tokens`); the web's side of
//! signing in (`auth`: sessions and cookies), the JSON API (`rest`), the
//! export download and secret links' landing (`download`, `links`), and
//! e-mail delivery (`mail`: SMTP and the outbox worker), and single
//! sign-on's protocol and addresses (`oidc`, `sso`) and SCIM provisioning
//! over HTTP (`scim`), and which language a request gets (`language`). None of it can
//! reach the store: it calls `crate::server::service`.

pub mod assets;
pub mod auth;
pub mod clock;
pub mod ctx;
pub mod db;
pub mod delivery;
pub mod download;
pub mod errors;
pub mod language;
pub mod limits;
pub mod links;
pub mod mail;
pub mod observe;
pub mod oidc;
pub mod push;
pub mod rest;
pub mod router;
pub mod scim;
pub mod security;
pub mod sender;
pub mod settings;
pub mod slack;
pub mod slack_http;
pub mod sso;
pub mod tokens;
pub mod uploads;
