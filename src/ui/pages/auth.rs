//! Log in and sign up. Both are plain forms that also work before the
//! WebAssembly has loaded; errors come back next to the field they concern.

use crate::server_fns::auth::{Login, Signup};
use crate::ui::components::form::{failure, Field, FormError, Submit};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LoginPage() -> impl IntoView {
    let login = ServerAction::<Login>::new();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let error = failure(login);
    let signup_href = move || {
        let n = next();
        if n.is_empty() {
            "/signup".to_string()
        } else {
            n
        }
    };
    view! {
        <Title text="Log in"/>
        <section class="card narrow">
            <h1>"Log in"</h1>
            <ActionForm action=login>
                <input type="hidden" name="next" value=next/>
                <FormError error fields=&["email", "password"]/>
                <Field form="login" label="E-mail" name="email" kind="email" autocomplete="email" error/>
                <Field
                    form="login"
                    label="Password"
                    name="password"
                    kind="password"
                    autocomplete="current-password"
                    error
                />
                <Submit label="Log in"/>
            </ActionForm>
            <p class="aside"><a href="/forgot">"Forgot your password?"</a></p>
            <p class="aside">
                "New to Mistvine? "
                <a href=signup_href>
                    {move || if next().starts_with("/join") { "Create your account" } else { "Start a workspace" }}
                </a>
            </p>
        </section>
    }
}

#[component]
pub fn SignupPage() -> impl IntoView {
    let signup = ServerAction::<Signup>::new();
    let error = failure(signup);
    view! {
        <Title text="Start a workspace"/>
        <section class="card narrow">
            <h1>"Start a workspace"</h1>
            <p>"You will be its owner. Invite your colleagues once you are in."</p>
            <ActionForm action=signup>
                <FormError error fields=&["name", "email", "password", "org_name"]/>
                <Field form="signup" label="Your name" name="name" autocomplete="name" error/>
                <Field form="signup" label="E-mail" name="email" kind="email" autocomplete="email" error/>
                <Field
                    form="signup"
                    label="Password"
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    hint="At least 8 characters."
                    error
                />
                <Field
                    form="signup"
                    label="Organisation name"
                    name="org_name"
                    autocomplete="organization"
                    hint="Your company or department, as your colleagues call it."
                    error
                />
                <Submit label="Create workspace"/>
            </ActionForm>
            <p class="aside">"Already have an account? " <a href="/login">"Log in"</a></p>
        </section>
    }
}
