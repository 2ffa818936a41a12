//! Offline-tolerant drafting in the browser.
//!
//! The rules (what a draft is, how the queue moves) live in
//! `domain::draft`; this module keeps the signed-in person's `DraftBook` in
//! local storage, sends queued drafts when the browser is online, and gives
//! forms a [`Drafting`] helper. The service worker (`public/sw.js`) keeps
//! already-visited pages opening while offline; this module tells the person
//! when they are looking at such a copy.
//!
//! Its components are islands (the banner, the drafting forms, the lists of
//! drafts). Server rendering never touches the device: the book starts
//! empty on both sides, so hydration matches, and is filled from storage by
//! an effect.

pub mod device;
mod drafting;
mod kept;
mod parts;
mod status;

pub use drafting::DraftingForm;
pub use kept::{DraftTable, KeptDrafts};
pub use parts::{DiscardButton, RefusalReason};
pub use status::OfflineBanner;

use crate::domain::draft::{retry_after, storage_key, ClientKey, DraftAuthor, DraftBook, DraftStatus, DraftTarget, SendOutcome};
use crate::domain::ids::{OrgId, UserId};
use crate::msg;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

/// A draft's state in a few words, for lists.
pub fn state_label(status: &DraftStatus) -> String {
    match status {
        DraftStatus::Local => msg!("draft-state-local"),
        DraftStatus::Queued => msg!("draft-state-queued"),
        DraftStatus::Syncing => msg!("draft-state-syncing"),
        DraftStatus::Refused { .. } => msg!("draft-state-refused"),
    }
    .to_string()
}

/// The drafts of whoever is signed in, shared by every form and the banner.
/// Islands are hydrated one by one and context does not flow between them:
/// in the browser they all share one `Drafts` (see `shared`).
#[derive(Clone, Copy)]
pub struct Drafts {
    pub book: RwSignal<DraftBook>,
    /// The local-storage key of the open book; `None` until the browser knows who is signed in.
    scope: RwSignal<Option<String>>,
    /// Whose book is open: sent with every draft, so that the server stores
    /// it only under its writer's session.
    owner: StoredValue<Option<DraftAuthor>>,
    /// The draft the server stored last, and its form (which then says "Saved.").
    pub last_saved: RwSignal<Option<(DraftTarget, ClientKey)>>,
    pub online: RwSignal<bool>,
    /// When the page is a copy the service worker kept, the time it was kept.
    pub offline_copy: RwSignal<Option<String>>,
    /// Why drafts cannot be kept or read on this device, if so.
    pub problem: RwSignal<Option<String>>,
    sending: RwSignal<bool>,
    /// A reason to send came while a send was under way (the connection came
    /// back, another draft was queued): one more pass runs when it ends.
    again: StoredValue<bool>,
    /// Tries in a row that found no server, and the next try waiting for its
    /// time (see `domain::draft::retry_after`).
    failures: StoredValue<u32>,
    retry: StoredValue<Option<TimeoutHandle>>,
    /// The draft each form is editing; kept here so it survives the form being re-rendered.
    current: RwSignal<HashMap<DraftTarget, ClientKey>>,
    /// Forms already opened in this page's life: only the first opening
    /// brings back the newest draft, re-renders keep what the form shows.
    opened: StoredValue<HashSet<DraftTarget>>,
}

impl Drafts {
    /// The page's drafts. In the browser, one for all islands, made under a
    /// root of its own so it lives as long as the page. On the server, a
    /// fresh empty one per island: what the browser shows before it has
    /// read the device's storage.
    pub fn shared() -> Self {
        #[cfg(feature = "hydrate")]
        {
            thread_local! {
                static SHARED: Drafts = {
                    let root = leptos::reactive::owner::Owner::new_root(None);
                    let drafts = root.with(Drafts::new);
                    std::mem::forget(root);
                    drafts
                };
            }
            SHARED.with(|d| *d)
        }
        #[cfg(not(feature = "hydrate"))]
        Drafts::new()
    }

    fn new() -> Self {
        Drafts {
            book: RwSignal::new(DraftBook::default()),
            scope: RwSignal::new(None),
            owner: StoredValue::new(None),
            last_saved: RwSignal::new(None),
            online: RwSignal::new(true),
            offline_copy: RwSignal::new(None),
            problem: RwSignal::new(None),
            sending: RwSignal::new(false),
            again: StoredValue::new(false),
            failures: StoredValue::new(0),
            retry: StoredValue::new(None),
            current: RwSignal::new(HashMap::new()),
            opened: StoredValue::new(HashSet::new()),
        }
    }

    /// Whether drafts are on their way to the server now (tracked).
    pub fn sending(&self) -> bool {
        self.sending.get()
    }

    pub fn loaded(&self) -> bool {
        self.scope.with(Option::is_some)
    }

