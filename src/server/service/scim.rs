//! SCIM 2.0 provisioning: the organisation's identity provider adds,
//! changes and removes its people (members) and groups (teams) with a
//! bearer token an admin makes on the admin page (shown once, kept hashed).
//!
//! - A user the provider creates becomes a member (role member; an account
//!   with that e-mail is used, else made with a password nobody knows),
//!   listed on "Who joined when" as provisioned; the tenure rule applies.
//! - `active: false`, or DELETE, ends the membership: the person's teams,
//!   their sessions in this organisation and their API tokens for it. An
//!   owner is not removed this way (an owner removes owners, in Mistvine).
//! - A group is a team; its members follow the provider's. Every id the
//!   provider sends is looked up in this organisation only: another
//!   organisation's ids are "not found".
//!
//! Every change is in the audit log, in the name of the admin who made the
//! token ("through SCIM: …").

use super::access::{require_admin, Caller};
use crate::domain::account::{Email, Password, PersonName};
use crate::domain::ids::{OrgId, TeamId, UserId};
use crate::domain::locale::Locale;
use crate::domain::msg::Msg;
use crate::domain::org::{JoinedVia, MembershipEventKind, Role, TeamName};
use crate::domain::scim::{Filter, GroupIn, GroupPatch, ScimError, ScimGroup, ScimSettings, ScimUser, UserIn, UserPatch};
use crate::error::AppError;
use crate::infra::ctx::ServerCtx;
use crate::infra::tokens::{random_token, token_hash};
use crate::msg;
use crate::server::store::{accounts, audit, membership_log, orgs, scim, teams};

/// Who is calling: the organisation whose token it is, and the admin it is
/// logged for.
#[derive(Debug, Clone, Copy)]
pub struct Provisioner {
    pub org: OrgId,
    pub actor: UserId,
}

fn internal(e: AppError) -> ScimError {
    match e {
        // SCIM's details are for the identity provider's logs: English.
        AppError::Conflict(m) => ScimError::uniqueness(crate::i18n::said_in(Locale::En, &m)),
        AppError::Invalid { message, .. } => ScimError::invalid(crate::i18n::said_in(Locale::En, &message)),
        _ => ScimError { status: 500, scim_type: None, detail: "internal error".into() },
    }
}

/// The organisation a bearer token provisions, if it is one.
pub async fn provisioner(ctx: &ServerCtx, bearer: &str) -> Result<Option<Provisioner>, ScimError> {
    let owner = scim::token_owner(&ctx.pool, &token_hash(bearer)).await.map_err(internal)?;
    Ok(owner.map(|(org, actor)| Provisioner { org, actor }))
}

/// Makes a new token (replacing any), for the admin page to show once.
pub async fn new_token(ctx: &ServerCtx, caller: &Caller) -> Result<String, AppError> {
    require_admin(caller)?;
    let token = random_token();
    let mut tx = super::write(ctx).await?;
    scim::set_token(&mut *tx, caller.org_id, &token_hash(&token), caller.user_id, ctx.now()).await?;
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-scim-token-made"), ctx.now()).await?;
    tx.commit().await?;
    Ok(token)
}

