//! Mistvine: aligned autonomy, made operational.
//!
//! One crate, two builds: with `ssr` it is the server (axum + SQLite), with
//! `hydrate` it is the WebAssembly that makes server-rendered pages
//! interactive. `domain`, `error` and the UI are shared by both.

pub mod api;
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
    leptos::mount::hydrate_body(app::App);
    // Says the page is interactive now (end-to-end tests wait for it before
    // checking behaviour that only exists with JavaScript).
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-hydrated", "");
    }
}
