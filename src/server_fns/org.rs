//! Members, roles and invite links of the caller's organisation.

use crate::domain::ids::{InviteId, UserId};
use crate::domain::views::{InvitePreview, InviteView, MemberPage, MemberView, OrgOverview};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::domain::org::{parse_invite_uses, Role};
#[cfg(feature = "ssr")]
use crate::infra::auth;
use crate::infra::ctx::ctx;
use crate::server::service::access;
use crate::server::service::org;

/// Counts and the caller's teams, for the home page's "what next" list.
#[server(endpoint = "overview")]
pub async fn overview() -> Result<OrgOverview, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    org::overview(&ctx, &caller).await
}

/// Administrative actions, newest first (admins only).
#[server(endpoint = "audit_log")]
pub async fn audit_log() -> Result<Vec<crate::domain::views::AuditEntry>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    org::audit_log(&ctx, &caller).await
}

/// Who joined, left, changed role or team, and when (every member may read it).
#[server(endpoint = "membership_log")]
pub async fn membership_log() -> Result<Vec<crate::domain::org::MembershipEvent>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    org::membership_log(&ctx, &caller).await
}

#[server(endpoint = "members")]
pub async fn members() -> Result<Vec<MemberView>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    org::members(&ctx, &caller).await
}

/// The member directory: `find` in names and addresses, `page` (1-based) of 50.
#[server(endpoint = "member_directory")]
pub async fn member_directory(
    #[server(default)] find: Option<String>,
    #[server(default)] page: Option<usize>,
) -> Result<MemberPage, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    org::member_page(&ctx, &caller, find.as_deref().unwrap_or(""), page.unwrap_or(1)).await
}

#[server(endpoint = "change_role")]
pub async fn change_role(user_id: UserId, role: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    org::change_role(&ctx, &caller, user_id, Role::parse(&role)?).await
}

#[server(endpoint = "remove_member")]
pub async fn remove_member(user_id: UserId) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    org::remove_member(&ctx, &caller, user_id).await
}

/// Makes a new invite link. The secret appears once, in the redirect to the
/// admin page (`?invite=`); only its hash is stored.
#[server(endpoint = "create_invite")]
pub async fn create_invite(#[server(default)] uses: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // The role before the form: a member without it learns nothing from its errors.
    access::require_admin(&caller)?;
    let token = org::create_invite(&ctx, &caller, parse_invite_uses(&uses)?).await?;
    leptos_axum::redirect(&format!("/admin?invite={token}"));
    Ok(())
}

/// The full link for a freshly created invite token (shown on the admin page).
#[server(endpoint = "invite_link")]
pub async fn invite_link(token: String) -> Result<String, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    // Never built from the request's Host header, which the client chooses:
    // a link sent on must point where the operator said.
    org::invite_link(&caller, &ctx.settings.site_base(), &token)
}

/// Where links (invites, e-mails) point when no public URL is set, so the
/// admin page can say so; `None` when the operator set one.
#[server(endpoint = "unset_link_base")]
pub async fn unset_link_base() -> Result<Option<String>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    org::unset_link_base(&ctx, &caller)
}

#[server(endpoint = "invites")]
pub async fn invites() -> Result<Vec<InviteView>, AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    org::invites(&ctx, &caller).await
}

#[server(endpoint = "revoke_invite")]
pub async fn revoke_invite(invite_id: InviteId) -> Result<(), AppError> {
    let ctx = ctx()?;
    let caller = auth::require_member(&ctx).await?;
    org::revoke_invite(&ctx, &caller, invite_id).await
}

#[server(endpoint = "preview_invite")]
pub async fn preview_invite(token: String) -> Result<InvitePreview, AppError> {
    let ctx = ctx()?;
    crate::infra::security::never_offline();
    let person = auth::current_person(&ctx).await?;
    let token = auth::link_secret(&ctx, auth::SecretLink::Invite, token);
    org::preview_invite(&ctx, person, &token).await
}

/// A signed-in person accepts an invite.
#[server(endpoint = "join")]
pub async fn join(token: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let person = auth::require_person(&ctx).await?;
    let token = auth::link_secret(&ctx, auth::SecretLink::Invite, token);
    org::join(&ctx, &person, &token).await?;
    auth::forget_link(&ctx, auth::SecretLink::Invite);
    leptos_axum::redirect("/");
    Ok(())
}

/// A new person creates an account through an invite and joins its organisation.
#[server(endpoint = "join_with_signup")]
pub async fn join_with_signup(token: String, name: String, email: String, password: String) -> Result<(), AppError> {
    let ctx = ctx()?;
    let token = auth::link_secret(&ctx, auth::SecretLink::Invite, token);
    let account = crate::domain::account::NewAccount::parse(&name, &email, &password)?;
    let joined = org::join_with_signup(&ctx, &auth::client_address(&ctx), &token, account).await?;
    auth::forget_link(&ctx, auth::SecretLink::Invite);
    match joined {
        org::Joined::Now(user, org) => {
            auth::start_session(&ctx, user, Some(org)).await?;
            leptos_axum::redirect("/");
        }
        org::Joined::Pending => leptos_axum::redirect("/check-inbox"),
    }
    Ok(())
}
