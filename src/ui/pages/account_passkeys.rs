//! The account page's passkeys: add one (the passkey island), see which
//! exist and when each was last used, remove one.

use crate::domain::passkey::{PasskeyView, Passkeys};
use crate::server_fns::passkeys::{get_passkeys, RemovePasskey};
use crate::t;
use crate::ui::components::dates::day_and_time as day;
use crate::ui::components::island_words;
use crate::ui::components::notice::Loaded;
use crate::ui::islands::passkey::{PasskeyForm, PasskeyMode};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PasskeysSection() -> impl IntoView {
    let remove = ServerAction::<RemovePasskey>::new();
    let passkeys = Resource::new(|| (), |_| get_passkeys());
    let query = use_query_map();
    let added = move || query.read().get("passkey").is_some_and(|v| v == "added");
    view! {
        <section class="card" id="passkeys">
            <h2>{t!("passkeys-title")}</h2>
            <p class="hint">{t!("passkeys-hint")}</p>
            {move || added().then(|| view! { <p class="saved" role="status">{t!("passkeys-added")}</p> })}
            <Loaded resource=passkeys view=move |p| view! { <PasskeyList passkeys=p remove/> }/>
        </section>
    }
}

#[component]
fn PasskeyList(passkeys: Passkeys, remove: ServerAction<RemovePasskey>) -> impl IntoView {
    let Passkeys { available, list } = passkeys;
    let listed = if list.is_empty() {
        view! { <p class="missing">{t!("passkeys-none")}</p> }.into_any()
    } else {
        view! { <ul class="objective-list passkeys">{list.into_iter().map(|p| view! { <Passkey passkey=p remove/> }).collect_view()}</ul> }
            .into_any()
    };
    view! {
        {listed}
        {if available {
            view! { <PasskeyForm mode=PasskeyMode::Add next=String::new() words=island_words::passkey(PasskeyMode::Add)/> }.into_any()
        } else {
            view! {
                <p class="hint">{t!("passkeys-need-name")}</p>
            }
            .into_any()
        }}
    }
}

#[component]
fn Passkey(passkey: PasskeyView, remove: ServerAction<RemovePasskey>) -> impl IntoView {
    let label = t!("account-remove-label", name = passkey.name.clone());
    let used = passkey.last_used_at.map_or_else(|| t!("tokens-never-used"), |at| t!("tokens-last-used", day = day(at)));
    view! {
        <li>
            <span class="objective-title">{passkey.name.clone()}</span>
            <p class="meta">{t!("account-added-line", added = day(passkey.created_at), last = used)}</p>
            <ActionForm action=remove>
                <input type="hidden" name="passkey_id" value=passkey.id.to_string()/>
                <button type="submit" class="small secondary" aria-label=label>{t!("account-remove")}</button>
            </ActionForm>
        </li>
    }
}
