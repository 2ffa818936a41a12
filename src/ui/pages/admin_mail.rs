//! The admin page's e-mail section: invite someone by e-mail, and when the
//! weekly reminder (and the leaders' Friday digest) go out, in which time zone.

use crate::domain::mail::OrgMail;
use crate::error::AppError;
use crate::i18n::locale;
use crate::server_fns::mail::{get_org_mail, EmailInvite, UpdateOrgMail};
use crate::t;
use crate::ui::components::form::{failure, Field, FormError, SavedNote, Submit};
use crate::ui::components::notice::ErrorNotice;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The section's actions and data, made by the admin page before anything is awaited.
#[derive(Clone, Copy)]
pub struct MailSettingsData {
    pub invite: ServerAction<EmailInvite>,
    pub update: ServerAction<UpdateOrgMail>,
    settings: Resource<Result<OrgMail, AppError>>,
}

impl MailSettingsData {
    pub fn load() -> Self {
        let invite = ServerAction::<EmailInvite>::new();
        let update = ServerAction::<UpdateOrgMail>::new();
        let settings = Resource::new(|| (), |_| get_org_mail());
        Self { invite, update, settings }
    }
}

#[component]
pub fn MailSettings(data: MailSettingsData) -> impl IntoView {
    let MailSettingsData { invite, update, settings } = data;
    view! {
        <section class="card" id="email">
            <h2>{t!("mail-title")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match settings.await {
                        Ok(s) => view! {
                            {if s.enabled {
                                view! { <InviteByEmail invite/> }.into_any()
                            } else {
                                view! {
                                    <p class="hint">{t!("mail-off")}</p>
                                }.into_any()
                            }}
                            <Schedule s update/>
                        }.into_any(),
                        Err(error) => view! { <ErrorNotice error/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn InviteByEmail(invite: ServerAction<EmailInvite>) -> impl IntoView {
    let query = use_query_map();
    let sent = move || query.read().get("emailed").is_some();
    let error = failure(invite);
    view! {
        <h3>{t!("mail-invite-title")}</h3>
        {move || sent().then(|| view! { <p class="saved" role="status">{t!("mail-invite-sent")}</p> })}
        <ActionForm action=invite>
            <FormError error fields=&["email"]/>
            <Field form="invite-email" label=t!("mail-invite-address") name="email" kind="email" autocomplete="off" error
                hint=t!("mail-invite-hint")/>
            <Submit label=t!("mail-invite-send") class="secondary"/>
        </ActionForm>
    }
}

#[component]
fn Schedule(s: OrgMail, update: ServerAction<UpdateOrgMail>) -> impl IntoView {
    let error = failure(update);
    let day = s.schedule.day();
    let day_error = move || error.get().filter(|e| e.field() == Some("reminder_day")).map(|e| e.to_string());
    view! {
        <h3>{t!("mail-weekly-title")}</h3>
        <p class="hint">{t!("mail-weekly-hint")}</p>
        <ActionForm action=update>
            <FormError error fields=&["time_zone", "reminder_day", "reminder_time"]/>
            <Field form="mail" label=t!("mail-time-zone") name="time_zone" value=s.time_zone error autocomplete="off"
                hint=t!("mail-time-zone-hint")/>
            <div class="field">
                <label for="mail-reminder_day">{t!("mail-reminder-day")}</label>
                <select id="mail-reminder_day" name="reminder_day" aria-invalid=move || day_error().is_some().then_some("true")>
                    {(1..=7).map(|n| view! { <option value=n.to_string() selected=n == day>{locale().weekday(n)}</option> }).collect_view()}
                </select>
                {move || day_error().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <Field form="mail" label=t!("mail-time") name="reminder_time" kind="time" value=s.schedule.time_text() error
                hint=t!("mail-time-hint")/>
            <Submit label=t!("mail-save") class="secondary"/>
            <SavedNote/>
        </ActionForm>
    }
}
