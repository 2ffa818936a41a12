//! The admin page's e-mail section: invite someone by e-mail, and when the
//! weekly reminder (and the leaders' Friday digest) go out, in which time zone.

use crate::domain::mail::{OrgMail, DAYS};
use crate::error::AppError;
use crate::server_fns::mail::{get_org_mail, EmailInvite, UpdateOrgMail};
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
            <h2>"E-mail"</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match settings.await {
                        Ok(s) => view! {
                            {if s.enabled {
                                view! { <InviteByEmail invite/> }.into_any()
                            } else {
                                view! {
                                    <p class="hint">
                                        "This server sends no e-mail: no SMTP server is set up (see docs/email.md). \
                                         Invite people with a link, above. The schedule below applies once e-mail is on."
                                    </p>
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
        <h3>"Invite by e-mail"</h3>
        {move || sent().then(|| view! { <p class="saved" role="status">"Invite sent. Its link works once, for 7 days."</p> })}
        <ActionForm action=invite>
            <FormError error fields=&["email"]/>
            <Field form="invite-email" label="Their e-mail address" name="email" kind="email" autocomplete="off" error
                hint="They get a single-use link to join; it works for 7 days."/>
            <Submit label="Send invite" class="secondary"/>
        </ActionForm>
    }
}

#[component]
fn Schedule(s: OrgMail, update: ServerAction<UpdateOrgMail>) -> impl IntoView {
    let error = failure(update);
    let day = s.schedule.day();
    let day_error = move || error.get().filter(|e| e.field() == Some("reminder_day")).map(|e| e.to_string());
    view! {
        <h3>"Weekly e-mails"</h3>
        <p class="hint">
            "Everyone gets a reminder to vote and to write their team's PPP once a week (each person can turn it off on their account page). \
             Owners, admins and leaders also get a digest on Fridays at the same time: open problems, waiting boosts and confidence that dropped, \
             counted only where enough people voted."
        </p>
        <ActionForm action=update>
            <FormError error fields=&["time_zone", "reminder_day", "reminder_time"]/>
            <Field form="mail" label="Time zone" name="time_zone" value=s.time_zone error autocomplete="off"
                hint="By name, like Europe/Berlin, America/New_York or UTC."/>
            <div class="field">
                <label for="mail-reminder_day">"Reminder day"</label>
                <select id="mail-reminder_day" name="reminder_day" aria-invalid=move || day_error().is_some().then_some("true")>
                    {DAYS.iter().map(|(n, name)| view! { <option value=n.to_string() selected=*n == day>{*name}</option> }).collect_view()}
                </select>
                {move || day_error().map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <Field form="mail" label="Time of day" name="reminder_time" kind="time" value=s.schedule.time_text() error
                hint="In the time zone above; the Friday digest goes at the same time."/>
            <Submit label="Save e-mail schedule" class="secondary"/>
            <SavedNote/>
        </ActionForm>
    }
}
