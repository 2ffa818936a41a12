//! Mistvine: aligned autonomy, made operational.
//!
//! One crate, two builds: with `ssr` it is the server (axum + SQLite), with
//! `hydrate` it is the WebAssembly that makes the interactive parts of
//! server-rendered pages live. Pages are Leptos islands: everything is
//! rendered on the server, and only the `#[island]` components (forms'
//! pending states and inline errors, offline drafts, the clock of present
//! mode) are compiled for the browser. So the server functions, the pages
//! and their types exist only in the `ssr` build; `domain`, `error` and the
//! islands are shared by both.

// Island views are hydrated through deeply nested async types (the drafting
// form's view overflows the default of 128 in the WebAssembly build).
#![recursion_limit = "256"]

#[cfg(feature = "ssr")]
pub mod app;
pub mod domain;
pub mod error;
// The browser build's tests word messages as the server does (see Cargo.toml).
#[cfg(any(feature = "ssr", test))]
pub mod i18n;
pub mod messages;
#[cfg(feature = "ssr")]
pub mod server_fns;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod infra;
#[cfg(feature = "ssr")]
pub mod server;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Panic messages in the console while developing; the release build
    // leaves the hook and its formatting out of the WebAssembly.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // The page says it is live once its last island is (`ui::islands::live`).
}
