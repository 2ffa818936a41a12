//! The admin page's single sign-on section: connect the organisation's
//! OpenID Connect provider (issuer, client id and secret, the e-mail
//! domains it vouches for), require it, or disconnect it.

use crate::domain::sso::SsoAdmin;
use crate::error::AppError;
use crate::server_fns::sso::{get_sso_settings, RemoveSso, SaveSso};
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
            <h2>"Single sign-on"</h2>
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
        <p class="hint">
            "People sign in through your identity provider (Microsoft Entra ID, Google Workspace, Okta, Keycloak…) \
             with OpenID Connect. Register Mistvine there as a web application with this redirect URI and the scopes \
             openid, email and profile (docs/single-sign-on.md has each provider's steps):"
        </p>
        <p><code id="sso-redirect-uri">{s.redirect_uri.clone()}</code></p>
        {p.as_ref().map(|p| view! {
            <p class="address">
                "Your organisation's sign-in address: "
                <a id="sso-sign-in-address" href=p.sign_in_address.clone()>{p.sign_in_address.clone()}</a>
            </p>
        })}
        <ActionForm action=save>
            <FormError error fields=&["label", "issuer", "client_id", "client_secret", "domains"]/>
            <Field form="sso" label="Provider's name" name="label" value=label error autocomplete="off"
                hint="On the log-in button: “Sign in with …”, e.g. Okta."/>
            <Field form="sso" label="Issuer URL" name="issuer" kind="url" value=issuer error autocomplete="off"
                hint="The provider's issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0."/>
            <Field form="sso" label="Client ID" name="client_id" value=client_id error autocomplete="off"/>
            <Field form="sso" label="Client secret" name="client_secret" kind="password" error autocomplete="new-password" optional=connected
                hint="Kept sealed with the server's vote key, never shown again. Leave empty to keep the saved one."/>
            <Field form="sso" label="E-mail domains it vouches for" name="domains" value=domains error autocomplete="off"
                hint="Separated by commas, e.g. example.com, example.org. People of these domains join as members at their first sign-in."/>
            <div class="field checkbox">
                <input id="sso-required" type="checkbox" name="required" value="on" checked=required aria-describedby="sso-required-hint"/>
                <label for="sso-required">"Require single sign-on"</label>
            </div>
            <p id="sso-required-hint" class="hint">
                "Members can then no longer log in with a password (their password sessions end now). \
                 Owners keep their password, so a provider that is down or misconfigured cannot lock the organisation out."
            </p>
            <Submit label=if connected { "Save single sign-on" } else { "Connect provider" } class="secondary"/>
            <SavedNote/>
        </ActionForm>
        {connected.then(|| view! {
            <ActionForm action=remove>
                <Confirm ask="Disconnect provider…".to_string()
                    warning="People then sign in with a password again; those who never set one use “Forgot your password?”. \
                             Connecting the same provider later signs everyone into the same accounts.".to_string()>
                    <button type="submit" class="danger">"Disconnect provider"</button>
                </Confirm>
            </ActionForm>
        })}
    }
}