pub async fn revoke_token(ctx: &ServerCtx, caller: &Caller) -> Result<(), AppError> {
    require_admin(caller)?;
    let mut tx = super::write(ctx).await?;
    if !scim::delete_token(&mut *tx, caller.org_id).await? {
        return Err(AppError::not_found(msg!("what-scim-token")));
    }
    audit::record(&mut *tx, caller.org_id, caller.user_id, msg!("audit-scim-token-revoked"), ctx.now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The address providers call, and when the token in use was made (admins).
pub async fn settings(ctx: &ServerCtx, caller: &Caller) -> Result<ScimSettings, AppError> {
    require_admin(caller)?;
    let made_at = scim::token_made_at(&ctx.pool, caller.org_id).await?;
    Ok(ScimSettings { address: format!("{}/scim/v2", ctx.settings.site_base()), made_at })
}

fn parse_id(id: &str, what: &str) -> Result<i64, ScimError> {
    id.trim().parse().map_err(|_| ScimError::not_found(what))
}

pub async fn users(
    ctx: &ServerCtx,
    p: Provisioner,
    filter: Option<&Filter>,
    start: i64,
    count: i64,
) -> Result<(i64, Vec<ScimUser>), ScimError> {
    let mut conn = ctx.pool.acquire().await.map_err(|e| internal(e.into()))?;
    scim::users(&mut conn, p.org, filter, (start - 1).max(0), count.clamp(0, 200)).await.map_err(internal)
}

pub async fn user(ctx: &ServerCtx, p: Provisioner, id: &str) -> Result<ScimUser, ScimError> {
    let id = UserId(parse_id(id, "User")?);
    scim::user(&ctx.pool, p.org, id).await.map_err(internal)?.ok_or_else(|| ScimError::not_found("User"))
}

/// Provisions a person: their account (made if new) and, when active, a membership.
pub async fn create_user(ctx: &ServerCtx, p: Provisioner, input: UserIn) -> Result<ScimUser, ScimError> {
    let email = Email::parse(&input.user_name).map_err(|e| ScimError::invalid(format!("userName: {}", e.message)))?;
    let name = person_name(input.display_name.as_deref(), &email)?;
    let existing = accounts::credentials(&ctx.pool, &email).await.map_err(internal)?.map(|(u, _)| u);
    let hash = match existing {
        Some(_) => None,
        None => Some(
            super::passwords::hash_password(Password::parse(&random_token()).map_err(|e| internal(e.into()))?).await.map_err(internal)?,
        ),
    };
    let now = ctx.now();
    let mut tx = super::write(ctx).await.map_err(internal)?;
    let user = match existing {
        Some(user) => {
            let known = orgs::role_of(&mut *tx, p.org, user).await.map_err(internal)?.is_some()
                || scim::user(&mut *tx, p.org, user).await.map_err(internal)?.is_some();
            if known {
                return Err(ScimError::uniqueness(format!("{} is already provisioned here", email.as_str())));
            }
            user
        }
        None => accounts::create_user(&mut tx, &email, &name, hash.as_deref().unwrap_or_default(), now, true).await.map_err(internal)?,
    };
    let kept = scim::Kept { external_id: input.external_id.as_deref(), active: input.active, made_here: existing.is_none() };
    scim::keep_user(&mut *tx, p.org, user, &kept).await.map_err(internal)?;
    if input.active {
        orgs::add_membership_via(&mut tx, p.org, user, Role::Member, now, Some(JoinedVia::Scim)).await.map_err(internal)?;
    }
    log(&mut tx, p, msg!("audit-scim-added", name = name.as_str(), email = email.as_str()), now).await?;
    let made = scim::user(&mut *tx, p.org, user).await.map_err(internal)?.ok_or_else(|| internal(AppError::Internal))?;
    tx.commit().await.map_err(|e| internal(e.into()))?;
    Ok(made)
}

fn person_name(display: Option<&str>, email: &Email) -> Result<PersonName, ScimError> {
    let fallback = email.as_str().split('@').next().unwrap_or_default();
    PersonName::parse(display.filter(|d| !d.trim().is_empty()).unwrap_or(fallback))
        .map_err(|e| ScimError::invalid(format!("displayName: {}", e.message)))
}

async fn log(tx: &mut sqlx::AnyConnection, p: Provisioner, what: Msg, now: i64) -> Result<(), ScimError> {
    audit::record(&mut *tx, p.org, p.actor, msg!("audit-scim", what = what), now).await.map_err(internal)
}

/// PUT: the person's active state and external id as the provider has them.
pub async fn replace_user(ctx: &ServerCtx, p: Provisioner, id: &str, input: UserIn) -> Result<ScimUser, ScimError> {
    let patch = UserPatch { active: Some(input.active), display_name: None, external_id: input.external_id };
    patch_user(ctx, p, id, patch).await
}

/// PATCH: activates or deactivates, and keeps the external id.
pub async fn patch_user(ctx: &ServerCtx, p: Provisioner, id: &str, patch: UserPatch) -> Result<ScimUser, ScimError> {
    let current = user(ctx, p, id).await?;
    let person = UserId(current.id);
    let now = ctx.now();
    let mut tx = super::write(ctx).await.map_err(internal)?;
    let active = patch.active.unwrap_or(current.active);
    let kept = scim::Kept { external_id: patch.external_id.as_deref(), active, made_here: false };
    scim::keep_user(&mut *tx, p.org, person, &kept).await.map_err(internal)?;
    match (current.active, active) {
        (true, false) => {
            remove(&mut tx, p, person, now).await?;
            log(&mut tx, p, msg!("audit-scim-deactivated", name = &current.user_name), now).await?;
        }
        (false, true) => {
            orgs::add_membership_via(&mut tx, p.org, person, Role::Member, now, Some(JoinedVia::Scim)).await.map_err(internal)?;
            log(&mut tx, p, msg!("audit-scim-reactivated", name = &current.user_name), now).await?;
        }
        _ => {}
    }
    let after = scim::user(&mut *tx, p.org, person).await.map_err(internal)?.ok_or_else(|| ScimError::not_found("User"))?;
    tx.commit().await.map_err(|e| internal(e.into()))?;
    Ok(after)
}

/// Ends a membership the way removing a member does, and the person's
/// sessions in this organisation too. Owners are not removed by SCIM.
async fn remove(tx: &mut sqlx::AnyConnection, p: Provisioner, person: UserId, now: i64) -> Result<(), ScimError> {
    if orgs::role_of(&mut *tx, p.org, person).await.map_err(internal)? == Some(Role::Owner) {
        return Err(ScimError::mutability("An owner is not removed through SCIM: another owner removes them in Mistvine."));
    }
    scim::end_sessions(&mut *tx, p.org, person).await.map_err(internal)?;
    orgs::remove_member(tx, p.org, person, now).await.map_err(internal)?;
    let left =
        membership_log::Entry { kind: MembershipEventKind::Left, person, team: None, role: None, by: None, via: Some(JoinedVia::Scim) };
    membership_log::record(&mut *tx, p.org, left, now).await.map_err(internal)
}

/// DELETE: the membership ends and the provider forgets the person.
pub async fn delete_user(ctx: &ServerCtx, p: Provisioner, id: &str) -> Result<(), ScimError> {
    let current = user(ctx, p, id).await?;
    let person = UserId(current.id);
    let now = ctx.now();
    let mut tx = super::write(ctx).await.map_err(internal)?;
    if current.active {
        remove(&mut tx, p, person, now).await?;
    }
    scim::forget_user(&mut *tx, p.org, person).await.map_err(internal)?;
    log(&mut tx, p, msg!("audit-scim-removed", name = &current.user_name), now).await?;
    tx.commit().await.map_err(|e| internal(e.into()))?;
    Ok(())
}

/// One page of groups (from the 1-based `start`), with their members, and
/// how many match in all: members are read for the page only.
pub async fn groups(
    ctx: &ServerCtx,
    p: Provisioner,
    filter: Option<&Filter>,
    start: i64,
    count: i64,
) -> Result<(i64, Vec<ScimGroup>), ScimError> {
    let all = scim::groups(&ctx.pool, p.org, filter).await.map_err(internal)?;
    let total = all.len() as i64;
    let mut page: Vec<ScimGroup> = all.into_iter().skip((start - 1).max(0) as usize).take(count.clamp(0, 200) as usize).collect();
    for g in &mut page {
        g.members = members(ctx, p, TeamId(g.id)).await?;
    }
    Ok((total, page))
}

async fn members(ctx: &ServerCtx, p: Provisioner, team: TeamId) -> Result<Vec<(i64, String)>, ScimError> {
    let list = teams::members(&ctx.pool, p.org, team).await.map_err(internal)?;
    Ok(list.into_iter().map(|m| (m.user_id.0, m.name)).collect())
}

pub async fn group(ctx: &ServerCtx, p: Provisioner, id: &str) -> Result<ScimGroup, ScimError> {
    let team = TeamId(parse_id(id, "Group")?);
    let mut g = scim::group(&ctx.pool, p.org, team).await.map_err(internal)?.ok_or_else(|| ScimError::not_found("Group"))?;
    g.members = members(ctx, p, team).await?;
    Ok(g)
}

/// The members a provider names, each a member of this organisation.
async fn people(tx: &mut sqlx::AnyConnection, p: Provisioner, ids: &[String]) -> Result<Vec<UserId>, ScimError> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let user = UserId(id.trim().parse().map_err(|_| ScimError::invalid(format!("no user {id} here")))?);
        if orgs::role_of(&mut *tx, p.org, user).await.map_err(internal)?.is_none() {
            return Err(ScimError::invalid(format!("no user {id} here")));
        }
        out.push(user);
    }
    Ok(out)
}

