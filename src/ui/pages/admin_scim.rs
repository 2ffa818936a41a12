//! The admin page's SCIM section: the address and the bearer token an
//! identity provider provisions people and teams with (the token shown
//! once, then only when it was made), and revoking it.

use crate::domain::scim::ScimSettings;
use crate::error::AppError;
use crate::server_fns::scim::{get_scim_settings, new_scim_token, CreateScimToken, RevokeScimToken};
use crate::ui::components::confirm::Confirm;
use crate::ui::components::dates::day;
use crate::ui::components::form::{failure, FormError, Submit};
use crate::ui::components::notice::ErrorNotice;
use leptos::prelude::*;

/// The section's actions and data, made by the admin page before anything is awaited.
#[derive(Clone, Copy)]
pub struct ScimData {
    create: ServerAction<CreateScimToken>,
    revoke: ServerAction<RevokeScimToken>,
    settings: Resource<Result<ScimSettings, AppError>>,
    handed: Resource<Result<Option<String>, AppError>>,
}

impl ScimData {
    pub fn load() -> Self {
        Self {
            create: ServerAction::new(),
            revoke: ServerAction::new(),
            settings: Resource::new(|| (), |_| get_scim_settings()),
            // A new token is handed to the page that loads after the form was sent, once.
            handed: Resource::new(|| (), |_| new_scim_token()),
        }
    }
}

#[component]
pub fn ScimSection(data: ScimData) -> impl IntoView {
    let ScimData { create, revoke, settings, handed } = data;
    let error = failure(create);
    view! {
        <section class="card" id="scim">
            <h2>"Provisioning (SCIM)"</h2>
            <p class="hint">
                "Your identity provider (Entra ID, Okta…) can add and remove members and keep teams in step with its groups \
                 through SCIM 2.0: people it deactivates leave the organisation at once (their sessions and API tokens end). \
                 Give it this address and a token (docs/single-sign-on.md has each provider's steps)."
            </p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let fresh = handed.await.ok().flatten();
                    match settings.await {
                        Ok(ScimSettings { address, made_at: made }) => view! {
                            <p>"Address: " <code id="scim-base">{address}</code></p>
                            {fresh.map(|token| view! {
                                <div class="field" role="status">
                                    <label for="new-scim-token">"Your new SCIM token: copy it into the provider now, it is not shown again"</label>
                                    <input id="new-scim-token" type="text" readonly value=token/>
                                </div>
                            })}
                            <p>{match made {
                                Some(at) => format!("A token made {} is in use.", day(at)),
                                None => "No token yet: nothing provisions this organisation.".to_string(),
                            }}</p>
                            <ActionForm action=create>
                                <FormError error fields=&[]/>
                                <Submit label=if made.is_some() { "Make a new token (the old one stops working)" } else { "Make a SCIM token" } class="secondary"/>
                            </ActionForm>
                            {made.is_some().then(|| view! {
                                <ActionForm action=revoke>
                                    <Confirm ask="Revoke the token…".to_string()
                                        warning="The provider can then no longer add or remove anyone until you make a new token.".to_string()>
                                        <button type="submit" class="danger">"Revoke the SCIM token"</button>
                                    </Confirm>
                                </ActionForm>
                            })}
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
