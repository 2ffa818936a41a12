//! Previous / next links for a paged list: plain links, so they work without JavaScript.

use leptos::prelude::*;

#[component]
pub fn Pager(
    page: usize,
    pages: usize,
    /// The addresses of the previous and next pages, where there are some.
    prev: Option<String>,
    next: Option<String>,
    label: &'static str,
) -> impl IntoView {
    view! {
        <nav class="pager" aria-label=label>
            {prev.map(|href| view! { <a href=href rel="prev">"← Previous"</a> })}
            <span>{format!("Page {page} of {pages}")}</span>
            {next.map(|href| view! { <a href=href rel="next">"Next →"</a> })}
        </nav>
    }
}
