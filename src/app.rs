//! The HTML shell, the root component and the route table.

use crate::ui::layout::Layout;
use crate::ui::pages::{
    account::AccountPage,
    admin::AdminPage,
    auth::LoginPage,
    auth::SignupPage,
    boost::BoostPage,
    boosts::BoostsPage,
    confidence::ConfidencePage,
    confirm_email::{CheckInboxPage, ConfirmEmailPage},
    drafts::DraftsPage,
    home::HomePage,
    import::ImportPage,
    join::JoinPage,
    membership::MembershipLogPage,
    not_found::NotFoundPage,
    objective::ObjectivePage,
    password_reset::{ForgotPage, ResetPage},
    ppp_feed::PppFeedPage,
    present::PresentPage,
    scorecard::{ScorecardPage, ScorecardResultPage},
    signed_out::SignedOutPage,
    survey::SurveyPageView,
    team::TeamPage,
    teams::TeamsPage,
    vote::VotePage,
    wave::WavePage,
    waves::WavesPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// The stylesheet, inlined into every page's head: on a slow phone link a
/// separate CSS file costs one more round trip before anything is painted
/// (about 0.6 s on "Slow 4G"), more than its 3 KB (compressed) per page.
/// The CSS file stays for the service worker's offline page.
const STYLE: &str = include_str!("../style/main.css");

pub fn shell(options: LeptosOptions) -> impl IntoView {
    crate::infra::security::page_policy(leptos::nonce::use_nonce());
    view! {
        <!DOCTYPE html>
        <html lang=crate::i18n::locale().tag()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
                <style nonce=leptos::nonce::use_nonce() inner_html=STYLE></style>
                // The service worker keeps visited pages opening offline (public/sw.js).
                // A worker installed by this very page asks to keep this page too.
                <script nonce=leptos::nonce::use_nonce() inner_html=register_worker()></script>
            </head>
            <body>
                <crate::ui::islands::words::BrowserWords/>
                <App/>
            </body>
        </html>
    }
}

/// Registers the service worker under an address naming this release's
/// files (see `crate::infra::assets::Names::worker_url`; its characters are
/// checked there, so it can sit in a quoted script string). A page the
/// worker did not serve (the first visit) asks it to keep a copy: whether it
/// served the page is read before registering, since the new worker claims
/// the page as it activates, which could come first.
fn register_worker() -> String {
    let url = use_context::<crate::infra::ctx::ServerCtx>().map(|c| c.assets.worker_url()).unwrap_or_else(|| "/sw.js".into());
    format!(
        "if ('serviceWorker' in navigator) {{
            var kept = !!navigator.serviceWorker.controller;
            navigator.serviceWorker.register('{url}').then(function () {{ return navigator.serviceWorker.ready; }})
                .then(function (reg) {{ if (!kept && reg.active) reg.active.postMessage({{ keep: location.href }}); }})
                .catch(function () {{}});
        }}"
    )
}

/// Every route renders in `SsrMode::Async`: the server waits for the page's
/// data and sends complete HTML. Pages then read well with JavaScript off
/// (out-of-order streaming needs a script to put data in place), and an error
/// found while loading data can still set the response status (404, 403…).
/// The data is one SQLite query away, so waiting costs milliseconds.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Link rel="icon" href="/favicon.svg"/>
        <Meta name="description" content=crate::t!("app-description")/>
        <Title formatter=|text: String| if text.is_empty() { "Mistvine".to_string() } else { format!("{text} · Mistvine") }/>
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/signed-out") view=SignedOutPage ssr=SsrMode::Async/>
                    <Route path=path!("/signup") view=SignupPage ssr=SsrMode::Async/>
                    <Route path=path!("/forgot") view=ForgotPage ssr=SsrMode::Async/>
                    <Route path=path!("/reset") view=ResetPage ssr=SsrMode::Async/>
                    <Route path=path!("/confirm") view=ConfirmEmailPage ssr=SsrMode::Async/>
                    <Route path=path!("/check-inbox") view=CheckInboxPage ssr=SsrMode::Async/>
                    <Route path=path!("/join") view=JoinPage ssr=SsrMode::Async/>
                    <Route path=path!("/teams") view=TeamsPage ssr=SsrMode::Async/>
                    <Route path=path!("/members/history") view=MembershipLogPage ssr=SsrMode::Async/>
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/teams/:id") view=TeamPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin") view=AdminPage ssr=SsrMode::Async/>
                    <Route path=path!("/waves") view=WavesPage ssr=SsrMode::Async/>
                    <Route path=path!("/waves/:id") view=WavePage ssr=SsrMode::Async/>
                    <Route path=path!("/objectives/:id") view=ObjectivePage ssr=SsrMode::Async/>
                    <Route path=path!("/vote") view=VotePage ssr=SsrMode::Async/>
                    <Route path=path!("/ppp") view=PppFeedPage ssr=SsrMode::Async/>
                    <Route path=path!("/boosts") view=BoostsPage ssr=SsrMode::Async/>
                    <Route path=path!("/scorecard") view=ScorecardPage ssr=SsrMode::Async/>
                    <Route path=path!("/scorecard/result") view=ScorecardResultPage ssr=SsrMode::Async/>
                    <Route path=path!("/survey") view=SurveyPageView ssr=SsrMode::Async/>
                    <Route path=path!("/boosts/:id") view=BoostPage ssr=SsrMode::Async/>
                    <Route path=path!("/confidence") view=ConfidencePage ssr=SsrMode::Async/>
                    <Route path=path!("/drafts") view=DraftsPage ssr=SsrMode::Async/>
                    <Route path=path!("/imports/:id") view=ImportPage ssr=SsrMode::Async/>
                    <Route path=path!("/present") view=PresentPage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
