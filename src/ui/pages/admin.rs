//! `/admin`: members and their roles (50 at a time, `?find=` to search,
//! `?page=` to page), invite links, vote settings, export and the audit log.

use crate::domain::org::Role;
use crate::domain::views::{AuditEntry, InviteView, Me, MemberPage};
use crate::error::AppError;
use crate::server_fns::org::{
    audit_log, invite_link, invites, member_directory, unset_link_base, ChangeRole, CreateInvite, RemoveMember, RevokeInvite,
};
use crate::ui::components::confirm::Confirm;
use crate::ui::components::form::{failure, Field, FormError, Submit};
use crate::ui::components::notice::{ErrorNotice, Loaded, Loading};
use crate::ui::components::pager::Pager;
use crate::ui::layout::use_session;
use crate::ui::pages::admin_channels::{ChannelsData, ChannelsSection};
use crate::ui::pages::admin_language::{self, OrgLanguage};
use crate::ui::pages::admin_mail::{MailSettings, MailSettingsData};
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
        <Title text="Admin"/>
        <h1>"Admin"</h1>
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
            <h2>"Invite people"</h2>
            <p>"An invite link lets one person join as a member within 7 days, until you revoke it. A link for several people lasts 24 hours. Everyone can see who joined when."</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    base.await.ok().flatten().map(|base| view! {
                        <p class="hint">{format!(
                            "Links in invites and e-mails point to {base}, the address this server listens on, because no public address is set. \
                             If people reach Mistvine at another address, start it with --public-url (MISTVINE_PUBLIC_URL)."
                        )}</p>
                    })
                })}
            </Suspense>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    fresh.await.map(|link| view! {
                        <div class="invite-link" role="status">
                            <label for="invite-url">"New invite link — copy it now, it is shown only once"</label>
                            <input id="invite-url" type="text" readonly value=link/>
                        </div>
                    })
                })}
            </Suspense>
            <ActionForm action=create>
                <FormError error=create_error fields=&["uses"]/>
                <Field form="invite" label="How many people may join with it" name="uses" kind="number" value="1" inputmode="numeric" error=create_error/>
                <Submit label="Create invite link"/>
            </ActionForm>
            {(!open.is_empty()).then(|| view! {
                <h3>"Open invite links"</h3>
                <FormError error=revoke_error fields=&[]/>
                <ul class="invite-list">
                    {open.into_iter().map(|i| view! {
                        <li>
                            <span>{format!("Created by {}, for {} more {}, expires {}", i.created_by, i.uses_left, if i.uses_left == 1 { "person" } else { "people" }, format_day(i.expires_at))}</span>
                            <ActionForm action=revoke>
                                <input type="hidden" name="invite_id" value=i.id.to_string()/>
                                <button type="submit" class="small secondary">"Revoke"</button>
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
            <h2>"Export"</h2>
            <p>
                "Everything this organisation wrote, as one JSON file: members, teams, waves, objectives, key results with their check-ins, "
                "PPP updates, boosts and reflections. Confidence and survey results are in it only as the pages show them (from the threshold); "
                "nothing in it tells how anyone voted or answered, or who did."
            </p>
            // A plain form posting to `infra::download` (an export writes an audit row, so never a link).
            <form method="post" action="/export">
                <button type="submit">"Download the export (JSON)"</button>
            </form>
        </section>
    }
}

/// What admins did, newest first: roles, removals, invites, waves, surveys, settings.
#[component]
fn AuditLog(log: Resource<Result<Vec<AuditEntry>, AppError>>) -> impl IntoView {
    view! {
        <section class="card">
            <h2>"Audit log"</h2>
            <p class="hint">"What admins and leaders changed, newest first. Votes and survey answers never appear here."</p>
            <Loaded resource=log view=|entries| view! { <AuditEntries entries/> }/>
        </section>
    }
}

#[component]
fn AuditEntries(entries: Vec<AuditEntry>) -> impl IntoView {
    view! {
        <ul class="objective-list audit-log">
            {entries.into_iter().map(|e| view! {
                <li>{format!("{} · {} {}", format_moment(e.at), e.actor, e.action)}</li>
            }).collect_view()}
        </ul>
    }
}

fn format_moment(epoch_secs: i64) -> String {
    chrono::DateTime::from_timestamp(epoch_secs, 0).map(|d| d.format("%e %b %Y, %H:%M UTC").to_string()).unwrap_or_default()
}

fn format_day(epoch_secs: i64) -> String {
    chrono::DateTime::from_timestamp(epoch_secs, 0).map(|d| d.format("%e %b %Y").to_string()).unwrap_or_default()
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
            <h2>{if find.is_empty() { format!("Members ({total})") } else { format!("Members matching “{find}” ({total})") }}</h2>
            <form method="get" action="/admin#members" class="inline-form filter">
                <div class="field">
                    <label for="find-member">"Find a person (name or e-mail)"</label>
                    <input id="find-member" name="find" type="search" value=find.clone()/>
                </div>
                <button type="submit" class="secondary">"Find"</button>
            </form>
            <FormError error=change_error fields=&[]/>
            <FormError error=remove_error fields=&[]/>
            {people.is_empty().then(|| view! { <p>"Nobody matches."</p> })}
            <ul class="member-list admin">
                {people.into_iter().map(|m| {
                    let select_id = format!("role-{}", m.user_id);
                    let user_id = m.user_id.to_string();
                    let role_label = format!("Role of {}", m.name);
                    let remove_label = format!("Remove {} from the organisation", m.name);
                    let removal_warning = format!("{} loses access to this organisation at once; their past votes stay counted, anonymously. Only a new invite brings them back.", m.name);
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
                                        <option value=r.as_str() selected=r == m.role>{r.label()}</option>
                                    }).collect_view()}
                                </select>
                                <Submit label="Save role" class="small secondary"/>
                            </ActionForm>
                            {removable.then(|| view! {
                                <ActionForm action=remove>
                                    <input type="hidden" name="user_id" value=remove_id/>
                                    <Confirm ask="Remove…".to_string() name=format!("{remove_label}…") small=true
                                        warning=removal_warning>
                                        <button type="submit" class="small danger">{remove_label}</button>
                                    </Confirm>
                                </ActionForm>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(pages > 1).then(|| view! { <Pager page pages prev next label=crate::t!("pager-members")/> })}
            <p class="hint">
                "Owners and admins run the workspace; leaders set the organisation's objectives; members write their team's. "
                {me.map(|me| format!("You are {}.", me.role.label().to_lowercase()))}
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
