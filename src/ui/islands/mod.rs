//! The interactive parts of the pages: Leptos islands.
//!
//! Every page is rendered on the server and arrives as complete HTML; a
//! click on a link is a normal page load (fast: the page is one SQLite query
//! and a few kilobytes away, its CSS inline, the WebAssembly cached for a
//! year). The browser gets WebAssembly only for what changes on the page:
//!
//! - [`forms::FormHelper`]: every form posting to a server function, with
//!   a pending state, errors next to their fields without losing what was
//!   typed, and the focus kept on the pressed button;
//! - the offline drafts (`ui::offline`): the banner, the drafting forms and
//!   the lists of drafts kept on the device;
//! - [`clock::LocalClock`]: the room's time of day in present mode.
//!
//! An island takes its props from the server as JSON, so they stay small
//! and plain; context provided by server components does not reach it.

#[cfg(feature = "hydrate")]
use leptos::prelude::*;

pub mod clock;
pub mod forms;
pub mod passkey;
pub mod push;
pub mod words;

/// Each island calls this as it is hydrated. Once every island of the page
/// has, the page says it is live (`data-hydrated` on `<html>`, which the
/// bench and the end-to-end tests wait for) and what waited for that runs
/// (see [`when_live`]). The island's own hydration finishes right after its
/// body, hence the task queued for it.
pub fn live() {
    #[cfg(feature = "hydrate")]
    browser::live();
}

/// A form that needs a browser feature (passkeys, notifications): once
/// hydrated, `ready` if `supported()` says the browser has it, else
/// `note` says why not (`unsupported`, in the reader's language).
#[cfg(feature = "hydrate")]
pub fn ready_if(supported: fn() -> bool, ready: RwSignal<bool>, note: RwSignal<String>, unsupported: String) {
    Effect::new(move |_| {
        if supported() {
            ready.set(true);
        } else {
            note.set(unsupported.clone());
        }
    });
}

/// Runs `f` once every island of the page is hydrated: state shared by
/// islands must not change while one of them is still being matched
/// against the server's HTML.
pub fn when_live(f: impl FnOnce() + 'static) {
    #[cfg(feature = "hydrate")]
    browser::when_live(Box::new(f));
    #[cfg(not(feature = "hydrate"))]
    let _ = f;
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::prelude::{document, set_timeout};
    use std::cell::{Cell, RefCell};
    use std::time::Duration;

    type Waiting = Vec<Box<dyn FnOnce()>>;
    thread_local! {
        static LIVE: Cell<u32> = const { Cell::new(0) };
        static DONE: Cell<bool> = const { Cell::new(false) };
        static WAITING: RefCell<Waiting> = const { RefCell::new(Vec::new()) };
    }

    pub fn live() {
        let live = LIVE.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        if live >= document().get_elements_by_tag_name("leptos-island").length() {
            set_timeout(
                || {
                    DONE.with(|d| d.set(true));
                    if let Some(root) = document().document_element() {
                        let _ = root.set_attribute("data-hydrated", "");
                    }
                    for f in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
                        f();
                    }
                },
                Duration::ZERO,
            );
        }
    }

    pub fn when_live(f: Box<dyn FnOnce()>) {
        if DONE.with(Cell::get) {
            set_timeout(f, Duration::ZERO);
        } else {
            WAITING.with(|w| w.borrow_mut().push(f));
        }
    }
}