/// POST: a team (an existing one of that name is taken over, as a team an
/// admin made before the provider was connected).
pub async fn create_group(ctx: &ServerCtx, p: Provisioner, input: GroupIn) -> Result<ScimGroup, ScimError> {
    let name = TeamName::parse(&input.display_name).map_err(|e| ScimError::invalid(format!("displayName: {}", e.message)))?;
    let now = ctx.now();
    let mut tx = super::write(ctx).await.map_err(internal)?;
    let existing = scim::groups(&mut *tx, p.org, Some(&Filter::DisplayName(input.display_name.clone()))).await.map_err(internal)?;
    let team = match existing.first() {
        Some(g) => TeamId(g.id),
        None => teams::create(&mut *tx, p.org, &name, now).await.map_err(internal)?,
    };
    scim::set_group_external_id(&mut *tx, team, input.external_id.as_deref()).await.map_err(internal)?;
    for person in people(&mut tx, p, &input.members).await? {
        teams::add_member(&mut tx, p.org, team, person, None, now).await.map_err(internal)?;
    }
    log(&mut tx, p, msg!("audit-scim-group-made", group = name.as_str()), now).await?;
    tx.commit().await.map_err(|e| internal(e.into()))?;
    group(ctx, p, &team.0.to_string()).await
}

