//! The screen's own time of day in present mode.

use leptos::prelude::*;

/// Ticks in the browser: the server does not know the room's time zone.
/// Without JavaScript it stays empty.
#[island(lazy)]
pub fn LocalClock() -> impl IntoView {
    crate::ui::islands::live();
    let now = RwSignal::new(String::new());
    #[cfg(feature = "hydrate")]
    {
        let tick = move || {
            let d = js_sys::Date::new_0();
            now.set(format!("{:02}:{:02}", d.get_hours(), d.get_minutes()));
        };
        // After hydration, not before: the server rendered it empty, and a
        // value set while hydrating would be taken as already on the page.
        Effect::new(move |_| tick());
        if let Ok(handle) = set_interval_with_handle(tick, std::time::Duration::from_secs(1)) {
            on_cleanup(move || handle.clear());
        }
    }
    // Worded from the page's words: the server and the browser render the same.
    let label = format!("{} ", crate::msg!("clock-local-time"));
    view! { <span class="present-clock"><span class="visually-hidden">{label}</span><time>{now}</time></span> }
}
