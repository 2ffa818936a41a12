//! The app shell: the session every page shares, the top bar and navigation.

use crate::api::auth::{get_me, Login, Logout, Signup, SwitchOrg};
use crate::api::org::{Join, JoinWithSignup};
use crate::domain::views::Me;
use crate::error::AppError;
use leptos::prelude::*;
use leptos_router::components::A;

/// Who is signed in, and the actions that change it. Created inside the
/// router so that an error carried back in the URL by a plain (no-JS) form
/// post reaches the action that caused it.
#[derive(Clone, Copy)]
pub struct Session {
    pub me: Resource<Result<Option<Me>, AppError>>,
    pub login: ServerAction<Login>,
    pub signup: ServerAction<Signup>,
    pub logout: ServerAction<Logout>,
    pub join: ServerAction<Join>,
    pub join_signup: ServerAction<JoinWithSignup>,
    pub switch_org: ServerAction<SwitchOrg>,
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let login = ServerAction::<Login>::new();
    let signup = ServerAction::<Signup>::new();
    let logout = ServerAction::<Logout>::new();
    let join = ServerAction::<Join>::new();
    let join_signup = ServerAction::<JoinWithSignup>::new();
    let switch_org = ServerAction::<SwitchOrg>::new();
    // Re-asks "who am I" whenever one of the session-changing actions ran.
    let me = Resource::new(
        move || {
            (
                login.version().get(),
                signup.version().get(),
                logout.version().get(),
                join.version().get(),
                join_signup.version().get(),
                switch_org.version().get(),
            )
        },
        |_| get_me(),
    );
    provide_context(Session { me, login, signup, logout, join, join_signup, switch_org });
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="topbar">
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
        <main id="main" class="page">{children()}</main>
    }
}

#[component]
fn SignedOutNav() -> impl IntoView {
    view! {
        <nav class="nav" aria-label="Account">
            <A href="/login">"Log in"</A>
            <A href="/signup" attr:class="button small">"Start a workspace"</A>
        </nav>
    }
}

/// Areas appear here as they are built; admins also see the admin area.
#[component]
fn SignedInNav(me: Me) -> impl IntoView {
    let session = use_session();
    let multi_org = me.orgs.len() > 1;
    let orgs = me.orgs.clone();
    let current = me.org_id;
    view! {
        <nav class="nav" aria-label="Main">
            <A href="/" exact=true>"Home"</A>
            <A href="/teams">"Teams"</A>
            {me.role.is_admin().then(|| view! { <A href="/admin">"Admin"</A> })}
        </nav>
        <div class="who">
            {if multi_org {
                view! {
                    <ActionForm action=session.switch_org>
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
                    </ActionForm>
                }
                    .into_any()
            } else {
                view! { <span class="org-name">{me.org_name.clone()}</span> }.into_any()
            }}
            <span class="user-name" title=me.email.clone()>{me.name.clone()}</span>
            <ActionForm action=session.logout>
                <button type="submit" class="small secondary">"Log out"</button>
            </ActionForm>
        </div>
    }
}