    /// Opens the book of this person in this organisation and sends what waits.
    pub fn open(&self, org: OrgId, user: UserId) {
        let key = storage_key(org, user);
        if self.scope.get_untracked().as_deref() == Some(key.as_str()) {
            return;
        }
        self.current.update(HashMap::clear);
        self.opened.update_value(HashSet::clear);
        self.book.set(self.read(&key));
        self.owner.set_value(Some(DraftAuthor { org, user }));
        self.scope.set(Some(key));
        // Says drafts are being kept from here on (the end-to-end tests wait for it).
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-drafts", "ready");
        }
        self.online.set(device::online());
        self.flush();
    }

    /// Forgets the book in memory (logged out); it stays in storage for its owner.
    pub fn close(&self) {
        self.owner.set_value(None);
        self.scope.set(None);
        self.book.set(DraftBook::default());
        self.current.update(HashMap::clear);
    }

    /// Re-reads the book after another tab changed it.
    pub fn reload(&self, changed_key: &str) {
        if self.scope.get_untracked().as_deref() == Some(changed_key) {
            self.book.set(self.read(changed_key));
        }
    }

    fn read(&self, key: &str) -> DraftBook {
        match device::read(key) {
            Ok(None) => DraftBook::default(),
            Ok(Some(raw)) => match DraftBook::from_json(&raw) {
                Ok(mut book) => {
                    book.recover();
                    book
                }
                Err(_) => {
                    // Never overwrite words we cannot read: keep them aside.
                    let aside = format!("{key}.unreadable.{}", device::now_ms());
                    let _ = device::write(&aside, &raw);
                    self.problem.set(Some(msg!("offline-kept-aside").to_string()));
                    DraftBook::default()
                }
            },
            Err(e) => {
                self.problem.set(Some(e));
                DraftBook::default()
            }
        }
    }

    /// Changes the book and writes it to storage straight away.
    pub fn change<R>(&self, f: impl FnOnce(&mut DraftBook) -> R) -> Option<R> {
        let out = self.book.try_update(f);
        if let Some(key) = self.scope.get_untracked() {
            let json = self.book.with_untracked(DraftBook::to_json);
            if let Err(e) = device::write(&key, &json) {
                self.problem.set(Some(e));
            }
        }
        out
    }

    /// Whether `target`'s form opens for the first time in this page's life.
    pub fn first_opening(&self, target: DraftTarget) -> bool {
        self.opened.try_update_value(|o| o.insert(target)).unwrap_or(false)
    }

    /// The draft `target`'s form is editing, if any (tracked).
    pub fn current_for(&self, target: DraftTarget) -> Option<ClientKey> {
        self.current.with(|m| m.get(&target).cloned())
    }

    pub fn current_for_untracked(&self, target: DraftTarget) -> Option<ClientKey> {
        self.current.with_untracked(|m| m.get(&target).cloned())
    }

    pub fn set_current(&self, target: DraftTarget, key: Option<ClientKey>) {
        self.current.update(|m| match key {
            Some(k) => {
                m.insert(target, k);
            }
            None => {
                m.remove(&target);
            }
        });
    }

    /// Sends queued drafts one by one, oldest first. Stops at the first
    /// unreachable server: the rest wait for the next chance (coming back
    /// online, opening the app, or the next try, sooner after the first
    /// failures; see `retry_after`).
    pub fn flush(&self) {
        let nothing_waits = self.book.with_untracked(|b| b.queued().is_empty());
        let Some(author) = self.owner.get_value() else { return };
        if self.sending.get_untracked() {
            self.again.set_value(true);
            return;
        }
        if nothing_waits || !self.loaded() || !device::online() {
            return;
        }
        if let Some(waiting) = self.retry.try_update_value(Option::take).flatten() {
            waiting.clear();
        }
        self.sending.set(true);
        let this = *self;
        leptos::task::spawn_local(async move {
            while let Some(key) = this.book.with_untracked(|b| b.queued().into_iter().next()) {
                let Some(draft) = this.change(|b| b.start_sending(&key)).flatten() else { break };
                let outcome = device::send(draft.target.form.endpoint(), &draft.fields, &key, author).await;
                let (unreachable, other_person) = (outcome == SendOutcome::Unreachable, outcome == SendOutcome::OtherPerson);
                if unreachable {
                    this.try_again_later();
                } else {
                    this.failures.set_value(0);
                }
                if let Some(Some(saved)) = this.change(|b| b.settle(&key, outcome)) {
                    this.last_saved.set(Some((saved.target, saved.key)));
                }
                if other_person {
                    // Someone else signed in on this device since this page
                    // loaded: a fresh page shows who, and opens their book.
                    let _ = window().location().reload();
                    this.again.set_value(false);
                    break;
                }
                if unreachable {
                    break;
                }
            }
            this.sending.set(false);
            if this.again.try_update_value(std::mem::take).unwrap_or(false) {
                this.flush();
            }
        });
    }

    /// Schedules the next try after one more that found no server. While
    /// the browser says it is offline nothing is scheduled: its `online`
    /// event starts the next try.
    fn try_again_later(&self) {
        let failures = self.failures.try_update_value(|f| {
            *f = f.saturating_add(1);
            *f
        });
        if !device::online() {
            return;
        }
        let this = *self;
        let handle = set_timeout_with_handle(move || this.flush(), retry_after(failures.unwrap_or(1))).ok();
        if let Some(earlier) = self.retry.try_update_value(|r| std::mem::replace(r, handle)).flatten() {
            earlier.clear();
        }
    }

    /// The connection came back: the next failure starts the waits afresh.
    pub fn back_online(&self) {
        self.failures.set_value(0);
        self.online.set(true);
        self.flush();
    }
}
