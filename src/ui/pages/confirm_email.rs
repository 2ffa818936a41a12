//! `/confirm`, where a link that confirms an e-mail address leads
//! (`/confirm/{token}` put its token in a cookie and came here, see
//! `infra::links`), and `/check-inbox`, shown after asking to join through
//! an invite with a new account. Confirming takes a press of the button:
//! programs that open links in mail to scan them confirm nothing.

use crate::server_fns::confirmation::ConfirmEmail;
use crate::t;
use crate::ui::components::form::{failure, FormError, Submit};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let confirm = ServerAction::<ConfirmEmail>::new();
    let error = failure(confirm);
    view! {
        <Title text=t!("confirm-title")/>
        <section class="card narrow">
            <h1>{t!("confirm-title")}</h1>
            <p>{t!("confirm-text")}</p>
            <ActionForm action=confirm>
                <input type="hidden" name="token" value=""/>
                <FormError error fields=&[]/>
                <Submit label=t!("confirm-submit")/>
            </ActionForm>
            <p class="aside"><a href="/login">{t!("confirm-log-in-instead")}</a></p>
        </section>
    }
}

#[component]
pub fn CheckInboxPage() -> impl IntoView {
    view! {
        <Title text=t!("inbox-title")/>
        <section class="card narrow">
            <h1>{t!("inbox-title")}</h1>
            <p>{t!("inbox-text")}</p>
            <p class="hint">{t!("inbox-hint")}</p>
            <p class="aside"><a href="/login">{t!("nav-log-in")}</a></p>
        </section>
    }
}
