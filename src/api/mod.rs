//! Server functions, one file per area. Each one authenticates, authorizes
//! within the caller's organisation, applies domain rules, calls the store and
//! returns `AppError` on failure. Nothing else happens here.

pub mod auth;
pub mod boosts;
pub mod objectives;
pub mod org;
pub mod ppp;
pub mod reflections;
pub mod survey;
pub mod teams;
pub mod votes;
pub mod waves;
