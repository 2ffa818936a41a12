//! `/forgot` asks for a reset link by e-mail; `/reset` is where the link
//! leads (`/reset/{token}` put its token in a cookie and came here, see
//! `infra::links`): a new password, then one is signed in (and out
//! everywhere else). Plain forms, so they work before the WebAssembly has
//! loaded; they send an empty token, and the server takes the cookie's.

use crate::domain::mail::RESET_VALID_SECS;
use crate::server_fns::mail::{check_reset, RequestPasswordReset, ResetPassword};
use crate::t;
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
        <Title text=t!("forgot-title")/>
        <section class="card narrow">
            <h1>{t!("forgot-title")}</h1>
            {move || if sent() {
                view! {
                    <p class="saved" role="status">
                        {t!("forgot-sent", minutes = RESET_VALID_SECS / 60)}
                    </p>
                }.into_any()
            } else {
                view! {
                    <p>{t!("forgot-text")}</p>
                    <ActionForm action=request>
                        <FormError error fields=&["email"]/>
                        <Field form="forgot" label=t!("field-email") name="email" kind="email" autocomplete="email" error/>
                        <Submit label=t!("forgot-submit")/>
                    </ActionForm>
                }.into_any()
            }}
            <p class="aside"><a href="/login">{t!("forgot-back")}</a></p>
        </section>
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let address = Resource::new(|| (), |_| check_reset(String::new()));
    view! {
        <Title text=t!("reset-title")/>
        <Loaded resource=address view=move |email| view! { <NewPassword email/> }/>
        <p class="aside"><a href="/forgot">{t!("reset-new-link")}</a></p>
    }
}

#[component]
fn NewPassword(email: String) -> impl IntoView {
    let reset = ServerAction::<ResetPassword>::new();
    let error = failure(reset);
    view! {
        <section class="card narrow">
            <h1>{t!("reset-title")}</h1>
            <p>{t!("reset-text", email = email)}</p>
            <ActionForm action=reset>
                <input type="hidden" name="token" value=""/>
                <FormError error fields=&["new_password"]/>
                <Field form="reset" label=t!("field-new-password") name="new_password" kind="password" autocomplete="new-password"
                    hint=t!("field-password-hint") error/>
                <Submit label=t!("reset-submit")/>
            </ActionForm>
        </section>
    }
}
