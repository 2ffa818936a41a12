//! The account page's e-mail section: whether one gets the weekly reminder
//! and (leaders) the Friday digest. Every weekly e-mail links here.

use crate::domain::mail::EmailChoices;
use crate::server_fns::mail::{get_email_choices, UpdateEmailChoices};
use crate::t;
use crate::ui::components::form::{failure, FormError, SavedNote, Submit};
use crate::ui::components::notice::Loaded;
use leptos::prelude::*;

#[component]
pub fn EmailSection() -> impl IntoView {
    let update = ServerAction::<UpdateEmailChoices>::new();
    let choices = Resource::new(|| (), |_| get_email_choices());
    view! {
        <section class="card" id="email">
            <h2>{t!("account-email")}</h2>
            <Loaded resource=choices view=move |c| view! { <Choices c update/> }/>
        </section>
    }
}

#[component]
fn Choices(c: EmailChoices, update: ServerAction<UpdateEmailChoices>) -> impl IntoView {
    let error = failure(update);
    view! {
        {(!c.enabled).then(|| view! {
            <p class="hint">{t!("account-email-off")}</p>
        })}
        <ActionForm action=update>
            <FormError error fields=&[]/>
            <div class="field checkbox">
                <input id="email-reminders" type="checkbox" name="reminders" value="on" checked=c.reminders/>
                <label for="email-reminders">{t!("account-email-reminders")}</label>
            </div>
            {c.leads.then(|| view! {
                <div class="field checkbox">
                    <input id="email-digest" type="checkbox" name="digest" value="on" checked=c.digest/>
                    <label for="email-digest">{t!("account-email-digest")}</label>
                </div>
            })}
            // A person who does not lead keeps their digest choice for when they do.
            {(!c.leads && c.digest).then(|| view! { <input type="hidden" name="digest" value="on"/> })}
            <Submit label=t!("account-email-save") class="secondary"/>
            <SavedNote/>
        </ActionForm>
    }
}
