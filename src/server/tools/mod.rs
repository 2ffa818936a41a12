//! What runs beside the app rather than in a request: the backup of an
//! SQLite installation (`backup`), the demo
//! organisation (`demo`, with its past waves and this wave's activity), the
//! generator of large organisations for the bench (`generate`), the move of
//! an installation from SQLite to PostgreSQL (`moving`), and the adoption of
//! votes a database stored before the ballot vault existed (`legacy`).

pub mod backup;
pub mod demo;
mod demo_history;
mod demo_next;
mod demo_waves;
pub mod generate;
pub(crate) mod legacy;
pub mod moving;
