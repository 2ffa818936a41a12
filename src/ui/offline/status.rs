//! What the whole app says about the connection and the drafts waiting to be sent.

use super::{device, Drafts};
use crate::domain::draft::{DraftAuthor, DraftStatus};
use crate::msg;
use leptos::prelude::*;

impl Drafts {
    /// Opens the book of who is signed in (`None`: nobody) and follows the
    /// connection. Its effects run only in the browser.
    fn follow(self, who: Option<DraftAuthor>) {
        // The islands of a page are hydrated one after the other, and an
        // effect of this one could run between two of them: a form whose
        // drafts appeared before its island was hydrated would no longer
        // match the server's HTML. So the book opens, and the connection is
        // read, once every island is live.
        Effect::new(move |_| crate::ui::islands::when_live(move || self.start(who)));
    }

    fn start(self, who: Option<DraftAuthor>) {
        match who {
            Some(who) => self.open(who.org, who.user),
            None => self.close(),
        }
        let root = document().document_element();
        self.offline_copy.set(root.and_then(|r| r.get_attribute("data-offline-copy")));
        self.online.set(device::online());
        // These last as long as the page (there is no navigation inside it).
        let _ = window_event_listener(leptos::ev::online, move |_| self.back_online());
        let _ = window_event_listener(leptos::ev::offline, move |_| self.online.set(false));
        let _ = window_event_listener(leptos::ev::storage, move |e| {
            if let Some(key) = e.key() {
                self.reload(&key);
            }
        });
    }
}

/// A line under the top bar when the connection or the drafts need
/// attention. Every page has it: it also opens the signed-in person's drafts
/// and sends those waiting.
#[island]
pub fn OfflineBanner(who: Option<DraftAuthor>) -> impl IntoView {
    crate::ui::islands::live();
    let drafts = Drafts::shared();
    drafts.follow(who);
    let connection = move || {
        let online = drafts.online.get();
        let text = match (online, drafts.offline_copy.get()) {
            (true, None) => return None,
            (false, None) => msg!("offline-banner").to_string(),
            (false, Some(at)) => msg!("offline-banner-copy", at = at).to_string(),
            (true, Some(at)) => msg!("online-banner-copy", at = at).to_string(),
        };
        Some(view! {
            <p class="offline-banner" role="status">
                {text}
                {online.then(|| view! { " " <a href="" on:click=|ev| { ev.prevent_default(); let _ = window().location().reload(); }>{msg!("offline-reload").to_string()}</a> })}
            </p>
        })
    };
    let waiting = move || {
        let (queued, refused) = drafts.book.with(|b| {
            let queued = b.all().iter().filter(|d| matches!(d.status, DraftStatus::Queued | DraftStatus::Syncing)).count();
            let refused = b.all().iter().filter(|d| matches!(d.status, DraftStatus::Refused { .. })).count();
            (queued, (refused > 0).then_some(refused))
        });
        let mut parts = Vec::new();
        if queued > 0 {
            // No plural forms: the browser words its messages without Fluent's rules.
            parts.push(view! { <span>{msg!("drafts-waiting", count = queued).to_string()}</span> }.into_any());
        }
        if let Some(n) = refused {
            parts.push(view! { <span>{format!(" {}", msg!("drafts-refused", count = n))}</span> }.into_any());
        }
        if !parts.is_empty() {
            parts.push(view! { " " <a href="/drafts">{msg!("drafts-see").to_string()}</a> }.into_any());
        }
        (!parts.is_empty()).then(|| view! { <p class="drafts-waiting" role="status">{parts}</p> })
    };
    view! {
        {connection}
        {waiting}
        {move || drafts.problem.get().map(|p| view! { <p class="offline-banner" role="alert">{p}</p> })}
    }
}
