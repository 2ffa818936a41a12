//! The admin page's SCIM section: the address and the bearer token an
//! identity provider provisions people and teams with (the token shown
//! once, then only when it was made), and revoking it.

use crate::domain::scim::ScimSettings;
use crate::error::AppError;
use crate::server_fns::scim::{get_scim_settings, new_scim_token, CreateScimToken, RevokeScimToken};
use crate::t;
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
            <h2>{t!("scim-title")}</h2>
            <p class="hint">{t!("scim-hint")}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let fresh = handed.await.ok().flatten();
                    match settings.await {
                        Ok(ScimSettings { address, made_at: made }) => view! {
                            <p>{t!("scim-address")}" " <code id="scim-base">{address}</code></p>
                            {fresh.map(|token| view! {
                                <div class="field" role="status">
                                    <label for="new-scim-token">{t!("scim-new-token")}</label>
                                    <input id="new-scim-token" type="text" readonly value=token/>
                                </div>
                            })}
                            <p>{match made {
                                Some(at) => t!("scim-token-in-use", day = day(at)),
                                None => t!("scim-no-token"),
                            }}</p>
                            <ActionForm action=create>
                                <FormError error fields=&[]/>
                                <Submit label=if made.is_some() { t!("scim-remake") } else { t!("scim-make") } class="secondary"/>
                            </ActionForm>
                            {made.is_some().then(|| view! {
                                <ActionForm action=revoke>
                                    <Confirm ask=t!("scim-revoke-ask") warning=t!("scim-revoke-warning")>
                                        <button type="submit" class="danger">{t!("scim-revoke")}</button>
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
