//! Everything that only exists on the server. Layers, outside in:
//! `infra::router` (axum, middleware) → `crate::server_fns` (server functions) →
//! `service` (authorisation and rules that need data) → `store` (all SQL).
//! `infra` is what every request runs on (`infra::ctx` carries the pool, the
//! ballot vault, settings, vote key and the one clock).
//! `tools` holds what runs beside the app: the demo organisation, the
//! generator, the move to PostgreSQL and the adoption of older databases.

pub mod auth;
pub mod ballots;
pub mod download;
pub mod idempotency;
pub mod infra;
pub mod links;
pub mod mail;
pub mod rest;
pub mod service;
pub mod store;
pub mod tools;
pub mod vault;
