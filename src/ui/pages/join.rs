//! `/join`: someone opened an invite link (`/join/{token}` put its token in
//! a cookie and came here, see `infra::links`). Signed in, they join with
//! one button; otherwise they create their account right here. The forms
//! send an empty token: the server takes the cookie's.

use crate::domain::views::InvitePreview;
use crate::server_fns::org::{preview_invite, Join, JoinWithSignup};
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::Loaded;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn JoinPage() -> impl IntoView {
    let preview = Resource::new(|| (), |_| preview_invite(String::new()));
    view! {
        <Title text="Join an organisation"/>
        <Loaded resource=preview view=move |p| view! { <Invite p/> }/>
    }
}

#[component]
fn Invite(p: InvitePreview) -> impl IntoView {
    let join = ServerAction::<Join>::new();
    let join_signup = ServerAction::<JoinWithSignup>::new();
    let heading = format!("Join {} on Mistvine", p.org_name);
    let body = if p.already_member {
        view! {
            <p>{format!("You are already a member of {}.", p.org_name)}</p>
            <p><a class="button" href="/">"Go to the home page"</a></p>
        }
        .into_any()
    } else if let Some(name) = p.signed_in_as {
        let error = failure(join);
        view! {
            <ActionForm action=join>
                <input type="hidden" name="token" value=""/>
                <FormError error fields=&[]/>
                <Submit label="Join"/>
            </ActionForm>
            <p class="aside">{format!("You will join as {name}.")}</p>
        }
        .into_any()
    } else {
        let error = failure(join_signup);
        let login_href = "/login?next=/join";
        view! {
            <ActionForm action=join_signup>
                <input type="hidden" name="token" value=""/>
                <FormError error fields=&["name", "email", "password"]/>
                <Field form="join" label="Your name" name="name" autocomplete="name" error/>
                <Field form="join" label="E-mail" name="email" kind="email" autocomplete="email" error/>
                <Field
                    form="join"
                    label="Password"
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    hint="At least 8 characters."
                    error
                />
                <Submit label="Create account and join"/>
            </ActionForm>
            <p class="aside">"Already have an account? " <a href=login_href>"Log in to join"</a></p>
        }
        .into_any()
    };
    view! {
        <section class="card narrow">
            <h1>{heading}</h1>
            <p>{format!("{} invited you to work with them in {}.", p.invited_by, p.org_name)}</p>
            {body}
        </section>
    }
}
