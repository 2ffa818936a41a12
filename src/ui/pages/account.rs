//! `/account`: change one's password, see (and end) where one is signed in,
//! add and remove passkeys, choose one's weekly e-mails, and make API tokens.

use crate::domain::account::SessionView;
use crate::server_fns::auth::{account_sessions, ChangePassword, EndOtherSessions, EndSession};
use crate::t;
use crate::ui::components::dates::day_and_time as day;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::Loaded;
use crate::ui::components::words::device;
use crate::ui::pages::account_email::EmailSection;
use crate::ui::pages::account_language::LanguageSection;
use crate::ui::pages::account_passkeys::PasskeysSection;
use crate::ui::pages::account_push::{NotificationsSection, SlackSection};
use crate::ui::pages::account_tokens::TokensSection;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AccountPage() -> impl IntoView {
    let change = ServerAction::<ChangePassword>::new();
    let end_one = ServerAction::<EndSession>::new();
    let end_others = ServerAction::<EndOtherSessions>::new();
    let sessions = Resource::new(|| (), |_| account_sessions());
    let query = use_query_map();
    let changed = move || query.read().get("changed").is_some();
    let reset = move || query.read().get("reset").is_some();
    let confirm_sent = move || query.read().get("confirm_sent").is_some();
    let error = failure(change);
    view! {
        <Title text=t!("account-title")/>
        <h1>{t!("account-title")}</h1>
        {move || reset().then(|| view! { <p class="saved" role="status">{t!("account-reset-done")}</p> })}
        {move || confirm_sent().then(|| view! { <p class="saved" role="status">{t!("account-confirm-sent")}</p> })}
        <section class="card">
            <h2>{t!("account-change-password")}</h2>
            {move || changed().then(|| view! { <p class="saved" role="status">{t!("account-password-changed")}</p> })}
            <ActionForm action=change>
                <FormError error fields=&["current_password", "new_password"]/>
                <Field form="password" label=t!("field-current-password") name="current_password" kind="password" autocomplete="current-password" error/>
                <Field form="password" label=t!("field-new-password") name="new_password" kind="password" autocomplete="new-password"
                    hint=t!("account-new-password-hint") error/>
                <Submit label=t!("account-change-password")/>
            </ActionForm>
        </section>
        <LanguageSection/>
        <section class="card">
            <h2>{t!("account-sessions")}</h2>
            <p class="hint">{t!("account-sessions-hint")}</p>
            <Loaded resource=sessions view=move |list| view! { <Sessions list end_one end_others/> }/>
        </section>
        <PasskeysSection/>
        <EmailSection/>
        <NotificationsSection/>
        <SlackSection/>
        <TokensSection/>
    }
}

#[component]
fn Sessions(list: Vec<SessionView>, end_one: ServerAction<EndSession>, end_others: ServerAction<EndOtherSessions>) -> impl IntoView {
    let others = list.iter().filter(|s| !s.current).count();
    view! {
        <ul class="objective-list sessions">
            {list.into_iter().map(|s| {
                let device = device(&s.device);
                let label = t!("account-sign-out-device", device = device.clone());
                view! {
                    <li>
                        <span class="objective-title">{device}</span>
                        {s.current.then(|| view! { <span class="badge">{t!("account-this-device")}</span> })}
                        <p class="meta">{t!("account-session-times", signed_in = day(s.created_at), last_active = day(s.last_seen_at))}</p>
                        {(!s.current).then(|| view! {
                            <ActionForm action=end_one>
                                <input type="hidden" name="session_id" value=s.id.to_string()/>
                                <button type="submit" class="small secondary" aria-label=label>{t!("account-sign-out")}</button>
                            </ActionForm>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {(others > 0).then(|| view! {
            <ActionForm action=end_others>
                <p class="meta">{t!("account-sign-out-others-hint")}</p>
                <Submit label=t!("account-sign-out-others") class="secondary"/>
            </ActionForm>
        })}
    }
}
