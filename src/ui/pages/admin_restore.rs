//! The admin page's section for bringing an organisation in from another
//! installation: its export uploaded into this empty organisation
//! (`infra::uploads` → `service::restore`), and what came of it.

use crate::t;
use crate::ui::pages::import::{NO_FILE, TOO_BIG};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// How the upload went (`?restore=`): `done-N` with N objectives, or why not.
pub const DONE: &str = "done-";
pub const NOT_AN_EXPORT: &str = "not-an-export";
pub const NOT_EMPTY: &str = "not-empty";
pub const OWNERS_ONLY: &str = "owners-only";
pub const ACCOUNTS_EXIST: &str = "accounts-exist";
pub const UNKNOWN_FORMAT: &str = "unknown-format";
pub const BROKEN_TEAM: &str = "broken-team";
pub const BROKEN_OBJECTIVE: &str = "broken-objective";

#[component]
pub fn RestoreOrganisation() -> impl IntoView {
    let query = use_query_map();
    let outcome = query.read_untracked().get("restore").unwrap_or_default();
    let said = match outcome.as_str() {
        "" => None,
        NOT_AN_EXPORT => Some((false, t!("restore-not-an-export"))),
        UNKNOWN_FORMAT => Some((false, t!("restore-format"))),
        BROKEN_TEAM => Some((false, t!("restore-broken-team"))),
        BROKEN_OBJECTIVE => Some((false, t!("restore-broken-objective"))),
        NOT_EMPTY => Some((false, t!("restore-not-empty"))),
        OWNERS_ONLY => Some((false, t!("restore-owners-only"))),
        ACCOUNTS_EXIST => Some((false, t!("restore-accounts-here"))),
        TOO_BIG => Some((false, t!("restore-too-big", mb = crate::domain::export::RESTORE_MAX_MB))),
        NO_FILE => Some((false, t!("restore-choose-file"))),
        done => done.strip_prefix(DONE).and_then(|n| n.parse::<usize>().ok()).map(|n| (true, t!("restore-done", objectives = n))),
    };
    view! {
        <section class="card" id="restore" aria-labelledby="restore-heading">
            <h2 id="restore-heading">{t!("restore-title")}</h2>
            <p class="hint">{t!("restore-hint")}</p>
            {said.map(|(ok, text)| if ok {
                view! { <p class="saved" role="status">{text}</p> }.into_any()
            } else {
                view! { <p class="form-error" role="alert">{text}</p> }.into_any()
            })}
            <form method="post" action="/restore" enctype="multipart/form-data">
                <label for="restore-file">{t!("restore-file-label")}</label>
                <input id="restore-file" type="file" name="file" required accept=".json,application/json"/>
                <button type="submit" class="secondary">{t!("restore-button")}</button>
            </form>
        </section>
    }
}
