//! The app shell: the session every page shares, the top bar and navigation.

use crate::domain::draft::DraftAuthor;
use crate::domain::locale::Locale;
use crate::domain::views::Me;
use crate::error::AppError;
use crate::i18n::locale;
use crate::server_fns::auth::{get_me, Logout, SwitchOrg};
use crate::server_fns::confirmation::ResendConfirmation;
use crate::server_fns::language::SwitchLanguage;
use crate::t;
use crate::ui::components::form::{failure, FormError};
use crate::ui::islands::forms::FormHelper;
use crate::ui::offline::OfflineBanner;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::components::A;

/// Who is signed in, for every page of this request (a server-side context:
/// pages render on the server only).
///
/// Logging out and switching organisation are plain form posts answered by a
/// redirect and a fresh page load, so nothing of the previous identity stays
/// in the page's memory (drafts, pending requests).
#[derive(Clone, Copy)]
pub struct Session {
    pub me: Resource<Result<Option<Me>, AppError>>,
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let me = Resource::new(|| (), |_| get_me());
    provide_context(Session { me });
    // Present mode fills an all-hands screen: no bar, nothing to skip.
    let location = leptos_router::hooks::use_location();
    let bar = !location.pathname.get_untracked().starts_with("/present");
    view! {
        {bar.then(|| view! { <TopBar me/> })}
        <FormHelper/>
        <Suspense>
            {move || Suspend::new(async move {
                let me = me.await.ok().flatten();
                let unconfirmed = me.as_ref().filter(|me| !me.confirmed).map(|me| me.email.clone());
                let who = me.map(|me| DraftAuthor { org: me.org_id, user: me.user_id });
                view! {
                    {unconfirmed.map(|email| view! { <ConfirmBanner email/> })}
                    <OfflineBanner who/>
                }
            })}
        </Suspense>
        <main id="main" class="page">{children()}</main>
        // Signed-in people choose on their account page; visitors here.
        <Suspense>
            {move || Suspend::new(async move { me.await.ok().flatten().is_none().then(|| view! { <LanguageSwitch/> }) })}
        </Suspense>
    }
}

/// Asks an account that has not confirmed its address to open the link
/// sent there, and says what waits for it (see `service::confirmation`).
#[component]
fn ConfirmBanner(email: String) -> impl IntoView {
    let resend = ServerAction::<ResendConfirmation>::new();
    let error = failure(resend);
    view! {
        <section class="confirm-banner" aria-label=t!("confirm-banner-label")>
            <p>{t!("confirm-banner-text", email = email)}</p>
            <ActionForm action=resend>
                <FormError error fields=&[]/>
                <button type="submit" class="small secondary">{t!("confirm-banner-resend")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn TopBar(me: Resource<Result<Option<Me>, AppError>>) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{t!("nav-skip")}</a>
        <header class="topbar">
            <a class="brand" href="/">
                <img src="/favicon.svg" alt="" width="28" height="28"/>
                <span>"Mistvine"</span>
            </a>
            <Suspense>
                {move || Suspend::new(async move {
                    match me.await {
                        Ok(Some(me)) => view! { <SignedInNav me/> }.into_any(),
                        _ => view! { <SignedOutNav/> }.into_any(),
                    }
                })}
            </Suspense>
        </header>
    }
}

#[component]
fn SignedOutNav() -> impl IntoView {
    view! {
        <nav class="nav" aria-label=t!("nav-account-label")>
            <A href="/scorecard">{t!("nav-scorecard")}</A>
            <A href="/login">{t!("nav-log-in")}</A>
            <A href="/signup" attr:class="button small">{t!("nav-start-workspace")}</A>
        </nav>
    }
}

/// The weekly four (home, vote, PPP, boosts) are always in the bar; the
/// other areas and the account sit behind "Menu" on a phone, so the bar is
/// one line. The menu is a checkbox and its label: it opens without
/// JavaScript, and following a link loads a page, which closes it.
/// Admins also see the admin area.
#[component]
fn SignedInNav(me: Me) -> impl IntoView {
    let multi_org = me.orgs.len() > 1;
    let orgs = me.orgs.clone();
    let current = me.org_id;
    view! {
        <nav class="nav" aria-label=t!("nav-main-label")>
            <A href="/" exact=true>{t!("nav-home")}</A>
            <A href="/vote">{t!("nav-vote")}</A>
            <A href="/ppp">{t!("nav-ppp")}</A>
            <A href="/boosts">{t!("nav-boosts")}</A>
        </nav>
        <input type="checkbox" id="menu-toggle" class="menu-toggle"/>
        <label for="menu-toggle" class="menu-button">{t!("nav-menu")}</label>
        <nav class="nav more" aria-label=t!("nav-more-label")>
            <A href="/confidence">{t!("nav-confidence")}</A>
            <A href="/survey">{t!("nav-survey")}</A>
            <A href="/waves">{t!("nav-waves")}</A>
            <A href="/teams">{t!("nav-teams")}</A>
            <A href="/drafts">{t!("nav-drafts")}</A>
            {me.role.is_admin().then(|| view! { <A href="/admin">{t!("nav-admin")}</A> })}
        </nav>
        <div class="who">
            {if multi_org {
                view! {
                    <form method="post" action=SwitchOrg::url() data-plain>
                        <label for="org-switch" class="visually-hidden">{t!("nav-organisation")}</label>
                        <select id="org-switch" name="org_id">
                            {orgs
                                .into_iter()
                                .map(|o| {
                                    view! {
                                        <option value=o.org_id.to_string() selected=o.org_id == current>
                                            {o.name}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                        <button type="submit" class="small secondary">{t!("nav-switch-org")}</button>
                    </form>
                }
                    .into_any()
            } else {
                view! { <span class="org-name" title=me.org_name.clone()>{me.org_name.clone()}</span> }.into_any()
            }}
            <a class="user-name" href="/account" title=t!("nav-your-account", email = me.email.clone())>{me.name.clone()}</a>
            // A plain form on purpose: see `Session`.
            <form method="post" action=Logout::url() data-plain>
                <button type="submit" class="small secondary">{t!("nav-log-out")}</button>
            </form>
        </div>
    }
}

/// The signed-out pages' language switch: a plain form, so the page comes
/// back in the chosen language; the choice stays in this browser.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let current = locale();
    view! {
        <footer class="language-switch">
            <form method="post" action=SwitchLanguage::url() data-plain>
                <label for="language-switch">{t!("language-switch-label")}</label>
                <select id="language-switch" name="locale">
                    {Locale::OFFERED
                        .into_iter()
                        .map(|l| view! { <option value=l.tag() lang=l.tag() selected=l == current>{l.native_name()}</option> })
                        .collect_view()}
                </select>
                <button type="submit" class="small secondary">{t!("language-switch-submit")}</button>
            </form>
        </footer>
    }
}
