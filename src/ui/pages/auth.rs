//! Log in and sign up. Both are plain forms that also work before the
//! WebAssembly has loaded; errors come back next to the field they concern.

use crate::domain::sso::SsoRefused;
use crate::server_fns::auth::{Login, Signup};
use crate::server_fns::passkeys::passkeys_offered;
use crate::server_fns::sso::sso_button;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::set_status;
use crate::ui::islands::passkey::{PasskeyForm, PasskeyMode};
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
    let sso_error = move || query.read().get("sso_error").map(|code| SsoRefused::from_code(&code).unwrap_or(SsoRefused::StateMismatch));
    view! {
        <Title text="Log in"/>
        <section class="card narrow">
            <h1>"Log in"</h1>
            {move || sso_error().map(|why| {
                // The refusal is the answer to the provider's return: the page says it with a 4xx.
                set_status(if why == SsoRefused::ProviderUnavailable { 502 } else { 403 });
                view! { <p class="form-error" role="alert" id="sso-error">{why.to_string()}</p> }
            })}
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
            <PasskeySignIn next=Signal::derive(next)/>
            <SingleSignOn next=Signal::derive(next)/>
            <p class="aside">
                "New to Mistvine? "
                <a href=signup_href>
                    {move || if next().starts_with("/join") { "Create your account" } else { "Start a workspace" }}
                </a>
            </p>
        </section>
    }
}

/// "Sign in with a passkey", where this server offers passkeys (it is
/// reached by a name, not an IP address).
#[component]
fn PasskeySignIn(next: Signal<String>) -> impl IntoView {
    let offered = Resource::new(|| (), |_| passkeys_offered());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                offered.await.unwrap_or(false).then(|| view! {
                    <section class="passkey-sign-in" aria-labelledby="passkey-heading">
                        <h2 id="passkey-heading">"Passkey"</h2>
                        <PasskeyForm mode=PasskeyMode::SignIn next=next.get_untracked()/>
                    </section>
                })
            })}
        </Suspense>
    }
}

/// Signing in through the organisation's identity provider. The page offers
/// "Sign in with …" when it was opened at the organisation's sign-in
/// address (`/login?sso=…`) or after a work address was typed
/// (`/login?sso_email=…`, a GET form). The button is a link to
/// `/sso/start`, which sends the browser on to the provider: a link, because
/// the pages' Content-Security-Policy (`form-action 'self'`) rightly stops a
/// form's submission from being redirected to another site.
#[component]
fn SingleSignOn(next: Signal<String>) -> impl IntoView {
    let query = use_query_map();
    let asked = move || {
        let q = query.read();
        (q.get("sso").unwrap_or_default(), q.get("sso_email").unwrap_or_default())
    };
    let button = Resource::new(asked, |(slug, email)| async move {
        if slug.is_empty() && email.is_empty() {
            Ok(None)
        } else {
            sso_button(slug, email).await
        }
    });
    view! {
        <section class="sso" aria-labelledby="sso-heading">
            <h2 id="sso-heading">"Single sign-on"</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match button.await {
                        Ok(Some(b)) => {
                            let next = url::form_urlencoded::byte_serialize(next.get_untracked().as_bytes()).collect::<String>();
                            let href = format!("/sso/start?org={}&next={next}", b.slug);
                            view! {
                                <p>{format!("{} signs in through {}.", b.org_name, b.label)}</p>
                                <p><a class="button" href=href>{format!("Sign in with {}", b.label)}</a></p>
                            }
                            .into_any()
                        }
                        Ok(None) if asked().1.is_empty() => ().into_any(),
                        Ok(None) => {
                            set_status(404);
                            view! { <p class="form-error" role="alert" id="sso-error">{SsoRefused::NoProvider.to_string()}</p> }.into_any()
                        }
                        Err(e) => {
                            set_status(e.status());
                            view! { <p class="form-error" role="alert" id="sso-error">{e.to_string()}</p> }.into_any()
                        }
                    }
                })}
            </Suspense>
            <form method="get" action="/login">
                <input type="hidden" name="next" value=next/>
                <div class="field">
                    <label for="sso-email">"Your work address"</label>
                    <input id="sso-email" type="email" name="sso_email" autocomplete="email" required aria-describedby="sso-email-hint"
                        value=move || asked().1/>
                    <p id="sso-email-hint" class="hint">"The e-mail address your organisation gave you: if it signs in through its identity provider, its button appears here."</p>
                </div>
                <button type="submit" class="secondary">"Continue with single sign-on"</button>
            </form>
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
