//! The account page's API tokens: make one (shown once), see which exist
//! and when each was last used, revoke one.

use crate::domain::api_token::{TokenScope, TokenView, EXPIRY_DAYS, REQUESTS_PER_MINUTE};
use crate::server_fns::tokens::{api_tokens, new_api_token, CreateApiToken, RevokeApiToken};
use crate::ui::components::dates::day;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::Loaded;
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
            <h2>"API tokens"</h2>
            <p class="hint">
                {format!(
                    "Other tools read this organisation's waves, objectives, boosts and confidence (as the pages show it) with a token, \
                     and one that may check in updates your key results. Each token may make {REQUESTS_PER_MINUTE} requests a minute. \
                     The API is described at /api/v1/openapi.json."
                )}
            </p>
            <Suspense>
                {move || Suspend::new(async move { handed.await.ok().flatten().map(|token| view! { <NewToken token/> }) })}
            </Suspense>
            <ActionForm action=create>
                <FormError error fields=&["name", "scope", "expires_in_days", "password"]/>
                <Field form="token" label="Token name" name="name" error hint="What uses it, e.g. \"Sprint board sync\"."/>
                <div class="field">
                    <label for="token-scope">"What it may do"</label>
                    <select id="token-scope" name="scope">
                        {[TokenScope::Read, TokenScope::CheckIn].map(|s| view! { <option value=s.as_str()>{s.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="token-expires">"Works for"</label>
                    <select id="token-expires" name="expires_in_days">
                        {EXPIRY_DAYS.map(|d| view! { <option value=d.to_string() selected=d == 90>{format!("{d} days")}</option> }).collect_view()}
                    </select>
                </div>
                <Field form="token" label="Your password" name="password" kind="password" autocomplete="current-password" error
                    hint="A token is a lasting way in: confirm it is you."/>
                <Submit label="Make token" class="secondary"/>
            </ActionForm>
            <Loaded resource=list view=move |list| view! { <Tokens list revoke/> }/>
        </section>
    }
}

#[component]
fn NewToken(token: String) -> impl IntoView {
    view! {
        <div class="field" role="status">
            <label for="new-token">"Your new token: copy it now, it is not shown again"</label>
            <input id="new-token" type="text" readonly value=token/>
        </div>
    }
}

#[component]
fn Tokens(list: Vec<TokenView>, revoke: ServerAction<RevokeApiToken>) -> impl IntoView {
    if list.is_empty() {
        return view! { <p class="missing">"No tokens yet."</p> }.into_any();
    }
    view! {
        <ul class="objective-list tokens">
            {list.into_iter().map(|t| {
                let label = format!("Revoke {}", t.name);
                let used = t.last_used_at.map_or_else(|| "never used".to_string(), |at| format!("last used {}", day(at)));
                let ends = if t.expired { format!("expired {}", day(t.expires_at)) } else { format!("works until {}", day(t.expires_at)) };
                view! {
                    <li>
                        <span class="objective-title">{t.name.clone()}</span>
                        <span class="badge">{t.scope.label()}</span>
                        <p class="meta">{format!("Made {} · {ends} · {used}", day(t.created_at))}</p>
                        <ActionForm action=revoke>
                            <input type="hidden" name="token_id" value=t.id.to_string()/>
                            <button type="submit" class="small secondary" aria-label=label>"Revoke"</button>
                        </ActionForm>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
