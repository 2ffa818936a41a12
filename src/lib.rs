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
pub mod api;
#[cfg(feature = "ssr")]
pub mod app;
pub mod domain;
pub mod error;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod server;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Leptos' loader calls this first and then hydrates the page's islands,
    // one after the other, in promise callbacks (none of our islands is lazy,
    // so no network in between). A task queued now runs once all of that
    // has finished: it says the page is interactive (the bench and the
    // end-to-end tests wait for it).
    leptos::prelude::set_timeout(
        || {
            if let Some(root) = leptos::prelude::document().document_element() {
                let _ = root.set_attribute("data-hydrated", "");
            }
        },
        std::time::Duration::ZERO,
    );
}
