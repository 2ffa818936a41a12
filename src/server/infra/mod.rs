//! What every request runs on, whatever it asks: the router and its
//! middleware (`router`, `security`, `limits`, `rate`, `errors`, `observe`),
//! the context a request gets (`ctx`: pool, vault, settings, the one
//! `clock`), the database connection (`db`), configuration (`settings`),
//! static files (`assets`) and random secrets (`tokens`).

pub mod assets;
pub mod clock;
pub mod ctx;
pub mod db;
pub mod errors;
pub mod limits;
pub mod observe;
pub mod rate;
pub mod router;
pub mod security;
pub mod settings;
pub mod tokens;
