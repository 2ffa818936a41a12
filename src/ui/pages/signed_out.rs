//! After signing out of a session single sign-on opened: signed out here,
//! and a way to end the provider's session too, where it has one (else the
//! next "Sign in with …" would let the same person straight back in, which
//! matters on a shared computer).

use crate::server_fns::sso::sso_end_session;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignedOutPage() -> impl IntoView {
    let query = use_query_map();
    let provider = Resource::new(
        move || query.read().get("sso").unwrap_or_default(),
        |slug| async move {
            if slug.is_empty() {
                None
            } else {
                sso_end_session(slug).await.ok().flatten()
            }
        },
    );
    view! {
        <Title text=t!("signed-out-title")/>
        <section class="card narrow">
            <h1>{t!("signed-out-heading")}</h1>
            <p>{t!("signed-out-text")}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    provider.await.map(|(button, url)| view! {
                        <p>{t!("signed-out-provider", provider = button.label.clone())}</p>
                        <p><a class="button secondary" id="provider-sign-out" href=url>{t!("signed-out-provider-button", provider = button.label.clone())}</a></p>
                    })
                })}
            </Suspense>
            <p><a href="/login">{t!("signed-out-again")}</a></p>
        </section>
    }
}
