//! `/forgot` asks for a reset link by e-mail; `/reset` is where the link
//! leads (`/reset/{token}` put its token in a cookie and came here, see
//! `infra::links`): a new password, then one is signed in (and out
//! everywhere else). Plain forms, so they work before the WebAssembly has
//! loaded; they send an empty token, and the server takes the cookie's.

use crate::domain::mail::RESET_VALID_SECS;
use crate::server_fns::mail::{check_reset, RequestPasswordReset, ResetPassword};
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ForgotPage() -> impl IntoView {
    let request = ServerAction::<RequestPasswordReset>::new();
    let query = use_query_map();
    let sent = move || query.read().get("sent").is_some();
    let error = failure(request);
    view! {
        <Title text="Reset your password"/>
        <section class="card narrow">
            <h1>"Reset your password"</h1>
            {move || if sent() {
                view! {
                    <p class="saved" role="status">
                        {format!(
                            "If an account uses that address, a link to choose a new password is on its way. It works once, for {} minutes. \
                             Nothing there after a few minutes? Look in your spam folder, or ask again.",
                            RESET_VALID_SECS / 60
                        )}
                    </p>
                }.into_any()
            } else {
                view! {
                    <p>"Enter the e-mail address you log in with, and we will send you a link to choose a new password."</p>
                    <ActionForm action=request>
                        <FormError error fields=&["email"]/>
                        <Field form="forgot" label="E-mail" name="email" kind="email" autocomplete="email" error/>
                        <Submit label="Send me a link"/>
                    </ActionForm>
                }.into_any()
            }}
            <p class="aside"><a href="/login">"Back to log in"</a></p>
        </section>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let address = Resource::new(|| (), |_| check_reset(String::new()));
    view! {
        <Title text="Choose a new password"/>
        <Loaded resource=address view=move |email| view! { <NewPassword email/> }/>
        <p class="aside"><a href="/forgot">"Ask for a new link"</a></p>
    }
}

#[component]
fn NewPassword(email: String) -> impl IntoView {
    let reset = ServerAction::<ResetPassword>::new();
    let error = failure(reset);
    view! {
        <section class="card narrow">
            <h1>"Choose a new password"</h1>
            <p>{format!("For {email}. Setting it signs you out on every other device and revokes your API tokens.")}</p>
            <ActionForm action=reset>
                <input type="hidden" name="token" value=""/>
                <FormError error fields=&["new_password"]/>
                <Field form="reset" label="New password" name="new_password" kind="password" autocomplete="new-password"
                    hint="At least 8 characters." error/>
                <Submit label="Set new password"/>
            </ActionForm>
        </section>
    }
}
