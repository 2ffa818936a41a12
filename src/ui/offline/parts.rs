//! Small pieces every list of drafts shows the same way.

use crate::domain::draft::DraftStatus;
use crate::msg;
use leptos::prelude::*;

/// The server's reason under a refused draft; nothing for other drafts.
#[component]
pub fn RefusalReason(status: DraftStatus) -> impl IntoView {
    match status {
        DraftStatus::Refused { reason, .. } => Some(view! { <p class="draft-reason">{reason}</p> }),
        _ => None,
    }
}

/// Throws a draft away; its label names the draft for screen readers.
#[component]
pub fn DiscardButton<F>(title: String, discard: F) -> impl IntoView
where
    F: Fn() + Send + Sync + 'static,
{
    view! {
        <button type="button" class="small secondary" aria-label=msg!("draft-discard-named", title = title).to_string() on:click=move |_| discard()>
            {msg!("draft-discard").to_string()}
        </button>
    }
}
