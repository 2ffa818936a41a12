//! `/join`: someone opened an invite link (`/join/{token}` put its token in
//! a cookie and came here, see `infra::links`). Signed in, they join with
//! one button; otherwise they create their account right here. The forms
//! send an empty token: the server takes the cookie's.

use crate::domain::views::InvitePreview;
use crate::server_fns::org::{preview_invite, Join, JoinWithSignup};
use crate::t;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn JoinPage() -> impl IntoView {
    let preview = Resource::new(|| (), |_| preview_invite(String::new()));
    view! {
        <Title text=t!("join-title")/>
        <Loaded resource=preview view=move |p| view! { <Invite p/> }/>
    }
}

#[component]
fn Invite(p: InvitePreview) -> impl IntoView {
    let join = ServerAction::<Join>::new();
    let join_signup = ServerAction::<JoinWithSignup>::new();
    let heading = t!("join-heading", org = p.org_name.clone());
    let body = if p.already_member {
        view! {
            <p>{t!("join-already", org = p.org_name.clone())}</p>
            <p><a class="button" href="/">{t!("not-found-home")}</a></p>
        }
        .into_any()
    } else if let Some(name) = p.signed_in_as {
        let error = failure(join);
        view! {
            <ActionForm action=join>
                <input type="hidden" name="token" value=""/>
                <FormError error fields=&[]/>
                <Submit label=t!("join-submit")/>
            </ActionForm>
            <p class="aside">{t!("join-as", name = name)}</p>
        }
        .into_any()
    } else {
        let error = failure(join_signup);
        let login_href = "/login?next=/join";
        view! {
            <ActionForm action=join_signup>
                <input type="hidden" name="token" value=""/>
                <FormError error fields=&["name", "email", "password"]/>
                <Field form="join" label=t!("field-your-name") name="name" autocomplete="name" error/>
                <Field form="join" label=t!("field-email") name="email" kind="email" autocomplete="email" error/>
                <Field
                    form="join"
                    label=t!("field-password")
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    hint=t!("field-password-hint")
                    error
                />
                <Submit label=t!("join-signup-submit")/>
            </ActionForm>
            <p class="aside">{t!("signup-have-account")} " " <a href=login_href>{t!("join-log-in")}</a></p>
        }
        .into_any()
    };
    view! {
        <section class="card narrow">
            <h1>{heading}</h1>
            <p>{t!("join-invited", inviter = p.invited_by.clone(), org = p.org_name.clone())}</p>
            {body}
        </section>
    }
}