/// PATCH (and PUT, as a replace of name and members): the team's name and members.
pub async fn patch_group(ctx: &ServerCtx, p: Provisioner, id: &str, patch: GroupPatch) -> Result<ScimGroup, ScimError> {
    let current = group(ctx, p, id).await?;
    let team = TeamId(current.id);
    let now = ctx.now();
    let mut tx = super::write(ctx).await.map_err(internal)?;
    if let Some(name) = &patch.display_name {
        let name = TeamName::parse(name).map_err(|e| ScimError::invalid(format!("displayName: {}", e.message)))?;
        teams::rename(&mut *tx, p.org, team, &name).await.map_err(internal)?;
    }
    if patch.external_id.is_some() {
        scim::set_group_external_id(&mut *tx, team, patch.external_id.as_deref()).await.map_err(internal)?;
    }
    let add = people(&mut tx, p, &patch.add).await?;
    let remove: Vec<UserId> = patch.remove.iter().filter_map(|id| id.trim().parse().ok().map(UserId)).collect();
    let (add, remove) = match &patch.members {
        Some(all) => {
            let wanted = people(&mut tx, p, all).await?;
            let now_in: Vec<UserId> = current.members.iter().map(|(id, _)| UserId(*id)).collect();
            (wanted.iter().filter(|u| !now_in.contains(u)).copied().collect(), now_in.into_iter().filter(|u| !wanted.contains(u)).collect())
        }
        None => (add, remove),
    };
    for person in add {
        teams::add_member(&mut tx, p.org, team, person, None, now).await.map_err(internal)?;
    }
    for person in remove {
        teams::remove_member(&mut tx, p.org, team, person, person, now).await.map_err(internal)?;
    }
    log(&mut tx, p, msg!("audit-scim-group-changed", group = &current.display_name), now).await?;
    tx.commit().await.map_err(|e| internal(e.into()))?;
    group(ctx, p, id).await
}

/// DELETE: the team is archived (its objectives and history stay).
pub async fn delete_group(ctx: &ServerCtx, p: Provisioner, id: &str) -> Result<(), ScimError> {
    let current = group(ctx, p, id).await?;
    let now = ctx.now();
    let mut tx = super::write(ctx).await.map_err(internal)?;
    teams::set_archived(&mut *tx, p.org, TeamId(current.id), Some(now)).await.map_err(internal)?;
    log(&mut tx, p, msg!("audit-scim-group-archived", group = &current.display_name), now).await?;
    tx.commit().await.map_err(|e| internal(e.into()))?;
    Ok(())
}
