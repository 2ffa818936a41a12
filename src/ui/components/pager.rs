//! Previous / next links for a paged list: plain links, so they work without JavaScript.

use crate::t;
use leptos::prelude::*;

#[component]
pub fn Pager(
    page: usize,
    pages: usize,
    /// The addresses of the previous and next pages, where there are some.
    prev: Option<String>,
    next: Option<String>,
    label: String,
) -> impl IntoView {
    view! {
        <nav class="pager" aria-label=label>
            {prev.map(|href| view! { <a href=href rel="prev">"← "{t!("pager-previous")}</a> })}
            <span>{t!("pager-page", page = page, pages = pages)}</span>
            {next.map(|href| view! { <a href=href rel="next">{t!("pager-next")}" →"</a> })}
        </nav>
    }
}
