//! Everything that only exists on the server. Layers, outside in:
//! `router` (axum, middleware) → `crate::server_fns` (server functions) →
//! `service` (authorisation and rules that need data) → `store` (all SQL).
//! `ctx` carries the pool, the ballot vault, settings, vote key and the one clock.
//! `tools` holds what runs beside the app: the demo organisation, the
//! generator, the move to PostgreSQL and the adoption of older databases.

pub mod assets;
pub mod auth;
pub mod ballots;
pub mod clock;
pub mod ctx;
pub mod db;
pub mod download;
pub mod errors;
pub mod idempotency;
pub mod limits;
pub mod links;
pub mod mail;
pub mod observe;
pub mod rate;
pub mod rest;
pub mod router;
pub mod security;
pub mod service;
pub mod settings;
pub mod store;
pub mod tokens;
pub mod tools;
pub mod vault;
