//! The account page's passkeys: add one (the passkey island), see which
//! exist and when each was last used, remove one.

use crate::domain::passkey::{PasskeyView, Passkeys};
use crate::server_fns::passkeys::{get_passkeys, RemovePasskey};
use crate::ui::components::dates::day_and_time as day;
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
            <h2>"Passkeys"</h2>
            <p class="hint">
                "A passkey signs you in with your device's screen lock or a security key instead of your password. \
                 It cannot be phished or guessed, and it counts against the same log-in limits as a password."
            </p>
            {move || added().then(|| view! { <p class="saved" role="status">"Passkey added. Use it next time under \"Sign in with a passkey\"."</p> })}
            <Loaded resource=passkeys view=move |p| view! { <PasskeyList passkeys=p remove/> }/>
        </section>
    }
}

#[component]
fn PasskeyList(passkeys: Passkeys, remove: ServerAction<RemovePasskey>) -> impl IntoView {
    let Passkeys { available, list } = passkeys;
    let listed = if list.is_empty() {
        view! { <p class="missing">"No passkeys yet."</p> }.into_any()
    } else {
        view! { <ul class="objective-list passkeys">{list.into_iter().map(|p| view! { <Passkey passkey=p remove/> }).collect_view()}</ul> }
            .into_any()
    };
    view! {
        {listed}
        {if available {
            view! { <PasskeyForm mode=PasskeyMode::Add next=String::new()/> }.into_any()
        } else {
            view! {
                <p class="hint">
                    "Passkeys work only when this server is reached by its name, not an IP address: ask your admin to set the public URL."
                </p>
            }
            .into_any()
        }}
    }
}

#[component]
fn Passkey(passkey: PasskeyView, remove: ServerAction<RemovePasskey>) -> impl IntoView {
    let label = format!("Remove {}", passkey.name);
    let used = passkey.last_used_at.map_or_else(|| "never used".to_string(), |at| format!("last used {}", day(at)));
    view! {
        <li>
            <span class="objective-title">{passkey.name.clone()}</span>
            <p class="meta">{format!("Added {} · {used}", day(passkey.created_at))}</p>
            <ActionForm action=remove>
                <input type="hidden" name="passkey_id" value=passkey.id.to_string()/>
                <button type="submit" class="small secondary" aria-label=label>"Remove"</button>
            </ActionForm>
        </li>
    }
}
