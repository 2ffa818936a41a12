//! Log in and sign up. Both are plain forms that also work before the
//! WebAssembly has loaded; errors come back next to the field they concern.

use crate::domain::sso::SsoRefused;
use crate::server_fns::auth::{Login, Signup};
use crate::server_fns::passkeys::passkeys_offered;
use crate::server_fns::sso::sso_button;
use crate::t;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::island_words;
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
        <Title text=t!("login-title")/>
        <section class="card narrow">
            <h1>{t!("login-title")}</h1>
            {move || sso_error().map(|why| {
                // The refusal is the answer to the provider's return: the page says it with a 4xx.
                set_status(if why == SsoRefused::ProviderUnavailable { 502 } else { 403 });
                view! { <p class="form-error" role="alert" id="sso-error">{why.to_string()}</p> }
            })}
            <ActionForm action=login>
                <input type="hidden" name="next" value=next/>
                <FormError error fields=&["email", "password"]/>
                <Field form="login" label=t!("field-email") name="email" kind="email" autocomplete="email" error/>
                <Field
                    form="login"
                    label=t!("field-password")
                    name="password"
                    kind="password"
                    autocomplete="current-password"
                    error
                />
                <Submit label=t!("login-submit")/>
            </ActionForm>
            <p class="aside"><a href="/forgot">{t!("login-forgot")}</a></p>
            <PasskeySignIn next=Signal::derive(next)/>
            <SingleSignOn next=Signal::derive(next)/>
            <p class="aside">
                {t!("login-new")} " "
                <a href=signup_href>
                    {move || if next().starts_with("/join") { t!("login-create-account") } else { t!("nav-start-workspace") }}
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
                        <h2 id="passkey-heading">{t!("login-passkey")}</h2>
                        <PasskeyForm mode=PasskeyMode::SignIn next=next.get_untracked() words=island_words::passkey(PasskeyMode::SignIn)/>
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
            <h2 id="sso-heading">{t!("login-sso")}</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match button.await {
                        Ok(Some(b)) => {
                            let next = url::form_urlencoded::byte_serialize(next.get_untracked().as_bytes()).collect::<String>();
                            let href = format!("/sso/start?org={}&next={next}", b.slug);
                            view! {
                                <p>{t!("login-sso-through", org = b.org_name.clone(), provider = b.label.clone())}</p>
                                <p><a class="button" href=href>{t!("login-sso-button", provider = b.label.clone())}</a></p>
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
                    <label for="sso-email">{t!("login-sso-email")}</label>
                    <input id="sso-email" type="email" name="sso_email" autocomplete="email" required aria-describedby="sso-email-hint"
                        value=move || asked().1/>
                    <p id="sso-email-hint" class="hint">{t!("login-sso-email-hint")}</p>
                </div>
                <button type="submit" class="secondary">{t!("login-sso-continue")}</button>
            </form>
        </section>
    }
}

#[component]
pub fn SignupPage() -> impl IntoView {
    let signup = ServerAction::<Signup>::new();
    let error = failure(signup);
    view! {
        <Title text=t!("nav-start-workspace")/>
        <section class="card narrow">
            <h1>{t!("nav-start-workspace")}</h1>
            <p>{t!("signup-owner")}</p>
            <ActionForm action=signup>
                <FormError error fields=&["name", "email", "password", "org_name"]/>
                <Field form="signup" label=t!("field-your-name") name="name" autocomplete="name" error/>
                <Field form="signup" label=t!("field-email") name="email" kind="email" autocomplete="email" error/>
                <Field
                    form="signup"
                    label=t!("field-password")
                    name="password"
                    kind="password"
                    autocomplete="new-password"
                    hint=t!("field-password-hint")
                    error
                />
                <Field
                    form="signup"
                    label=t!("signup-org-name")
                    name="org_name"
                    autocomplete="organization"
                    hint=t!("signup-org-name-hint")
                    error
                />
                <Submit label=t!("signup-submit")/>
            </ActionForm>
            <p class="aside">{t!("signup-have-account")} " " <a href="/login">{t!("nav-log-in")}</a></p>
        </section>
    }
}
