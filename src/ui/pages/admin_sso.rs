//! The admin page's single sign-on section: connect the organisation's
//! OpenID Connect provider (issuer, client id and secret, the e-mail
//! domains it vouches for), require it, or disconnect it.

use crate::domain::sso::SsoAdmin;
use crate::error::AppError;
use crate::server_fns::sso::{get_sso_settings, RemoveSso, SaveSso};
use crate::t;
use crate::ui::components::confirm::Confirm;
use crate::ui::components::form::{failure, Field, FormError, SavedNote, Submit};
use crate::ui::components::notice::ErrorNotice;
use leptos::prelude::*;

/// The section's actions and data, made by the admin page before anything is awaited.
#[derive(Clone, Copy)]
pub struct SsoSettingsData {
    pub save: ServerAction<SaveSso>,
    pub remove: ServerAction<RemoveSso>,
    settings: Resource<Result<SsoAdmin, AppError>>,
}

impl SsoSettingsData {
    pub fn load() -> Self {
        Self { save: ServerAction::new(), remove: ServerAction::new(), settings: Resource::new(|| (), |_| get_sso_settings()) }
    }
}

#[component]
pub fn SsoSettings(data: SsoSettingsData) -> impl IntoView {
    let SsoSettingsData { save, remove, settings } = data;
    view! {
        <section class="card" id="sso">
            <h2>{t!("sso-title")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match settings.await {
                        Ok(s) => view! { <SsoForm s save remove/> }.into_any(),
                        Err(error) => view! { <ErrorNotice error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn SsoForm(s: SsoAdmin, save: ServerAction<SaveSso>, remove: ServerAction<RemoveSso>) -> impl IntoView {
    let error = failure(save);
    let p = s.provider.clone();
    let connected = p.is_some();
    let required = p.as_ref().is_some_and(|p| p.required);
    let (label, issuer, client_id, domains) = match &p {
        Some(p) => (p.label.clone(), p.issuer.clone(), p.client_id.clone(), p.domains.clone()),
        None => Default::default(),
    };
    view! {
        <p class="hint">{t!("sso-hint")}</p>
        <p><code id="sso-redirect-uri">{s.redirect_uri.clone()}</code></p>
        {p.as_ref().map(|p| view! {
            <p class="address">
                {t!("sso-address")} " "
                <a id="sso-sign-in-address" href=p.sign_in_address.clone()>{p.sign_in_address.clone()}</a>
            </p>
        })}
        <ActionForm action=save>
            <FormError error fields=&["label", "issuer", "client_id", "client_secret", "domains"]/>
            <Field form="sso" label=t!("sso-label") name="label" value=label error autocomplete="off" hint=t!("sso-label-hint")/>
            <Field form="sso" label=t!("sso-issuer") name="issuer" kind="url" value=issuer error autocomplete="off" hint=t!("sso-issuer-hint")/>
            <Field form="sso" label=t!("sso-client-id") name="client_id" value=client_id error autocomplete="off"/>
            <Field form="sso" label=t!("sso-secret") name="client_secret" kind="password" error autocomplete="new-password" optional=connected
                hint=t!("sso-secret-hint")/>
            <Field form="sso" label=t!("sso-domains") name="domains" value=domains error autocomplete="off" hint=t!("sso-domains-hint")/>
            <div class="field checkbox">
                <input id="sso-required" type="checkbox" name="required" value="on" checked=required aria-describedby="sso-required-hint"/>
                <label for="sso-required">{t!("sso-required")}</label>
            </div>
            <p id="sso-required-hint" class="hint">{t!("sso-required-hint")}</p>
            <Submit label=if connected { t!("sso-save") } else { t!("sso-connect") } class="secondary"/>
            <SavedNote/>
        </ActionForm>
        {connected.then(|| view! {
            <ActionForm action=remove>
                <Confirm ask=t!("sso-disconnect-ask") warning=t!("sso-disconnect-warning")>
                    <button type="submit" class="danger">{t!("sso-disconnect")}</button>
                </Confirm>
            </ActionForm>
        })}
    }
}
