//! A form whose words are kept on the device as they are typed and which
//! submits through the draft queue. Without JavaScript it is a plain form
//! that posts to its server function, like every other form of the app.
//!
//! It is an island whose fields come from the server as its children: the
//! server renders them (with the error of a plain post, if any), and the
//! island reads, fills and marks them through the DOM.

use super::{device, state_label, DiscardButton, Drafts, RefusalReason};
use crate::domain::draft::{ClientKey, Draft, DraftForm, DraftStatus, DraftTarget};
use crate::domain::msg::Msg;
use crate::error::AppError;
use crate::msg;
use leptos::html::Form;
use leptos::prelude::*;
use std::time::Duration;

/// How long typing must pause before the draft is written to storage.
const SAVE_AFTER: Duration = Duration::from_millis(300);

/// The drafting state of one form on the page.
#[derive(Clone, Copy)]
pub struct Drafting {
    target: DraftTarget,
    drafts: Drafts,
    form: NodeRef<Form>,
    notice: RwSignal<Option<String>>,
    /// Typed since the last write to storage.
    dirty: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

fn refusal(d: &Draft) -> Option<AppError> {
    match &d.status {
        DraftStatus::Refused { reason, field: Some(field) } => {
            Some(AppError::Invalid { field: field.clone(), message: Msg::Said(reason.clone()) })
        }
        DraftStatus::Refused { reason, field: None } => Some(AppError::Conflict(Msg::Said(reason.clone()))),
        _ => None,
    }
}

impl Drafting {
    fn new(target: DraftTarget) -> Self {
        let this = Drafting {
            target,
            drafts: Drafts::shared(),
            form: NodeRef::new(),
            notice: RwSignal::new(None),
            dirty: StoredValue::new(false),
            timer: StoredValue::new(None),
        };
        this.restore_when_ready();
        this.follow_the_queue();
        this.show_refusal();
        this
    }

    /// The shown draft's refusal goes next to its field, like a plain
    /// post's error (which the server rendered and which stays until a
    /// refusal replaces it).
    fn show_refusal(self) {
        Effect::new(move |shown_before: Option<bool>| {
            let refused = self.shown().and_then(|d| refusal(&d));
            let Some(_form) = self.form.get() else { return shown_before.unwrap_or(false) };
            #[cfg(feature = "hydrate")]
            {
                use crate::ui::islands::forms;
                if refused.is_some() || shown_before == Some(true) {
                    forms::clear_errors(&_form);
                }
                if let Some(error) = &refused {
                    forms::show_error(&_form, error);
                }
            }
            refused.is_some()
        });
    }

    /// The key of the draft the form shows; `None` until something is typed.
    fn current(&self) -> Option<ClientKey> {
        self.drafts.current_for(self.target)
    }

    fn current_untracked(&self) -> Option<ClientKey> {
        self.drafts.current_for_untracked(self.target)
    }

    /// The draft the form shows, as the book has it (tracked).
    fn shown(&self) -> Option<Draft> {
        self.current().and_then(|k| self.drafts.book.with(|b| b.get(&k).cloned()))
    }

    /// Once the book is open and the form is on the page, puts the draft
    /// being written back into the form: after a reload, a crash, or the
    /// page re-rendering.
    fn restore_when_ready(self) {
        let restored = StoredValue::new(false);
        Effect::new(move |_| {
            if !self.drafts.loaded() || restored.get_value() {
                return;
            }
            let Some(form) = self.form.get() else { return };
            restored.set_value(true);
            let first = self.drafts.first_opening(self.target);
            if first && device::typed_before_start(&form) {
                // Words typed while the app was loading win over an older draft.
                self.dirty.set_value(true);
                self.save_now(false);
                return;
            }
            let book = self.drafts.book.get_untracked();
            let draft = match self.current_untracked() {
                Some(key) => book.get(&key).cloned(),
                None if first => book.latest(self.target).cloned(),
                None => None,
            };
            match draft {
                Some(d) => {
                    device::fill_form(&form, &d.fields);
                    self.set_current(Some(d.key));
                }
                // Sent while the page re-rendered: this form is fresh already.
                None => self.set_current(None),
            }
        });
        // Keep the last words if the tab is hidden or closed mid-pause.
        Effect::new(move |_| {
            let handle = window_event_listener(leptos::ev::pagehide, move |_| {
                self.save_now(false);
            });
            on_cleanup(move || handle.remove());
        });
    }

