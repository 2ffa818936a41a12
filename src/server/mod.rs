//! Everything that only exists on the server. Layers, outside in:
//! `router` (axum, middleware) → `crate::server_fns` (server functions) →
//! `service` (authorisation and rules that need data) → `store` (all SQL).
//! `ctx` carries the pool, the ballot vault, settings, vote key and the one clock.

pub mod assets;
pub mod auth;
pub mod ballots;
pub mod clock;
pub mod ctx;
pub mod db;
pub mod demo;
mod demo_history;
mod demo_waves;
pub mod download;
pub mod errors;
pub mod generate;
pub mod idempotency;
mod legacy;
pub mod limits;
pub mod links;
pub mod mail;
pub mod moving;
pub mod observe;
pub mod rate;
pub mod rest;
pub mod router;
pub mod security;
pub mod service;
pub mod settings;
pub mod store;
pub mod tokens;
pub mod vault;
