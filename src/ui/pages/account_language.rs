//! The account page's language: one's own choice, or the organisation's
//! default (else the browser's). A plain form: the page comes back in the
//! language chosen.

use crate::domain::locale::{LanguageChoices, Locale};
use crate::server_fns::language::{get_language, SetLanguage};
use crate::t;
use crate::ui::components::notice::Loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn LanguageSection() -> impl IntoView {
    let choices = Resource::new(|| (), |_| get_language());
    view! {
        <section class="card" id="language">
            <h2>{t!("language-title")}</h2>
            <Loaded resource=choices view=move |c| view! { <Choice c/> }/>
        </section>
    }
}

#[component]
fn Choice(c: LanguageChoices) -> impl IntoView {
    let default = match c.org_default {
        Some(l) => t!("language-org-default", language = l.native_name()),
        None => t!("language-browser-default"),
    };
    view! {
        <form method="post" action=SetLanguage::url() data-plain>
            <div class="field">
                <label for="language-choice">{t!("language-label")}</label>
                <select id="language-choice" name="locale" aria-describedby="language-choice-hint">
                    <option value="" selected=c.mine.is_none()>{default}</option>
                    {Locale::OFFERED
                        .into_iter()
                        .map(|l| view! { <option value=l.tag() lang=l.tag() selected=c.mine == Some(l)>{l.native_name()}</option> })
                        .collect_view()}
                </select>
                <p class="hint" id="language-choice-hint">{t!("language-hint")}</p>
            </div>
            <button type="submit" class="secondary">{t!("language-submit")}</button>
        </form>
    }
}
