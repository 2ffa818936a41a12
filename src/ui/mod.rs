//! Pages (one module per route) and the small components they share, all
//! rendered on the server only; and the islands, the few interactive parts
//! that are also compiled for the browser.

#[cfg(feature = "ssr")]
pub mod components;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod layout;
pub mod offline;
#[cfg(feature = "ssr")]
pub mod pages;