    /// When the shown draft leaves the book (the queue sent it) while this
    /// form stays on the page, the form empties; the status says "Saved.".
    /// Once the queue is idle after storing one of this form's drafts, the
    /// parts of the page that show what was stored (marked `data-refresh`
    /// with the form's name: the team's objectives, this week's PPP) are
    /// read again from the server and put in place.
    fn follow_the_queue(self) {
        Effect::new(move |_| {
            let gone = self.current().filter(|k| self.drafts.loaded() && self.drafts.book.with(|b| b.get(k).is_none()));
            if gone.is_some() {
                self.forget_current();
            }
        });
        let refreshed = StoredValue::new(None::<ClientKey>);
        Effect::new(move |_| {
            let saved = self.drafts.last_saved.with(|s| s.as_ref().filter(|(t, _)| *t == self.target).map(|(_, k)| k.clone()));
            let settled = !self.drafts.sending() && self.drafts.loaded();
            if let (Some(key), true) = (saved, settled) {
                if refreshed.with_value(|r| r.as_ref() != Some(&key)) {
                    refreshed.set_value(Some(key));
                    #[cfg(feature = "hydrate")]
                    leptos::task::spawn_local(device::refresh_regions(self.target.form.region()));
                }
            }
        });
    }

    /// Whether the last draft the server stored came from this form, and nothing was typed since.
    fn just_saved(&self) -> bool {
        self.drafts.last_saved.with(|s| s.as_ref().is_some_and(|(t, _)| *t == self.target))
    }

    fn clear_saved_note(&self) {
        if untrack(|| self.just_saved()) {
            self.drafts.last_saved.set(None);
        }
    }

    fn forget_current(&self) {
        let Some(key) = self.current_untracked() else { return };
        // A saved objective leaves a blank form for the next one; a saved PPP
        // stays in its form, where it can still be edited this week.
        let blank_after_save = self.target.form == DraftForm::TeamObjective;
        let saved = self.drafts.last_saved.with_untracked(|s| s.as_ref().is_some_and(|(_, k)| *k == key));
        if saved && blank_after_save {
            if let Some(form) = self.form.get_untracked() {
                form.reset();
            }
        }
        self.set_current(None);
    }

    fn set_current(&self, key: Option<ClientKey>) {
        self.drafts.set_current(self.target, key);
    }

    fn typed(&self) {
        self.dirty.set_value(true);
        self.clear_saved_note();
        if let Some(t) = self.timer.get_value() {
            t.clear();
        }
        let this = *self;
        self.timer.set_value(
            set_timeout_with_handle(
                move || {
                    this.save_now(false);
                },
                SAVE_AFTER,
            )
            .ok(),
        );
    }

    /// Writes what the form holds to storage (if anything was typed, or
    /// always when `force`). Returns the draft's key.
    fn save_now(&self, force: bool) -> Option<ClientKey> {
        if let Some(t) = self.timer.get_value() {
            t.clear();
        }
        if !force && !self.dirty.get_value() {
            return self.current_untracked();
        }
        let form = self.form.get_untracked()?;
        let key = self.current_untracked().unwrap_or_else(device::new_key);
        let fields = device::read_form(&form);
        match self.drafts.change(|b| b.edit(&key, self.target, fields, device::now_ms()))? {
            Ok(()) => {
                self.dirty.set_value(false);
                self.notice.set(None);
                self.set_current(Some(key.clone()));
                Some(key)
            }
            Err(e) => {
                self.notice.set(Some(e.to_string()));
                None
            }
        }
    }

    fn submit(&self) {
        let Some(key) = self.save_now(true) else { return };
        match self.drafts.change(|b| b.submit(&key)) {
            Some(Ok(())) => self.drafts.flush(),
            Some(Err(e)) => self.notice.set(Some(e.to_string())),
            None => {}
        }
    }

    fn open(&self, key: ClientKey) {
        self.save_now(false);
        let Some(d) = self.drafts.book.with_untracked(|b| b.get(&key).cloned()) else { return };
        if let Some(form) = self.form.get_untracked() {
            device::fill_form(&form, &d.fields);
        }
        self.clear_saved_note();
        self.set_current(Some(key));
    }

    fn start_new(&self) {
        self.save_now(false);
        if let Some(form) = self.form.get_untracked() {
            form.reset();
        }
        self.clear_saved_note();
        self.set_current(None);
    }

