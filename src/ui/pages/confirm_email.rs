//! `/confirm`, where a link that confirms an e-mail address leads
//! (`/confirm/{token}` put its token in a cookie and came here, see
//! `infra::links`), and `/check-inbox`, shown after asking to join through
//! an invite with a new account. Confirming takes a press of the button:
//! programs that open links in mail to scan them confirm nothing.

use crate::server_fns::confirmation::ConfirmEmail;
use crate::ui::components::form::{failure, FormError, Submit};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let confirm = ServerAction::<ConfirmEmail>::new();
    let error = failure(confirm);
    view! {
        <Title text="Confirm your e-mail address"/>
        <section class="card narrow">
            <h1>"Confirm your e-mail address"</h1>
            <p>"This confirms that the address the link was sent to is yours, and signs you in. If the e-mail offered you a workspace or an organisation, you get it too."</p>
            <ActionForm action=confirm>
                <input type="hidden" name="token" value=""/>
                <FormError error fields=&[]/>
                <Submit label="Confirm my address"/>
            </ActionForm>
            <p class="aside"><a href="/login">"Log in instead"</a></p>
        </section>
    }
}

#[component]
pub fn CheckInboxPage() -> impl IntoView {
    view! {
        <Title text="Check your inbox"/>
        <section class="card narrow">
            <h1>"Check your inbox"</h1>
            <p>
                "We sent a link to the address you gave. Open it to confirm that the address is yours: you join the organisation then, and are signed in. \
                 The link works for a week."
            </p>
            <p class="hint">
                "Already have an account with that address? The e-mail lets you join with it. Nothing after a few minutes? Look in your spam folder."
            </p>
            <p class="aside"><a href="/login">"Log in"</a></p>
        </section>
    }
}
