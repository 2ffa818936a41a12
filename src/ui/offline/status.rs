//! What the whole app says about the connection and the drafts waiting to be sent.

use super::{device, Drafts};
use crate::domain::draft::DraftStatus;
use crate::domain::views::Me;
use crate::error::AppError;
use leptos::prelude::*;
use std::time::Duration;

/// How often drafts still waiting are retried while the app is open: the
/// browser may say "online" on a network that does not reach the server.
const RETRY_EVERY: Duration = Duration::from_secs(30);

impl Drafts {
    /// Opens the signed-in person's book once the browser knows who that is,
    /// and follows the connection. Runs only in the browser.
    pub fn follow(self, me: Resource<Result<Option<Me>, AppError>>) {
        Effect::new(move |_| match me.get() {
            Some(Ok(Some(me))) => self.open(me.org_id, me.user_id),
            Some(Ok(None)) => self.close(),
            _ => {}
        });
        let location = leptos_router::hooks::use_location();
        Effect::new(move |first: Option<()>| {
            location.pathname.track();
            location.search.track();
            if first.is_some() {
                device::keep_page();
            }
        });
        Effect::new(move |_| {
            let root = document().document_element();
            self.offline_copy.set(root.and_then(|r| r.get_attribute("data-offline-copy")));
            self.online.set(device::online());
            let on = window_event_listener(leptos::ev::online, move |_| {
                self.online.set(true);
                self.flush();
            });
            let off = window_event_listener(leptos::ev::offline, move |_| self.online.set(false));
            let other_tab = window_event_listener(leptos::ev::storage, move |e| {
                if let Some(key) = e.key() {
                    self.reload(&key);
                }
            });
            let retry = set_interval_with_handle(move || self.flush(), RETRY_EVERY).ok();
            on_cleanup(move || {
                on.remove();
                off.remove();
                other_tab.remove();
                if let Some(r) = retry {
                    r.clear();
                }
            });
        });
    }
}

/// A line under the top bar when the connection or the drafts need attention.
#[component]
pub fn OfflineBanner(drafts: Drafts) -> impl IntoView {
    let connection = move || {
        let online = drafts.online.get();
        let text = match (online, drafts.offline_copy.get()) {
            (true, None) => return None,
            (false, None) => "You are offline. Objectives and PPP updates you write are kept on this device and sent when you are back online.".to_owned(),
            (false, Some(at)) => format!(
                "You are offline. This page is the copy this device kept at {at}; it may be out of date. What you write is kept on this device."
            ),
            (true, Some(at)) => format!("You are back online, but this page is the copy kept at {at}. Reload it to see the latest."),
        };
        Some(view! {
            <p class="offline-banner" role="status">
                {text}
                {online.then(|| view! { " " <a href="" on:click=|ev| { ev.prevent_default(); let _ = window().location().reload(); }>"Reload"</a> })}
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
            parts.push(view! { <span>{format!("{queued} draft{} waiting to be sent.", if queued == 1 { "" } else { "s" })}</span> }.into_any());
        }
        if let Some(n) = refused {
            parts.push(view! { <span>{format!(" {n} draft{} refused by the server.", if n == 1 { " was" } else { "s were" })}</span> }.into_any());
        }
        if !parts.is_empty() {
            parts.push(view! { " " <a href="/drafts">"See drafts"</a> }.into_any());
        }
        (!parts.is_empty()).then(|| view! { <p class="drafts-waiting" role="status">{parts}</p> })
    };
    view! {
        {connection}
        {waiting}
        {move || drafts.problem.get().map(|p| view! { <p class="offline-banner" role="alert">{p}</p> })}
    }
}
