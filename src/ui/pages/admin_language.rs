//! The admin page's language: the organisation's default for everyone who
//! has not chosen their own (else each browser's). A plain form: the page
//! comes back in the new language, unless the admin chose their own.

use crate::domain::locale::{LanguageChoices, Locale};
use crate::error::AppError;
use crate::server_fns::language::{get_language, SetOrgLanguage};
use crate::t;
use crate::ui::components::notice::Loaded;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

pub type LanguageData = Resource<Result<LanguageChoices, AppError>>;

/// Made with the admin page's other data, before anything is awaited.
pub fn load() -> LanguageData {
    Resource::new(|| (), |_| get_language())
}

#[component]
pub fn OrgLanguage(data: LanguageData) -> impl IntoView {
    view! {
        <section class="card" id="org-language">
            <h2>{t!("org-language-title")}</h2>
            <Loaded resource=data view=move |c| view! { <Choice current=c.org_default/> }/>
        </section>
    }
}

#[component]
fn Choice(current: Option<Locale>) -> impl IntoView {
    view! {
        <form method="post" action=SetOrgLanguage::url() data-plain>
            <div class="field">
                <label for="org-language-choice">{t!("org-language-label")}</label>
                <select id="org-language-choice" name="locale" aria-describedby="org-language-hint">
                    <option value="" selected=current.is_none()>{t!("org-language-browser")}</option>
                    {Locale::OFFERED
                        .into_iter()
                        .map(|l| view! { <option value=l.tag() lang=l.tag() selected=current == Some(l)>{l.native_name()}</option> })
                        .collect_view()}
                </select>
                <p class="hint" id="org-language-hint">{t!("org-language-hint")}</p>
            </div>
            <button type="submit" class="secondary">{t!("org-language-submit")}</button>
        </form>
    }
}
