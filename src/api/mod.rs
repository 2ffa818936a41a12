//! Server functions, one file per area. Each one authenticates, calls one
//! function of `server::service` (which authorises within the caller's
//! organisation) and returns `AppError` on failure. No file here imports another.

pub mod auth;
pub mod boosts;
pub mod mail;
pub mod objectives;
pub mod org;
pub mod ppp;
pub mod reflections;
pub mod survey;
pub mod teams;
pub mod tokens;
pub mod votes;
pub mod waves;
