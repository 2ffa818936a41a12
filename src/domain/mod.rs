//! Plain types and pure rules shared by the server and the browser.
//!
//! Nothing in here performs I/O: values are validated when they are built
//! ("parse, don't validate"), so a `TeamName` in hand is always a good one,
//! whichever side of the wire it was built on.

pub mod account;
pub mod api_token;
pub mod boost;
pub mod calibration;
pub mod channels;
// Chat and e-mail are worded from the message files, which only the server (and the tests) compile in.
#[cfg(any(feature = "ssr", test))]
pub mod chat;
pub mod confidence;
pub mod dashboard;
pub mod divergence;
pub mod draft;
pub mod export;
#[cfg(test)]
mod fuzz;
pub mod ids;
pub mod import;
pub mod key_result;
pub mod kr_chart;
pub mod locale;
pub mod mail;
pub mod msg;
pub mod objective;
pub mod org;
pub mod passkey;
pub mod ppp;
pub mod present;
pub mod progress;
pub mod reflection;
pub mod scim;
pub mod scorecard;
pub mod signals;
#[cfg(any(feature = "ssr", test))]
pub mod slack;
pub mod sso;
pub mod tally;
pub mod validation;
pub mod views;
pub mod vote;
pub mod wave;

pub use validation::ValidationError;
