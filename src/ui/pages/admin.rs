//! `/admin`: members and their roles (50 at a time, `?find=` to search,
//! `?page=` to page), invite links, vote settings, export and the audit log.

use crate::domain::org::Role;
use crate::domain::views::{AuditEntry, InviteView, Me, MemberPage};
use crate::error::AppError;
use crate::server_fns::org::{
    audit_log, invite_link, invites, member_directory, unset_link_base, ChangeRole, CreateInvite, RemoveMember, RevokeInvite,
};
use crate::t;
use crate::ui::components::confirm::Confirm;
use crate::ui::components::dates::{day, day_and_time};
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::{ErrorNotice, Loaded, Loading};
use crate::ui::components::pager::Pager;
use crate::ui::components::words;
use crate::ui::layout::use_session;
use crate::ui::pages::admin_channels::{ChannelsData, ChannelsSection};
use crate::ui::pages::admin_language::{self, OrgLanguage};
use crate::ui::pages::admin_mail::{MailSettings, MailSettingsData};
use crate::ui::pages::admin_restore::RestoreOrganisation;
use crate::ui::pages::admin_scim::{ScimData, ScimSection};
use crate::ui::pages::admin_sso::{SsoSettings, SsoSettingsData};
use crate::ui::pages::admin_votes::{VoteSettings, VoteSettingsData};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminPage() -> impl IntoView {
    let session = use_session();
    let change = ServerAction::<ChangeRole>::new();
    let remove = ServerAction::<RemoveMember>::new();
    let create = ServerAction::<CreateInvite>::new();
    let revoke = ServerAction::<RevokeInvite>::new();
    let query = use_query_map();
    let people = Resource::new(
        move || {
            let q = query.read();
            (q.get("find"), q.get("page").and_then(|p| p.parse().ok()))
        },
        |(find, page)| member_directory(find, page),
    );
    let open = Resource::new(|| (), |_| invites());
    // The sections' data is made here, before anything is awaited (see `notice::for_id`).
    // A fresh invite's secret arrives once, in the URL the server redirected to.
    let fresh = Resource::new(
        move || query.read().get("invite"),
        |token| async move {
            match token {
                Some(t) if !t.is_empty() => invite_link(t).await.ok(),
                _ => None,
            }
        },
    );
    let base = Resource::new(|| (), |_| unset_link_base());
    let votes = VoteSettingsData::load();
    let mail = MailSettingsData::load();
    let language = admin_language::load();
    let channels = ChannelsData::load();
    let sso = SsoSettingsData::load();
    let scim = ScimData::load();
    let log = Resource::new(|| (), |_| audit_log());
    view! {
        <Title text=t!("admin-title")/>
        <h1>{t!("admin-title")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let me = session.me.await.ok().flatten();
                match (people.await, open.await) {
                    (Ok(people), Ok(open)) => view! {
                        <Invites open fresh base create revoke/>
                        <Members people me change remove/>
                        <VoteSettings data=votes/>
                        <OrgLanguage data=language/>
                        <MailSettings data=mail/>
                        <ChannelsSection data=channels/>
                        <SsoSettings data=sso/>
                        <ScimSection data=scim/>
                        <ExportData/>
                        <AuditLog log/>
                    }
                    .into_any(),
                    (Err(error), _) | (_, Err(error)) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Invites(
    open: Vec<InviteView>,
    fresh: Resource<Option<String>>,
    base: Resource<Result<Option<String>, AppError>>,
    create: ServerAction<CreateInvite>,
    revoke: ServerAction<RevokeInvite>,
) -> impl IntoView {
    let create_error = failure(create);
    let revoke_error = failure(revoke);
    view! {
        <section class="card">
            <h2>{t!("invite-title")}</h2>
            <p>{t!("invite-intro")}</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    base.await.ok().flatten().map(|base| {
                        let (before, after) = crate::i18n::around(&t!("invite-no-public-url", base = crate::i18n::SLOT));
                        view! { <p class="hint">{before}<code>{base}</code>{after}</p> }
                    })
                })}
            </Suspense>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    fresh.await.map(|link| view! {
                        <div class="invite-link" role="status">
                            <label for="invite-url">{t!("invite-new-link")}</label>
                            <input id="invite-url" type="text" readonly value=link/>
                        </div>
                    })
                })}
            </Suspense>
            <ActionForm action=create>
                <FormError error=create_error fields=&["uses"]/>
                <Field form="invite" label=t!("invite-uses") name="uses" kind="number" value="1" inputmode="numeric" error=create_error/>
                <Submit label=t!("invite-create")/>
            </ActionForm>
            {(!open.is_empty()).then(|| view! {
                <h3>{t!("invite-open")}</h3>
                <FormError error=revoke_error fields=&[]/>
                <ul class="invite-list">
                    {open.into_iter().map(|i| view! {
                        <li>
                            <span>{t!("invite-line", by = i.created_by, left = i.uses_left, expires = day(i.expires_at))}</span>
                            <ActionForm action=revoke>
                                <input type="hidden" name="invite_id" value=i.id.to_string()/>
                                <button type="submit" class="small secondary">{t!("invite-revoke")}</button>
                            </ActionForm>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

#[component]
fn ExportData() -> impl IntoView {
    view! {
        <section class="card">
            <h2>{t!("export-title")}</h2>
            <p>{t!("export-text")}</p>
            // A plain form posting to `infra::download` (an export writes an audit row, so never a link).
            <form method="post" action="/export">
                <button type="submit">{t!("export-download")}</button>
            </form>
        </section>
        <RestoreOrganisation/>
    }
}

/// What admins did, newest first: roles, removals, invites, waves, surveys, settings.
#[component]
fn AuditLog(log: Resource<Result<Vec<AuditEntry>, AppError>>) -> impl IntoView {
    view! {
        <section class="card">
            <h2>{t!("audit-title")}</h2>
            <p class="hint">{t!("audit-hint")}</p>
            <Loaded resource=log view=|entries| view! { <AuditEntries entries/> }/>
        </section>
    }
}

#[component]
fn AuditEntries(entries: Vec<AuditEntry>) -> impl IntoView {
    view! {
        <ul class="objective-list audit-log">
            {entries.into_iter().map(|e| view! {
                <li>{t!("audit-line", at = day_and_time(e.at), actor = e.actor, action = e.action.to_string())}</li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn Members(people: MemberPage, me: Option<Me>, change: ServerAction<ChangeRole>, remove: ServerAction<RemoveMember>) -> impl IntoView {
    let you = me.as_ref().map(|m| m.user_id);
    let change_error = failure(change);
    let remove_error = failure(remove);
    let MemberPage { people, total, page, pages, find } = people;
    let link = {
        let find = find.clone();
        move |p: usize| {
            let mut q = web_query(&[("find", find.as_str())]);
            q.push_str(&format!("{}page={p}", if q.is_empty() { "?" } else { "&" }));
            format!("/admin{q}#members")
        }
    };
    let (prev, next) = ((page > 1).then(|| link(page - 1)), (page < pages).then(|| link(page + 1)));
    view! {
        <section class="card" id="members">
            <h2>{if find.is_empty() { t!("members-title", total = total) } else { t!("members-matching", find = find.clone(), total = total) }}</h2>
            <form method="get" action="/admin#members" class="inline-form filter">
                <div class="field">
                    <label for="find-member">{t!("members-find")}</label>
                    <input id="find-member" name="find" type="search" value=find.clone()/>
                </div>
                <button type="submit" class="secondary">{t!("members-find-submit")}</button>
            </form>
            <FormError error=change_error fields=&[]/>
            <FormError error=remove_error fields=&[]/>
            {people.is_empty().then(|| view! { <p>{t!("members-none")}</p> })}
            <ul class="member-list admin">
                {people.into_iter().map(|m| {
                    let select_id = format!("role-{}", m.user_id);
                    let user_id = m.user_id.to_string();
                    let role_label = t!("member-role-of", name = m.name.clone());
                    let remove_label = t!("member-remove", name = m.name.clone());
                    let removal_warning = t!("member-remove-warning", name = m.name.clone());
                    let remove_id = user_id.clone();
                    // Leaving is not done from here: nobody removes themselves by a slip.
                    let removable = you != Some(m.user_id);
                    view! {
                        <li>
                            <div class="who-col">
                                <span class="name">{m.name}</span>
                                <span class="meta">{m.email}</span>
                            </div>
                            <ActionForm action=change>
                                <input type="hidden" name="user_id" value=user_id/>
                                <label for=select_id.clone() class="visually-hidden">{role_label}</label>
                                <select id=select_id name="role">
                                    {Role::ALL.into_iter().map(|r| view! {
                                        <option value=r.as_str() selected=r == m.role>{words::role(r)}</option>
                                    }).collect_view()}
                                </select>
                                <Submit label=t!("member-save-role") class="small secondary"/>
                            </ActionForm>
                            {removable.then(|| view! {
                                <ActionForm action=remove>
                                    <input type="hidden" name="user_id" value=remove_id/>
                                    <Confirm ask=t!("member-remove-ask") name=format!("{remove_label}…") small=true
                                        warning=removal_warning>
                                        <button type="submit" class="small danger">{remove_label}</button>
                                    </Confirm>
                                </ActionForm>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(pages > 1).then(|| view! { <Pager page pages prev next label=t!("pager-members")/> })}
            <p class="hint">
                {t!("members-roles-hint")} " "
                {me.map(|me| t!("members-you-are", role = me.role.as_str()))}
            </p>
        </section>
    }
}

/// `?find=…` for the non-empty values, percent-encoded.
fn web_query(pairs: &[(&str, &str)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| {
            let encoded: String = v
                .bytes()
                .map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
                .collect();
            format!("{k}={encoded}")
        })
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}
