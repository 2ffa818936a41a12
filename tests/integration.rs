//! The integration suite, one module per area, built as one test binary:
//! every binary links the whole app, so one per file cost gigabytes of disk
//! and most of the suite's link time.
//!
//! `make test` runs it twice: on SQLite (with the PostgreSQL-only tests on
//! the throwaway cluster), then with `MISTVINE_TEST_ENGINE=postgres`,
//! skipping the modules about SQLite's own files (scripts/test.sh).
//! One module alone: `cargo test --features ssr --test integration votes::`.

mod common;

mod accounts;
mod anonymity;
mod api;
mod assets;
mod backup;
mod boosts;
mod calibration;
mod confirmation;
mod crash;
mod demo;
mod divergence;
mod drafts;
mod export;
mod generate;
mod import;
mod import_page;
mod isolation;
mod languages;
mod layers;
mod legacy;
mod limits;
mod mail;
mod moving;
mod objectives;
mod organisations;
mod passkeys;
mod ppp;
mod present;
mod push;
mod reflection;
mod restore;
mod schema;
mod scim;
mod servers;
mod slack;
mod sso;
mod survey;
mod teams;
mod time;
mod votes;
mod weekly_channels;
