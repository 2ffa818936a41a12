//! The app shell: the session every page shares, the top bar and navigation.

use crate::api::auth::{get_me, Logout, SwitchOrg};
use crate::domain::views::Me;
use crate::error::AppError;
use crate::ui::offline::{Drafts, OfflineBanner};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::components::A;

/// Who is signed in. Pages that sign people in create their own actions
/// (only actions created under `<Routes>` receive an error carried back in
/// the URL by a plain, no-JS form post) and register them with
/// `refresh_on`, so the top bar follows.
///
/// Logging out and switching organisation are plain form posts answered by a
/// redirect and a fresh page load, so nothing of the previous identity stays
/// in the page's memory (resources, drafts, pending requests). Updating the
/// page in place raced with the current page refetching its data and could
/// leave the old header and a "Loading…" body behind.
#[derive(Clone, Copy)]
pub struct Session {
    pub me: Resource<Result<Option<Me>, AppError>>,
    epoch: RwSignal<u32>,
}

impl Session {
    /// Changes when the person signs in or out: a resource about the person follows it.
    pub fn epoch(&self) -> u32 {
        self.epoch.get()
    }

    /// Re-asks "who am I" every time `action` completes.
    pub fn refresh_on<S>(&self, action: ServerAction<S>)
    where
        S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
        S::Output: Clone + Send + Sync + 'static,
    {
        let epoch = self.epoch;
        Effect::new(move |_| {
            if action.version().get() > 0 {
                epoch.update(|e| *e += 1);
            }
        });
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let epoch = RwSignal::new(0);
    let me = Resource::new(move || epoch.get(), |_| get_me());
    provide_context(Session { me, epoch });
    let drafts = Drafts::provide();
    drafts.follow(me);
    // Present mode fills an all-hands screen: no bar, nothing to skip.
    let location = leptos_router::hooks::use_location();
    let bar = move || !location.pathname.get().starts_with("/present");
    view! {
        {move || bar().then(|| view! { <TopBar me/> })}
        <OfflineBanner drafts/>
        <main id="main" class="page">{children()}</main>
    }
}

#[component]
fn TopBar(me: Resource<Result<Option<Me>, AppError>>) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="topbar" on:click=close_menu_on_link>
            <a class="brand" href="/">
                <img src="/favicon.svg" alt="" width="28" height="28"/>
                <span>"Mistvine"</span>
            </a>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match me.await {
                        Ok(Some(me)) => view! { <SignedInNav me/> }.into_any(),
                        _ => view! { <SignedOutNav/> }.into_any(),
                    }
                })}
            </Transition>
        </header>
    }
}

/// In the hydrated app a link of the bar navigates without a page load, so
/// the open phone menu would stay open over the new page: close it.
fn close_menu_on_link(ev: leptos::ev::MouseEvent) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let on_link = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| matches!(t.closest("a"), Ok(Some(_))));
        let toggle = document().get_element_by_id("menu-toggle").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let (true, Some(toggle)) = (on_link, toggle) {
            toggle.set_checked(false);
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = ev;
}

#[component]
fn SignedOutNav() -> impl IntoView {
    view! {
        <nav class="nav" aria-label="Account">
            <A href="/scorecard">"Scorecard"</A>
            <A href="/login">"Log in"</A>
            <A href="/signup" attr:class="button small">"Start a workspace"</A>
        </nav>
    }
}

/// The weekly four (home, vote, PPP, boosts) are always in the bar; the
/// other areas and the account sit behind "Menu" on a phone, so the bar is
/// one line. The menu is a checkbox and its label: it opens without
/// JavaScript; a page load closes it, and so does following a link of the
/// bar in the hydrated app (see `close_menu_on_link`).
/// Admins also see the admin area.
#[component]
fn SignedInNav(me: Me) -> impl IntoView {
    let multi_org = me.orgs.len() > 1;
    let orgs = me.orgs.clone();
    let current = me.org_id;
    view! {
        <nav class="nav" aria-label="Main">
            <A href="/" exact=true>"Home"</A>
            <A href="/vote">"Vote"</A>
            <A href="/ppp">"PPP"</A>
            <A href="/boosts">"Boosts"</A>
        </nav>
        <input type="checkbox" id="menu-toggle" class="menu-toggle"/>
        <label for="menu-toggle" class="menu-button">"Menu"</label>
        <nav class="nav more" aria-label="More">
            <A href="/confidence">"Confidence"</A>
            <A href="/survey">"Survey"</A>
            <A href="/waves">"Waves"</A>
            <A href="/teams">"Teams"</A>
            <A href="/drafts">"Drafts"</A>
            {me.role.is_admin().then(|| view! { <A href="/admin">"Admin"</A> })}
        </nav>
        <div class="who">
            {if multi_org {
                view! {
                    <form method="post" action=SwitchOrg::url()>
                        <label for="org-switch" class="visually-hidden">"Organisation"</label>
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
                        <button type="submit" class="small secondary">"Switch"</button>
                    </form>
                }
                    .into_any()
            } else {
                view! { <span class="org-name" title=me.org_name.clone()>{me.org_name.clone()}</span> }.into_any()
            }}
            <a class="user-name" href="/account" title=format!("{} — your account", me.email)>{me.name.clone()}</a>
            // A plain form on purpose: see `Session`.
            <form method="post" action=Logout::url()>
                <button type="submit" class="small secondary">"Log out"</button>
            </form>
        </div>
    }
}