    fn discard(&self, key: ClientKey) {
        match self.drafts.change(|b| b.discard(&key)) {
            Some(Ok(_)) if self.current_untracked().as_ref() == Some(&key) => {
                self.dirty.set_value(false);
                if let Some(form) = self.form.get_untracked() {
                    form.reset();
                }
                self.set_current(None);
            }
            Some(Err(e)) => self.notice.set(Some(e.to_string())),
            _ => {}
        }
    }

    /// The shown draft's state, for the status line: a word for tests and styles, and a sentence.
    fn status(&self) -> (&'static str, String) {
        let online = self.drafts.online.get();
        match self.shown().map(|d| (d.status, d.updated_at)) {
            None if self.just_saved() => ("saved", msg!("form-saved").to_string()),
            None if !online => ("offline", msg!("draft-status-offline").to_string()),
            None => ("empty", String::new()),
            Some((DraftStatus::Local, at)) => ("local", msg!("draft-status-local", time = device::local_time(at)).to_string()),
            Some((DraftStatus::Queued, _)) if online => ("queued", msg!("draft-status-waiting").to_string()),
            Some((DraftStatus::Queued, _)) => ("queued", msg!("draft-status-queued").to_string()),
            Some((DraftStatus::Syncing, _)) => ("syncing", msg!("draft-status-sending").to_string()),
            Some((DraftStatus::Refused { .. }, _)) => ("refused", msg!("draft-status-refused").to_string()),
        }
    }
}

/// The form itself, its status line, and the list of this form's drafts.
/// `endpoint` is the server function a plain post goes to; `children` are
/// the form's fields, rendered on the server.
#[island(lazy)]
pub fn DraftingForm(target: DraftTarget, endpoint: String, submit_label: String, children: Children) -> impl IntoView {
    crate::ui::islands::live();
    let drafting = Drafting::new(target);
    let sending = move || drafting.shown().is_some_and(|d| d.status == DraftStatus::Syncing);
    let status = move || drafting.status();
    view! {
        <form
            method="post"
            action=endpoint
            node_ref=drafting.form
            on:input=move |_| drafting.typed()
            on:change=move |_| drafting.typed()
            on:submit=move |ev| {
                ev.prevent_default();
                drafting.submit();
            }
        >
            // Locked while the draft is on the wire: words typed then could
            // not join a draft the server is already storing.
            <fieldset class="plain" disabled=sending>{children()}</fieldset>
            <p class="draft-status" role="status" aria-live="polite" data-state=move || status().0>{move || status().1}</p>
            {move || drafting.notice.get().map(|n| view! { <p class="form-error" role="alert">{n}</p> })}
            <button type="submit" disabled=sending aria-busy=move || sending().then_some("true")>{submit_label}</button>
        </form>
        <DraftList drafting/>
    }
    .into_any()
}

#[component]
fn DraftList(drafting: Drafting) -> impl IntoView {
    let drafts = drafting.drafts;
    move || {
        let list: Vec<Draft> = drafts.book.with(|b| b.for_target(drafting.target).cloned().collect());
        (!list.is_empty()).then(|| {
            let rows = list
                .into_iter()
                .map(|d| {
                    let title = d.describe();
                    let (open_key, discard_key) = (d.key.clone(), d.key.clone());
                    let shown_key = StoredValue::new(d.key.clone());
                    let shown = move || drafting.current().is_some_and(|k| shown_key.with_value(|s| *s == k));
                    // The shown draft's refusal is already next to the form's fields.
                    let status = d.status.clone();
                    let reason = move || (!shown()).then(|| view! { <RefusalReason status=status.clone()/> });
                    view! {
                        <li class:shown=shown>
                            <span class="draft-title">{title.clone()}</span>
                            <span class="draft-state">
                                {format!("{} · {}", state_label(&d.status), device::local_time(d.updated_at))}
                                {move || shown().then(|| format!(" · {}", msg!("draft-in-form")))}
                            </span>
                            {reason}
                            <span class="draft-actions">
                                <button type="button" class="small secondary" aria-label=msg!("draft-open-named", title = title.clone()).to_string()
                                    on:click=move |_| drafting.open(open_key.clone())>{msg!("draft-open").to_string()}</button>
                                <DiscardButton title discard=move || drafting.discard(discard_key.clone())/>
                            </span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="draft-list">
                    <h3>{msg!("drafts-on-device").to_string()}</h3>
                    <ul>{rows}</ul>
                    <button type="button" class="small secondary" on:click=move |_| drafting.start_new()>{msg!("draft-start-another").to_string()}</button>
                </div>
            }
        })
    }
}
