//! The rules that need data, and the data: `service` (authorisation and the
//! rules of each area, taking typed commands), `store` (all SQL), `vote`
//! (the ballot vault and the claims that let a browser see its own vote)
//! and `tools` (the demo organisation, the generator, the move to
//! PostgreSQL, the adoption of older databases).
//!
//! `store` is private to this module: pages, server functions, the JSON API,
//! the mail worker and the router cannot name it, so every read and write
//! they cause goes through a service (the compiler holds this layer, see
//! docs/architecture.md). What requests and jobs run on is `crate::infra`.

pub mod service;
pub mod sheet;
mod store;
pub mod tools;
pub mod vote;
