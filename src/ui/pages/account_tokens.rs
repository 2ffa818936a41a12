//! The account page's API tokens: make one (shown once), see which exist
//! and when each was last used, revoke one.

use crate::domain::api_token::{TokenScope, TokenView, EXPIRY_DAYS, REQUESTS_PER_MINUTE};
use crate::server_fns::tokens::{api_tokens, new_api_token, CreateApiToken, RevokeApiToken};
use crate::t;
use crate::ui::components::dates::day;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::Loaded;
use crate::ui::components::words::token_scope;
use leptos::prelude::*;

#[component]
pub fn TokensSection() -> impl IntoView {
    let create = ServerAction::<CreateApiToken>::new();
    let revoke = ServerAction::<RevokeApiToken>::new();
    let list = Resource::new(|| (), |_| api_tokens());
    // A new token is handed to the page that loads after the form was sent, once.
    let handed = Resource::new(|| (), |_| new_api_token());
    let error = failure(create);
    view! {
        <section class="card" id="tokens">
            <h2>{t!("tokens-title")}</h2>
            <p class="hint">{t!("tokens-hint", per_minute = REQUESTS_PER_MINUTE)}</p>
            <Suspense>
                {move || Suspend::new(async move { handed.await.ok().flatten().map(|token| view! { <NewToken token/> }) })}
            </Suspense>
            <ActionForm action=create>
                <FormError error fields=&["name", "scope", "expires_in_days", "password"]/>
                <Field form="token" label=t!("tokens-name") name="name" error hint=t!("tokens-name-hint")/>
                <div class="field">
                    <label for="token-scope">{t!("tokens-scope")}</label>
                    <select id="token-scope" name="scope">
                        {[TokenScope::Read, TokenScope::CheckIn].map(|s| view! { <option value=s.as_str()>{token_scope(s)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="token-expires">{t!("tokens-works-for")}</label>
                    <select id="token-expires" name="expires_in_days">
                        {EXPIRY_DAYS.map(|d| view! { <option value=d.to_string() selected=d == 90>{t!("tokens-days", days = d)}</option> }).collect_view()}
                    </select>
                </div>
                <Field form="token" label=t!("tokens-password") name="password" kind="password" autocomplete="current-password" error
                    hint=t!("tokens-password-hint")/>
                <Submit label=t!("tokens-make") class="secondary"/>
            </ActionForm>
            <Loaded resource=list view=move |list| view! { <Tokens list revoke/> }/>
        </section>
    }
}

#[component]
fn NewToken(token: String) -> impl IntoView {
    view! {
        <div class="field" role="status">
            <label for="new-token">{t!("tokens-new")}</label>
            <input id="new-token" type="text" readonly value=token/>
        </div>
    }
}

#[component]
fn Tokens(list: Vec<TokenView>, revoke: ServerAction<RevokeApiToken>) -> impl IntoView {
    if list.is_empty() {
        return view! { <p class="missing">{t!("tokens-none")}</p> }.into_any();
    }
    view! {
        <ul class="objective-list tokens">
            {list.into_iter().map(|t| {
                let label = t!("tokens-revoke-label", name = t.name.clone());
                let used = t.last_used_at.map_or_else(|| t!("tokens-never-used"), |at| t!("tokens-last-used", day = day(at)));
                let ends = if t.expired { t!("tokens-expired", day = day(t.expires_at)) } else { t!("tokens-works-until", day = day(t.expires_at)) };
                view! {
                    <li>
                        <span class="objective-title">{t.name.clone()}</span>
                        <span class="badge">{token_scope(t.scope)}</span>
                        <p class="meta">{t!("tokens-line", made = day(t.created_at), ends = ends, used = used)}</p>
                        <ActionForm action=revoke>
                            <input type="hidden" name="token_id" value=t.id.to_string()/>
                            <button type="submit" class="small secondary" aria-label=label>{t!("tokens-revoke")}</button>
                        </ActionForm>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
